import { NO_LIMIT } from '../model/compiled-model.js';
import { OFF } from '../model/roster.js';
import {
  employeeName,
  hardBreach,
  rowOf,
  shiftName,
  type Breach,
  type EmployeeRule,
} from './rule.js';

/** Hard: per shift type, the contract's maximum number of shifts in the period. */
export const maxShiftsPerType: EmployeeRule = {
  name: 'maxShiftsPerType',
  hard: true,
  scope: 'employee',
  sentence(model, e) {
    const parts: string[] = [];
    for (let s = 0; s < model.S; s++) {
      const max = model.maxPerType[e * model.S + s]!;
      if (max < NO_LIMIT) parts.push(`${max} ${shiftName(model, s)}`);
    }
    return `works at most ${parts.join(', ') || 'any number of'} shifts`;
  },
  check(model, roster, e) {
    const counts = new Int32Array(model.S);
    for (const s of rowOf(roster, e)) if (s !== OFF) counts[s]!++;
    const out: Breach[] = [];
    for (let s = 0; s < model.S; s++) {
      const max = model.maxPerType[e * model.S + s]!;
      if (counts[s]! > max) {
        const msg = `${employeeName(model, e)} works ${counts[s]} ${shiftName(model, s)} shifts, at most ${max} allowed`;
        out.push(hardBreach(this.name, e, null, counts[s]! - max, msg, s));
      }
    }
    return out;
  },
};
