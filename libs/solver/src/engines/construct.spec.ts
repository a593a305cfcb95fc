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

  it('gives every employee a valid row on a year (Curtois 22) even when its budget is short', () => {
    // 50 people × 364 days: a full beam takes about 0.2 s a row here. With a 1 s budget the
    // beam narrows, and widens again for anybody it left without a valid row.
    const m = curtoisInstance(22);
    const state = new RosterState(m);
    const clock = (): number => performance.now();
    constructRoster(m, state, { random: new Random(1), deadline: { clock, at: clock() + 1000 } });
    const report = scoreRoster(m, state.toRoster());
    expect(report.breaches.filter((b) => b.hard).map((b) => b.message)).toEqual([]);
    for (let e = 0; e < m.E; e++) expect(state.minutes[e]).toBeGreaterThanOrEqual(m.minMinutes[e]!);
  }, 120_000);
});
