import { productTeam } from '../bench/product-team.js';
import { compileModel } from '../model/compiled-model.js';
import type { AssignmentSpec, RosterModel } from '../model/roster-model.js';
import { fromAssignments, toAssignments } from '../model/roster.js';
import { scoreRoster } from '../score/score-roster.js';
import { loadHighs } from './mip/highs.js';
import { solve } from './solve.js';

const clock = (): number => performance.now();

/**
 * A repair as the API hands it over: the published rota as the start and the reference,
 * contracts with shift limits, new leave, and each person's cover duties (shifts on days they
 * had none published) softly capped, weight 80.
 */
function repairOf(model: RosterModel, published: AssignmentSpec[], absent: string[]): RosterModel {
  const busy = new Set(published.map((a) => `${a.employee}|${a.day}`));
  return {
    ...model,
    employees: model.employees.map((emp, i) => {
      const days: number[] = [];
      for (let d = 0; d < model.days; d++) if (!busy.has(`${emp.id}|${d}`)) days.push(d);
      const cap = { name: 'cover duties this month', days, max: i % 3, weight: 80 };
      return {
        ...emp,
        contract: { ...emp.contract, shiftLimits: [...(emp.contract.shiftLimits ?? []), cap] },
      };
    }),
    leave: [
      ...model.leave,
      ...absent.flatMap((employee, i) =>
        [0, 1, 2, 3].map((k) => ({ employee, day: 8 + ((i * 3) % 14) + k })),
      ),
    ],
    published,
    weights: { ...model.weights, stability: 60, continuity: 20 },
  };
}

describe('solve keeps to its time limit', () => {
  // Wall-clock bounds with a generous margin: the machine running the tests may be loaded.
  const margin = 1000;

  it('builds and repairs a 200-person team with shift limits and cover caps within the limit', async () => {
    const highs = await loadHighs();
    const model = productTeam({ employees: 200, days: 35, seed: 3 });
    const m = compileModel(model);
    let t = clock();
    const build = await solve(m, { timeLimitMs: 1500, clock, highs, seed: 1 });
    expect(clock() - t).toBeLessThan(1500 + margin);
    expect(build.hardDegree).toBe(0);

    const published = toAssignments(m, build.roster);
    const absent = model.employees.filter((_, i) => i % 10 === 3).map((e) => e.id);
    const repair = repairOf(model, published, absent);
    const rm = compileModel(repair);
    t = clock();
    const fixed = await solve(rm, {
      timeLimitMs: 2000,
      clock,
      highs,
      seed: 1,
      initial: fromAssignments(rm, published),
    });
    expect(clock() - t).toBeLessThan(2000 + margin);
    expect(fixed.hardDegree).toBe(0);
    expect(scoreRoster(rm, fixed.roster).objective).toBeCloseTo(fixed.objective, 6);
  }, 30000);
});

describe('solve stops once the best roster is proven optimal', () => {
  /** Five people, a week of fixed context and two plan days with two shift types; A is off sick. */
  function tinyRepair(): { model: RosterModel; published: AssignmentSpec[] } {
    const people = ['A', 'B', 'C', 'D', 'E'];
    const shiftTypes = ['early', 'late'];
    const days = 9;
    const published: AssignmentSpec[] = [];
    for (let d = 0; d < days; d++)
      people.forEach((employee, i) => {
        if ((i + d) % 5 < 2)
          published.push({ employee, day: d, shiftType: shiftTypes[(i + d) % 5]! });
      });
    const model: RosterModel = {
      days,
      firstWeekday: 1,
      shiftTypes: shiftTypes.map((id, i) => ({ id, minutes: 480, startMinute: 360 + i * 480 })),
      employees: people.map((id) => ({
        id,
        contract: {
          maxConsecutiveWorkingDays: 5,
          maxMinutes: 6 * 480,
          minRestMinutes: 660,
          shiftLimits: [{ name: 'cover duties', days: [7, 8], max: 0, weight: 80 }],
        },
      })),
      demand: Array.from({ length: days }, (_, day) =>
        shiftTypes.map((shiftType) => ({
          day,
          shiftType,
          minimum: 1,
          ideal: 1,
          maximum: 1,
          weightBelowMinimum: 1000,
          weightBelowIdeal: 30,
          weightAboveMaximum: 5,
        })),
      ).flat(),
      leave: [7, 8].map((day) => ({ employee: 'A', day })),
      preferences: [{ employee: 'C', day: 8, kind: 'off', weight: 5 }],
      // The context week is fixed, as the API pins it.
      pinned: people.flatMap((employee) =>
        Array.from({ length: 7 }, (_, day) => ({
          employee,
          day,
          shiftType:
            published.find((a) => a.employee === employee && a.day === day)?.shiftType ?? null,
        })),
      ),
      published,
      fairness: [{ name: 'shifts', weight: 1, history: { B: 3 } }],
      weights: { stability: 60, continuity: 20, backup: 40 },
    };
    return { model, published };
  }

  it('returns a tiny repair well before its 10 s limit, with the bound that proves it', async () => {
    const { model, published } = tinyRepair();
    const m = compileModel(model);
    const t = clock();
    const out = await solve(m, {
      timeLimitMs: 10000,
      clock,
      highs: await loadHighs(),
      seed: 1,
      initial: fromAssignments(m, published),
    });
    expect(clock() - t).toBeLessThan(3000);
    expect(out.hardDegree).toBe(0);
    expect(out.bound).not.toBeNull();
    expect(out.objective).toBeLessThanOrEqual(out.bound! + 1e-6 * Math.max(1, out.bound!));
    // A's two shifts are covered (by people whose cover cost is lowest), nothing else moves.
    const cells = out.roster.cells;
    for (const d of [7, 8]) {
      for (let s = 0; s < 2; s++) {
        let head = 0;
        for (let e = 0; e < m.E; e++) if (cells[e * m.D + d] === s) head++;
        expect(head).toBe(1);
      }
    }
  }, 30000);
});
