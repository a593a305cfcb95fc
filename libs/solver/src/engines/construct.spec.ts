import { RosterState } from '../score/roster-state.js';
import { scoreRoster } from '../score/score-roster.js';
import { curtoisInstance } from '../testing/curtois-instances.js';
import { bestResponseSweeps, constructRoster } from './construct.js';
import { Random } from './random.js';

const forever = { clock: () => 0, at: 1 };

describe('construction (feasibility first)', () => {
  it.each([4, 7, 11])(
    'builds a valid roster for Curtois instance %i, and best-response sweeps only improve it',
    (n) => {
      const m = curtoisInstance(n);
      const state = new RosterState(m);
      constructRoster(m, state, { random: new Random(5), deadline: forever });
      expect(scoreRoster(m, state.toRoster()).hardViolations).toBe(0);
      const built = state.soft;
      bestResponseSweeps(m, state, { random: new Random(5), deadline: forever });
      const report = scoreRoster(m, state.toRoster());
      expect(report.hardViolations).toBe(0);
      expect(report.objective).toBeLessThanOrEqual(built);
    },
  );
});
