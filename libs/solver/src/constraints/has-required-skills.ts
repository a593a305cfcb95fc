import { Block } from '../model/compiled-model.js';
import { OFF } from '../model/roster.js';
import {
  employeeName,
  hardBreach,
  rowOf,
  shiftName,
  type Breach,
  type EmployeeRule,
} from './rule.js';

/** Hard: an employee works only shift types whose skills they have. */
export const hasRequiredSkills: EmployeeRule = {
  name: 'hasRequiredSkills',
  hard: true,
  scope: 'employee',
  sentence: () => 'works only shifts they have the skills for',
  check(model, roster, e) {
    const out: Breach[] = [];
    const row = rowOf(roster, e);
    for (let d = 0; d < model.D; d++) {
      const s = row[d]!;
      if (s !== OFF && model.block[(e * model.D + d) * model.S + s]! & Block.skill) {
        const msg = `${employeeName(model, e)} lacks a skill for ${shiftName(model, s)} on day ${d}`;
        out.push(hardBreach(this.name, e, d, 1, msg, s));
      }
    }
    return out;
  },
};
