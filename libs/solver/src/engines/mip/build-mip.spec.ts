import { compileModel } from '../../model/compiled-model.js';
import { RosterState } from '../../score/roster-state.js';
import { scoreRoster } from '../../score/score-roster.js';
import { supportTeam } from '../../testing/support-team.js';
import { Random } from '../random.js';
import { constructRoster } from '../construct.js';
import { buildRosterMip } from './build-mip.js';
import { cellsFromMip, loadHighs, runMip } from './highs.js';
import { mipMove } from './improve.js';

describe('the compact roster MIP (HiGHS)', () => {
  // Every soft rule switched on, so the MIP's objective must match the scorer term by term.
  const team = supportTeam({ days: 7 });
  const model = compileModel({
    ...team,
    published: [0, 1, 2, 3].map((day) => ({ employee: 'emp-2', day, shiftType: 'E' })),
    leave: [1, 2, 3].map((day) => ({ employee: 'emp-2', day })),
    weights: { backup: 300, stability: 3, continuity: 20 },
  });

  it('finds a valid roster whose scorer objective equals the MIP objective', async () => {
    const highs = await loadHighs();
    const state = new RosterState(model);
    state.set(model.employeeIndex.get('emp-4')!, 2, model.shiftIndex.get('L')!); // the pinned shift
    const free = new Uint8Array(model.E * model.D).fill(1);
    const mip = buildRosterMip(model, state.cells, free);
    const run = runMip(highs, mip, { timeLimitSeconds: 20, relativeGap: 1e-6 });
    expect(run.status).toBe('optimal');
    const cells = cellsFromMip(model, state.cells, mip, free, run.colValue!);
    const report = scoreRoster(model, { employees: model.E, days: model.D, cells });
    expect(report.breaches.filter((b) => b.hard).map((b) => b.message)).toEqual([]);
    // The objective of an empty roster plus the MIP's improvement is the scorer's objective.
    const offset = state.soft - mip.currentObjective;
    expect(report.objective).toBeCloseTo(run.objective + offset, 6);
  });

  it('keeps hard shift limits and prices soft ones exactly (the scorer agrees with the MIP)', async () => {
    const highs = await loadHighs();
    const limited = { ...team, employees: team.employees.map((e) => ({ ...e })) };
    const contract = (i: number) => limited.employees[i]!.contract;
    // Anna: 3 shifts this week; Chloé: one late or night; the seven others would rather not work
    // more than one of days 0–3 (a monthly cover cap, say), at a cost the cover outweighs.
    limited.employees[0]!.contract = { ...contract(0), shiftLimits: [{ name: 'shifts', max: 3 }] };
    limited.employees[2]!.contract = {
      ...contract(2),
      shiftLimits: [{ name: 'lates or nights', shiftTypes: ['L', 'N'], max: 1 }],
    };
    const capped = [1, 3, 4, 5, 6, 7, 8];
    for (const i of capped)
      limited.employees[i]!.contract = {
        ...contract(i),
        shiftLimits: [{ name: 'covers', days: [0, 1, 2, 3], max: 1, weight: 40 }],
      };
    const m = compileModel(limited);
    const state = new RosterState(m);
    state.set(m.employeeIndex.get('emp-4')!, 2, m.shiftIndex.get('L')!); // the pinned shift
    // Start above the soft caps (the MIP's current objective must count their cost).
    for (const e of [4, 5]) for (let d = 0; d < 4; d++) state.set(e, d, m.shiftIndex.get('E')!);
    expect(state.soft).toBeGreaterThan(0);
    const free = new Uint8Array(m.E * m.D).fill(1);
    const mip = buildRosterMip(m, state.cells, free);
    const run = runMip(highs, mip, { timeLimitSeconds: 20, relativeGap: 1e-6 });
    expect(run.status).toBe('optimal');
    const cells = cellsFromMip(m, state.cells, mip, free, run.colValue!);
    const report = scoreRoster(m, { employees: m.E, days: m.D, cells });
    expect(report.breaches.filter((b) => b.hard).map((b) => b.message)).toEqual([]);
    expect(report.objective).toBeCloseTo(run.objective + state.soft - mip.currentObjective, 6);
    const row = (e: number): number[] => Array.from(cells.subarray(e * m.D, (e + 1) * m.D));
    expect(row(0).filter((v) => v >= 0).length).toBeLessThanOrEqual(3);
    // The soft caps are priced, not forbidden: whatever the MIP chose costs 40 per extra cover.
    const over = (e: number): number =>
      Math.max(
        0,
        row(e)
          .slice(0, 4)
          .filter((v) => v >= 0).length - 1,
      );
    const extra = capped.reduce((sum, e) => sum + over(e), 0);
    expect(extra).toBeGreaterThan(0);
    expect(report.byRule.preferredShiftLimits!.cost).toBe(40 * extra);
  });

  it('as a neighbourhood move, re-solves two employees and never makes the roster worse', async () => {
    const highs = await loadHighs();
    const state = new RosterState(model);
    constructRoster(model, state, { random: new Random(3), deadline: { clock: () => 0, at: 1 } });
    const before = state.soft;
    const free = new Uint8Array(model.E * model.D);
    free.fill(1, 0, 2 * model.D);
    const move = mipMove(model, state, highs, free, 10);
    expect(move.run.status).toBe('optimal');
    expect(state.soft).toBeLessThanOrEqual(before);
    expect(scoreRoster(model, state.toRoster()).hardViolations).toBe(0);
  });
});
