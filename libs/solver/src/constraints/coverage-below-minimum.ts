import { staffedCounts } from './coverage.js';
import { shiftName, softBreach, type Breach, type RosterRule } from './rule.js';

/** Soft (heaviest): each person missing below a demand's minimum costs the rule's priority weight. */
export const coverageBelowMinimum: RosterRule = {
  name: 'coverageBelowMinimum',
  hard: false,
  scope: 'roster',
  sentence: () => 'staffs every shift with at least its minimum headcount',
  check(model, roster) {
    const counts = staffedCounts(model, roster);
    const out: Breach[] = [];
    for (let k = 0; k < counts.length; k++) {
      const missing = model.demandMin[k]! - counts[k]!;
      const w = model.weightBelowMin[k]!;
      if (missing > 0 && w > 0) {
        const d = Math.floor(k / model.S);
        const s = k % model.S;
        const msg = `${shiftName(model, s)} on day ${d} has ${counts[k]} of at least ${model.demandMin[k]} people`;
        out.push(softBreach(this.name, null, d, s, missing, w * missing, msg));
      }
    }
    return out;
  },
};
