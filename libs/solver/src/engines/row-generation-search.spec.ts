import { RosterState } from '../score/roster-state.js';
import { scoreRoster } from '../score/score-roster.js';
import { curtoisInstance } from '../testing/curtois-instances.js';
import { RowGeneration } from './column-generation.js';
import { constructRoster } from './construct.js';
import { loadHighs } from './mip/highs.js';
import { Random } from './random.js';
import { diveFinisher } from './row-generation-search.js';

describe('finishing a dive exactly', () => {
  it.each([1, 4])(
    'on Curtois instance %i, re-solving the rows a dive left free is never worse than fixing them one by one',
    async (n) => {
      const m = curtoisInstance(n);
      const highs = await loadHighs();
      const state = new RosterState(m);
      constructRoster(m, state, { random: new Random(n), deadline: { clock: () => 0, at: 1 } });
      const clock = (): number => performance.now();
      const deadline = { clock, at: clock() + 60000 };
      // Two identical masters: the same dive, stopped with rows left free or run to the end.
      const rgFree = new RowGeneration(m, highs, state.cells, 0, m.D - 1);
      const rgAll = new RowGeneration(m, highs, state.cells, 0, m.D - 1);
      try {
        const partial = rgFree.dive(deadline, new Random(1), 2, undefined, 6)!;
        const whole = rgAll.dive(deadline, new Random(1), 2)!;
        const left = Array.from(partial).filter((c) => c === -1).length;
        expect(left).toBeGreaterThan(0);
        expect(left).toBeLessThanOrEqual(6);
        // The rows the partial dive fixed, the full dive fixed the same way.
        for (let e = 0; e < m.E; e++) {
          if (partial[e]! >= 0)
            expect(Array.from(rgFree.columns[partial[e]!]!.values)).toEqual(
              Array.from(rgAll.columns[whole[e]!]!.values),
            );
        }
        const lines: string[] = [];
        const finish = diveFinisher(m, state, { highs, log: (l) => lines.push(l) });
        const before = state.cells.slice();
        const cells = finish.complete(rgFree, partial, deadline);
        expect(state.cells).toEqual(before); // the best roster is left as it was
        expect(lines[0]).toMatch(new RegExp(`finish: ${left} rows, \\d+ vars optimal`));
        const finished = scoreRoster(m, { employees: m.E, days: m.D, cells });
        const oneByOne = scoreRoster(m, {
          employees: m.E,
          days: m.D,
          cells: rgAll.toCells(whole),
        });
        expect(finished.hardViolations).toBe(0);
        expect(finished.objective).toBeLessThanOrEqual(oneByOne.objective);
        // Only the free rows changed from the dive's choice with the best roster's rows.
        const kept = rgFree.toCells(partial, state.cells);
        for (let e = 0; e < m.E; e++) {
          if (partial[e] === -1) continue;
          expect(Array.from(cells.subarray(e * m.D, (e + 1) * m.D))).toEqual(
            Array.from(kept.subarray(e * m.D, (e + 1) * m.D)),
          );
        }
      } finally {
        rgFree.dispose();
        rgAll.dispose();
      }
    },
  );
});
