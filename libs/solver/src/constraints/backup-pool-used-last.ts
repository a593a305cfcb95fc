import { OFF } from '../model/roster.js';
import {
  employeeName,
  rowOf,
  shiftName,
  softBreach,
  type Breach,
  type EmployeeRule,
} from './rule.js';

/** Soft: every shift given to a backup-pool employee costs, so the pool is used last. */
export const backupPoolUsedLast: EmployeeRule = {
  name: 'backupPoolUsedLast',
  hard: false,
  scope: 'employee',
  sentence: () => 'is called in from the backup pool only when needed',
  check(model, roster, e) {
    const w = model.weights.backup;
    if (!model.backup[e] || w <= 0) return [];
    const row = rowOf(roster, e);
    const out: Breach[] = [];
    for (let d = 0; d < model.D; d++) {
      const s = row[d]!;
      if (s === OFF) continue;
      const msg = `backup ${employeeName(model, e)} works ${shiftName(model, s)} on day ${d}`;
      out.push(softBreach(this.name, e, d, s, 1, w, msg));
    }
    return out;
  },
};
