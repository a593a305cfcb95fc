import { readFileSync } from 'node:fs';
import { curtoisToModel, parseCurtois } from '../io/curtois.js';
import { compileModel } from '../model/compiled-model.js';
import { RosterState } from '../score/roster-state.js';
import { scoreRoster } from '../score/score-roster.js';
import { RowGeneration } from './column-generation.js';
import { constructRoster } from './construct.js';
import { loadHighs } from './mip/highs.js';
import { Random } from './random.js';

describe('column generation over rows (HiGHS master, row programme pricing)', () => {
  it('proves the optimum of Curtois instance 2 (828) and dives to a roster with that objective', async () => {
    const m = compileModel(
      curtoisToModel(
        parseCurtois(readFileSync('/work/shared/benchmarks/curtois/Instance2.txt', 'utf8')),
      ),
    );
    const highs = await loadHighs();
    const state = new RosterState(m);
    constructRoster(m, state, { random: new Random(1), deadline: { clock: () => 0, at: 1 } });
    const rg = new RowGeneration(m, highs, state.cells, 0, m.D - 1);
    try {
      const deadline = { clock: () => performance.now(), at: performance.now() + 20000 };
      rg.generate(deadline);
      expect(Math.ceil(rg.bound - 1e-6)).toBe(828);
      const chosen = rg.dive(deadline, new Random(1));
      expect(chosen).not.toBeNull();
      const report = scoreRoster(m, { employees: m.E, days: m.D, cells: rg.toCells(chosen!) });
      expect(report.hardViolations).toBe(0);
      expect(report.objective).toBeGreaterThanOrEqual(828);
      expect(report.objective).toBeLessThanOrEqual(840);
    } finally {
      rg.dispose();
    }
  });

  it('re-solves a window of days with the rest of the roster fixed, never breaking a hard rule', async () => {
    const m = compileModel(
      curtoisToModel(
        parseCurtois(readFileSync('/work/shared/benchmarks/curtois/Instance4.txt', 'utf8')),
      ),
    );
    const highs = await loadHighs();
    const state = new RosterState(m);
    constructRoster(m, state, { random: new Random(2), deadline: { clock: () => 0, at: 1 } });
    const before = state.soft;
    const rg = new RowGeneration(m, highs, state.cells, 7, 20);
    try {
      const deadline = { clock: () => performance.now(), at: performance.now() + 20000 };
      const chosen = rg.dive(deadline, new Random(2));
      const cells = rg.toCells(chosen!);
      const report = scoreRoster(m, { employees: m.E, days: m.D, cells });
      expect(report.hardViolations).toBe(0);
      for (let e = 0; e < m.E; e++) {
        for (const d of [0, 6, 21, 27]) expect(cells[e * m.D + d]).toBe(state.cells[e * m.D + d]);
      }
      expect(rg.lp).toBeLessThanOrEqual(before);
    } finally {
      rg.dispose();
    }
  });
});
