import { OFF } from '../model/roster.js';
import {
  employeeName,
  rowOf,
  shiftName,
  softBreach,
  type Breach,
  type EmployeeRule,
} from './rule.js';

/** Soft: an employee's wish not to work (a given shift) on a day; costs its weight when ignored. */
export const shiftOffRequests: EmployeeRule = {
  name: 'shiftOffRequests',
  hard: false,
  scope: 'employee',
  sentence: () => 'is spared the shifts they asked to avoid',
  check(model, roster, e) {
    const row = rowOf(roster, e);
    const out: Breach[] = [];
    for (const p of model.preferences) {
      if (p.employee !== e || p.kind !== 'off' || p.weight <= 0) continue;
      const v = row[p.day]!;
      const unmet = p.shiftType < 0 ? v !== OFF : v === p.shiftType;
      if (!unmet) continue;
      const avoid = p.shiftType < 0 ? 'the day off' : `no ${shiftName(model, p.shiftType)}`;
      const msg = `${employeeName(model, e)} asked for ${avoid} on day ${p.day}`;
      out.push(softBreach(this.name, e, p.day, v, 1, p.weight, msg));
    }
    return out;
  },
};
