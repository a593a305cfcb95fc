import { compileModel, type CompiledModel } from '../model/compiled-model.js';
import { OFF } from '../model/roster.js';
import { Random } from '../engines/random.js';
import { curtoisInstance } from '../testing/curtois-instances.js';
import { fixtureModel } from '../testing/fixtures.js';
import { RosterState } from './roster-state.js';
import { scoreRoster } from './score-roster.js';

/**
 * A model that switches every rule on: rest, pinned, leave, repair, continuity, fairness, backup,
 * hard and soft shift limits.
 */
const week1 = [0, 1, 2, 3, 4, 5, 6];

function everything(): CompiledModel {
  const days = 14;
  return compileModel(
    fixtureModel({
      employees: 5,
      contract: {
        maxShiftsPerType: { N: 3 },
        maxMinutes: 4800,
        minMinutes: 2400,
        maxConsecutiveWorkingDays: 4,
        minConsecutiveWorkingDays: 2,
        minConsecutiveDaysOff: 2,
        maxWorkingWeekends: 1,
        minRestMinutes: 11 * 60,
        shiftLimits: [
          { name: 'shifts per fortnight', max: 8 },
          { name: 'late or night shifts in week 1', shiftTypes: ['L', 'N'], days: week1, max: 2 },
          { name: 'cover duties', days: [2, 3, 4, 9, 10], max: 1, weight: 25 },
          { name: 'weekend earlies', shiftTypes: ['E'], days: [12, 13], max: 0, weight: 2 },
        ],
      },
      employee: { skills: ['phone'] },
      demand: Array.from({ length: days }, (_, day) =>
        ['E', 'L', 'N'].map((shiftType) => ({
          day,
          shiftType,
          minimum: 1,
          ideal: 2,
          maximum: 2,
          weightBelowMinimum: 100,
          weightBelowIdeal: 7,
          weightAboveMaximum: 3,
        })),
      ).flat(),
      leave: [3, 4, 5].map((day) => ({ employee: 'P1', day })),
      preferences: [
        { employee: 'P0', day: 2, kind: 'on', shiftType: 'E', weight: 2 },
        { employee: 'P2', day: 6, kind: 'off', weight: 3 },
      ],
      pinned: [{ employee: 'P3', day: 7, shiftType: 'L' }],
      published: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ employee: 'P1', day, shiftType: 'E' })),
      fairness: [{ name: 'nights', shiftTypes: ['N'], weight: 0.5 }],
      weights: { stability: 1.5, continuity: 4, backup: 20 },
    }),
  );
}

function randomWalk(model: CompiledModel, steps: number, seed: number): void {
  const rnd = new Random(seed);
  const state = new RosterState(model);
  for (let i = 0; i < steps; i++) {
    const kind = rnd.int(4);
    const e = rnd.int(model.E);
    const d = rnd.int(model.D);
    let predictedHard: number;
    let predictedSoft: number;
    if (kind === 0) {
      const v = rnd.int(model.S + 1) - 1;
      state.evalSet(e, d, v);
      predictedHard = state.hard + state.dHard;
      predictedSoft = state.soft + state.dSoft;
      state.set(e, d, v);
    } else if (kind === 1) {
      const e2 = rnd.int(model.E);
      const b = Math.min(model.D - 1, d + rnd.int(4));
      state.evalSwap(e, e2 === e ? (e + 1) % model.E : e2, d, b);
      predictedHard = state.hard + state.dHard;
      predictedSoft = state.soft + state.dSoft;
      state.swap(e, e2 === e ? (e + 1) % model.E : e2, d, b);
    } else if (kind === 3) {
      // Trade two separate days with another employee.
      const e2 = (e + 1 + rnd.int(model.E - 1)) % model.E;
      const d2 = Math.min(model.D - 1, d + 1 + rnd.int(6));
      const n = d2 - d + 1;
      const v1 = state.cells.slice(e * model.D + d, e * model.D + d2 + 1);
      const v2 = state.cells.slice(e2 * model.D + d, e2 * model.D + d2 + 1);
      for (const i of [0, n - 1]) {
        const t = v1[i]!;
        v1[i] = v2[i]!;
        v2[i] = t;
      }
      state.evalTrade(e, e2, d, v1, v2, n);
      predictedHard = state.hard + state.dHard;
      predictedSoft = state.soft + state.dSoft;
      state.trade(e, e2, d, v1, v2, n);
    } else {
      const n = Math.min(model.D - d, 1 + rnd.int(5));
      const values = Array.from({ length: n }, () => (rnd.next() < 0.4 ? OFF : rnd.int(model.S)));
      state.evalSegment(e, d, values);
      predictedHard = state.hard + state.dHard;
      predictedSoft = state.soft + state.dSoft;
      state.setSegment(e, d, values);
    }
    const fresh = new RosterState(model, state.toRoster());
    const report = scoreRoster(model, state.toRoster());
    expect(predictedHard).toBeCloseTo(fresh.hard, 6);
    expect(predictedSoft).toBeCloseTo(fresh.soft, 6);
    expect(state.soft).toBeCloseTo(report.objective, 6);
    expect(state.hard === 0 || Math.abs(state.hard) < 1e-9).toBe(report.hardViolations === 0);
  }
}

describe('RosterState (incremental scoring)', () => {
  it('agrees with the scorer after every random move on a model using every rule', () => {
    randomWalk(everything(), 1500, 7);
  });

  it('agrees with the scorer when only some employees have shift limits', () => {
    const model = fixtureModel({ employees: 4, employee: { skills: ['phone'] } });
    model.employees[0]!.contract = {
      shiftLimits: [
        { name: 'shifts per fortnight', max: 5 },
        { name: 'covers', days: [1, 2, 8, 9], max: 0, weight: 7 },
      ],
    };
    model.employees[2]!.contract = {
      shiftLimits: [
        { name: 'nights', shiftTypes: ['N'], max: 1 },
        { name: 'earlies midweek', shiftTypes: ['E'], days: [2, 3, 9, 10], max: 0 }, // blocks
        { name: 'lates in week 1', shiftTypes: ['L'], days: week1, max: 2, weight: 3.5 },
      ],
    };
    randomWalk(compileModel(model), 1500, 5);
  });

  it('agrees with the scorer on Curtois instance 7', () => {
    randomWalk(curtoisInstance(7), 300, 11);
  });

  it('starts from a given roster and restores one with load()', () => {
    const model = everything();
    const state = new RosterState(model);
    state.set(0, 0, 1);
    const saved = state.cells.slice();
    state.set(0, 1, 2);
    state.load(saved);
    expect(state.get(0, 1)).toBe(OFF);
    expect(state.soft).toBeCloseTo(scoreRoster(model, state.toRoster()).objective, 6);
  });
});
