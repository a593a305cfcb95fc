import { compileModel } from '../model/compiled-model.js';
import { RosterState } from '../score/roster-state.js';
import { scoreRoster } from '../score/score-roster.js';
import { RowGeneration } from './column-generation.js';
import { constructRoster } from './construct.js';
import { curtoisInstance } from '../testing/curtois-instances.js';
import { supportTeam } from '../testing/support-team.js';
import { buildRosterMip } from './mip/build-mip.js';
import { loadHighs, runMip } from './mip/highs.js';
import { Random } from './random.js';

describe('column generation over rows (HiGHS master, row programme pricing)', () => {
  it('proves the optimum of Curtois instance 2 (828) and dives to a roster with that objective', async () => {
    const m = curtoisInstance(2);
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
    const m = curtoisInstance(4);
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

  it('prices shift limits in the row programme as the columns cost them: the bound holds', async () => {
    // A week of the support team without fairness (so pricing is exact), with a hard total for
    // Anna, a hard group limit for Chloé and soft cover caps for everybody else.
    const team = supportTeam({ days: 7 });
    const cover = { name: 'covers', days: [0, 1, 2, 3], max: 1, weight: 40 };
    const m = compileModel({
      ...team,
      fairness: [],
      employees: team.employees.map((e, i) => ({
        ...e,
        contract: {
          ...e.contract,
          shiftLimits:
            i === 0
              ? [{ name: 'shifts', max: 3 }]
              : i === 2
                ? [{ name: 'lates or nights', shiftTypes: ['L', 'N'], max: 1 }]
                : [cover],
        },
      })),
    });
    const highs = await loadHighs();
    const empty = new RosterState(m);
    empty.set(m.employeeIndex.get('emp-4')!, 2, m.shiftIndex.get('L')!); // the pinned shift
    const free = new Uint8Array(m.E * m.D).fill(1);
    const mip = buildRosterMip(m, empty.cells, free);
    const exact = runMip(highs, mip, { timeLimitSeconds: 30, relativeGap: 1e-9 });
    expect(exact.status).toBe('optimal');
    const optimum = exact.objective + empty.soft - mip.currentObjective;

    const state = new RosterState(m);
    constructRoster(m, state, { random: new Random(4), deadline: { clock: () => 0, at: 1 } });
    const rg = new RowGeneration(m, highs, state.cells, 0, m.D - 1);
    try {
      const deadline = { clock: () => performance.now(), at: performance.now() + 30000 };
      rg.generate(deadline);
      expect(rg.converged).toBe(true);
      // This week has no integrality gap: a bound below the optimum would mean columns priced
      // lower than the programme prices them, one above it rows priced higher.
      expect(rg.bound).toBeCloseTo(optimum, 6);
      const chosen = rg.dive(deadline, new Random(4));
      const report = scoreRoster(m, { employees: m.E, days: m.D, cells: rg.toCells(chosen!) });
      expect(report.hardViolations).toBe(0);
      expect(report.objective).toBeGreaterThanOrEqual(optimum - 1e-6);
      expect(report.byRule.preferredShiftLimits!.cost).toBeGreaterThan(0); // the caps bind
      // Every generated row keeps the hard limits.
      for (const c of rg.columns) {
        const shifts = Array.from(c.values).filter((v) => v >= 0);
        if (c.e === 0) expect(shifts.length).toBeLessThanOrEqual(3);
      }
    } finally {
      rg.dispose();
    }
  });

  it('leaves the last rows of a dive free when asked, and those keep their rows from the base roster', async () => {
    const m = curtoisInstance(2);
    const highs = await loadHighs();
    const state = new RosterState(m);
    constructRoster(m, state, { random: new Random(3), deadline: { clock: () => 0, at: 1 } });
    const rg = new RowGeneration(m, highs, state.cells, 0, m.D - 1);
    try {
      const deadline = { clock: () => performance.now(), at: performance.now() + 20000 };
      const chosen = rg.dive(deadline, new Random(3), 0, undefined, 3);
      expect(chosen).not.toBeNull();
      const free = Array.from(chosen!).filter((c) => c === -1).length;
      expect(free).toBeLessThanOrEqual(3);
      expect(Array.from(chosen!).every((c) => c >= -1)).toBe(true);
      const cells = rg.toCells(chosen!, state.cells);
      for (let e = 0; e < m.E; e++) {
        const row = Array.from(cells.subarray(e * m.D, (e + 1) * m.D));
        const expected =
          chosen![e] === -1
            ? Array.from(state.cells.subarray(e * m.D, (e + 1) * m.D))
            : Array.from(rg.columns[chosen![e]!]!.values);
        expect(row).toEqual(expected);
      }
      // Rows from the dive beside the base roster's rows break no hard rule: each is valid alone.
      expect(scoreRoster(m, { employees: m.E, days: m.D, cells }).hardViolations).toBe(0);
    } finally {
      rg.dispose();
    }
  });
});
