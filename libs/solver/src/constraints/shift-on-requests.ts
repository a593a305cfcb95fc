import { OFF } from '../model/roster.js';
import {
  employeeName,
  rowOf,
  shiftName,
  softBreach,
  type Breach,
  type EmployeeRule,
} from './rule.js';

/** Soft: an employee's wish to work (a given shift) on a day; costs its weight when not granted. */
export const shiftOnRequests: EmployeeRule = {
  name: 'shiftOnRequests',
  hard: false,
  scope: 'employee',
  sentence: () => 'gets the shifts they asked for',
  check(model, roster, e) {
    const row = rowOf(roster, e);
    const out: Breach[] = [];
    for (const p of model.preferences) {
      if (p.employee !== e || p.kind !== 'on' || p.weight <= 0) continue;
      const v = row[p.day]!;
      const unmet = p.shiftType < 0 ? v === OFF : v !== p.shiftType;
      if (!unmet) continue;
      const want = p.shiftType < 0 ? 'to work' : `${shiftName(model, p.shiftType)}`;
      const msg = `${employeeName(model, e)} asked for ${want} on day ${p.day}`;
      out.push(
        softBreach(this.name, e, p.day, p.shiftType < 0 ? null : p.shiftType, 1, p.weight, msg),
      );
    }
    return out;
  },
};
