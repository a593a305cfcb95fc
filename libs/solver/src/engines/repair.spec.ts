import { RosterState } from '../score/roster-state.js';
import { compileModel } from '../model/compiled-model.js';
import { compiledFixture, fixtureModel, rosterOf } from '../testing/fixtures.js';
import { clearBlockedCells, fillGaps } from './repair.js';
import { solve } from './solve.js';

const never = { clock: () => 0, at: Infinity };
const early = (day: number, weight = 1000) => ({
  day,
  shiftType: 'E',
  minimum: 1,
  weightBelowMinimum: weight,
  weightAboveMaximum: 1,
});

describe('repair — clear what may no longer stand, then fill the gaps greedily', () => {
  it('takes a shift off new leave and gives it to the cheapest person who breaks no hard rule', () => {
    // Anna falls ill on day 2; Chloé worked a late on day 1 (no early may follow); Bartek would
    // rather have day 2 off, but he is the only one who can take it.
    const model = compiledFixture({
      employees: 3,
      demand: [0, 1, 2, 3].map((d) => early(d)),
      leave: [{ employee: 'P0', day: 2 }],
      preferences: [{ employee: 'P1', day: 2, kind: 'off', weight: 5 }],
    });
    const state = new RosterState(model, rosterOf(model, ['E E E E', '.', '. L']));
    expect(state.hard).toBe(1);
    expect(clearBlockedCells(model, state)).toBe(1);
    expect(state.get(0, 2)).toBe(-1);
    expect(fillGaps(model, state, { deadline: never })).toBe(1);
    expect(state.get(1, 2)).toBe(model.shiftIndex.get('E'));
    expect(state.get(2, 2)).toBe(-1);
    expect(state.hard).toBe(0);
  });

  it('leaves a gap nobody can take without breaking a hard rule', () => {
    const model = compiledFixture({
      employees: 2,
      // Bartek's late on day 1 is needed more than the early on day 2.
      demand: [
        early(2),
        { day: 1, shiftType: 'L', minimum: 1, weightBelowMinimum: 2000, weightAboveMaximum: 1 },
      ],
      leave: [{ employee: 'P0', day: 2 }],
    });
    const state = new RosterState(model, rosterOf(model, ['.', '. L']));
    expect(fillGaps(model, state, { deadline: never })).toBe(0);
    expect(state.cover[2 * model.S + 0]).toBe(0);
  });

  it('gives a day off elsewhere in the week when the contract has no room for one more shift', () => {
    // Bartek may work two shifts; his late on day 0 is needed, his late on day 5 is not.
    const model = compiledFixture({
      employees: 2,
      contract: { maxMinutes: 960 },
      demand: [
        early(2),
        { day: 0, shiftType: 'L', minimum: 1, weightBelowMinimum: 100, weightAboveMaximum: 1 },
      ],
      leave: Array.from({ length: 14 }, (_, day) => ({ employee: 'P0', day })),
    });
    const state = new RosterState(model, rosterOf(model, ['.', 'L . . . . L']));
    expect(fillGaps(model, state, { deadline: never })).toBe(1);
    const row = Array.from({ length: 6 }, (_, d) => state.get(1, d));
    const [E, L] = [model.shiftIndex.get('E')!, model.shiftIndex.get('L')!];
    expect(row).toEqual([L, -1, E, -1, -1, -1]);
    expect(state.hard).toBe(0);
  });

  it('gives a cover to someone under their cover cap, never to someone at a hard limit', () => {
    // Anna falls ill on day 2. Bartek asked for it but has used up his shifts (at most one);
    // Chloé is at her preferred cover cap; Dmitri still has room under his.
    const spec = fixtureModel({
      employees: 4,
      demand: [early(2)],
      leave: [{ employee: 'P0', day: 2 }],
      preferences: [{ employee: 'P1', day: 2, kind: 'on', weight: 3 }],
    });
    const cover = (max: number) => ({ name: 'cover duties', days: [2, 3, 4], max, weight: 20 });
    spec.employees[1]!.contract = { shiftLimits: [{ name: 'shifts', max: 1 }] };
    spec.employees[2]!.contract = { shiftLimits: [cover(0)] };
    spec.employees[3]!.contract = { shiftLimits: [cover(1)] };
    const model = compileModel(spec);
    const state = new RosterState(model, rosterOf(model, ['. . E', 'E']));
    clearBlockedCells(model, state);
    expect(fillGaps(model, state, { deadline: never })).toBe(1);
    expect([1, 2, 3].map((e) => state.get(e, 2))).toEqual([-1, -1, model.shiftIndex.get('E')]);
    expect(state.hard).toBe(0);
    expect(state.soft).toBe(3); // Bartek's unmet wish; no cover above a cap
  });

  it('is the first step of a repair in solve, before any other engine', async () => {
    const model = compiledFixture({
      employees: 2,
      demand: [early(2)],
      leave: [{ employee: 'P0', day: 2 }],
    });
    let ticks = 0; // a clock that advances one millisecond per reading: no wall time involved
    const out = await solve(model, {
      timeLimitMs: 40,
      clock: () => ticks++,
      initial: rosterOf(model, ['. . E', '.']),
      highs: null,
    });
    expect(out.history.slice(0, 2).map((h) => [h.engine, h.hardDegree, h.objective])).toEqual([
      ['initial', 1, 0],
      ['fill-gaps', 0, 0],
    ]);
    expect(out.roster.cells[model.D + 2]).toBe(model.shiftIndex.get('E'));
  });
});
