import { staffedCounts } from './coverage.js';
import { shiftName, softBreach, type Breach, type RosterRule } from './rule.js';

/** Soft: each person above a demand's maximum costs its over-staffing weight. */
export const overStaffing: RosterRule = {
  name: 'overStaffing',
  hard: false,
  scope: 'roster',
  sentence: () => 'does not staff a shift above its maximum headcount',
  check(model, roster) {
    const counts = staffedCounts(model, roster);
    const out: Breach[] = [];
    for (let k = 0; k < counts.length; k++) {
      const extra = counts[k]! - model.demandMax[k]!;
      const w = model.weightAboveMax[k]!;
      if (extra > 0 && w > 0) {
        const d = Math.floor(k / model.S);
        const s = k % model.S;
        const msg = `${shiftName(model, s)} on day ${d} has ${counts[k]} people, at most ${model.demandMax[k]} wanted`;
        out.push(softBreach(this.name, null, d, s, extra, w * extra, msg));
      }
    }
    return out;
  },
};
