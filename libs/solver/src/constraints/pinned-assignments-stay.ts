import { OFF } from '../model/roster.js';
import {
  employeeName,
  hardBreach,
  rowOf,
  shiftName,
  type Breach,
  type EmployeeRule,
} from './rule.js';

/** Hard: a pinned assignment (or pinned day off) is kept as it is. */
export const pinnedAssignmentsStay: EmployeeRule = {
  name: 'pinnedAssignmentsStay',
  hard: true,
  scope: 'employee',
  sentence: () => 'keeps their pinned assignments',
  check(model, roster, e) {
    const out: Breach[] = [];
    const row = rowOf(roster, e);
    for (let d = 0; d < model.D; d++) {
      const p = model.pinned[e * model.D + d]!;
      if (p === -2 || row[d] === p) continue;
      const want = p === OFF ? 'a day off' : shiftName(model, p);
      out.push(
        hardBreach(
          this.name,
          e,
          d,
          1,
          `${employeeName(model, e)} is pinned to ${want} on day ${d}`,
        ),
      );
    }
    return out;
  },
};
