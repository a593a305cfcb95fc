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
