import { staffedCounts } from './coverage.js';
import { shiftName, softBreach, type Breach, type RosterRule } from './rule.js';

/** Soft: each person missing below a demand's ideal headcount costs its ideal weight. */
export const coverageBelowIdeal: RosterRule = {
  name: 'coverageBelowIdeal',
  hard: false,
  scope: 'roster',
  sentence: () => 'staffs every shift up to its ideal headcount',
  check(model, roster) {
    const counts = staffedCounts(model, roster);
    const out: Breach[] = [];
    for (let k = 0; k < counts.length; k++) {
      const missing = model.demandIdeal[k]! - counts[k]!;
      const w = model.weightBelowIdeal[k]!;
      if (missing > 0 && w > 0) {
        const d = Math.floor(k / model.S);
        const s = k % model.S;
        const msg = `${shiftName(model, s)} on day ${d} has ${counts[k]} of ideally ${model.demandIdeal[k]} people`;
        out.push(softBreach(this.name, null, d, s, missing, w * missing, msg));
      }
    }
    return out;
  },
};
