import { OFF } from '../model/roster.js';
import {
  employeeName,
  rowOf,
  shiftName,
  softBreach,
  type Breach,
  type EmployeeRule,
} from './rule.js';

/** Soft: when repairing, every employee-day that differs from the published roster costs. */
export const stability: EmployeeRule = {
  name: 'stability',
  hard: false,
  scope: 'employee',
  sentence: () => 'keeps their published shifts where possible',
  check(model, roster, e) {
    const w = model.weights.stability;
    if (!model.published || w <= 0) return [];
    const row = rowOf(roster, e);
    const out: Breach[] = [];
    for (let d = 0; d < model.D; d++) {
      const was = model.published[e * model.D + d]!;
      if (row[d] === was) continue;
      const name = (s: number): string => (s === OFF ? 'off' : shiftName(model, s));
      const msg = `${employeeName(model, e)} changes from ${name(was)} to ${name(row[d]!)} on day ${d}`;
      out.push(softBreach(this.name, e, d, row[d]!, 1, w, msg));
    }
    return out;
  },
};
