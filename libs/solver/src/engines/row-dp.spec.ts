import { HARD_RULES } from '../constraints/index.js';
import { compileModel, type CompiledModel } from '../model/compiled-model.js';
import { OFF } from '../model/roster.js';
import { fixtureModel } from '../testing/fixtures.js';
import { Random } from './random.js';
import { bestRow } from './row-dp.js';

function validRow(m: CompiledModel, cells: Int16Array, e: number): boolean {
  const roster = { employees: m.E, days: m.D, cells };
  return HARD_RULES.every(
    (rule) => rule.scope !== 'employee' || rule.check(m, roster, e).length === 0,
  );
}

/** Brute force over every row of days [a, b]: the cheapest valid one. */
function bruteForce(
  m: CompiledModel,
  cells: Int16Array,
  e: number,
  a: number,
  b: number,
  cost: Float64Array,
): number {
  const V = m.S + 1;
  const n = b - a + 1;
  const work = cells.slice();
  let best = Infinity;
  const total = V ** n;
  for (let code = 0; code < total; code++) {
    let x = code;
    let c = 0;
    for (let i = 0; i < n; i++) {
      const v = (x % V) - 1;
      x = Math.floor(x / V);
      c += cost[i * V + v + 1]!;
      work[e * m.D + a + i] = v;
    }
    if (c < best && validRow(m, work, e)) best = c;
  }
  return best;
}

function randomCase(seed: number): {
  m: CompiledModel;
  cells: Int16Array;
  a: number;
  b: number;
  cost: Float64Array;
} {
  const rnd = new Random(seed);
  const days = 9;
  const m = compileModel(
    fixtureModel({
      days,
      shiftTypes: [
        { id: 'E', minutes: 480, cannotBeFollowedBy: [] },
        { id: 'N', minutes: 600, cannotBeFollowedBy: ['E'] },
      ],
      employee: { skills: [] },
      contract: {
        maxShiftsPerType: { N: 1 + rnd.int(3) },
        maxMinutes: 480 * (3 + rnd.int(4)),
        minMinutes: 480 * rnd.int(3),
        maxConsecutiveWorkingDays: 2 + rnd.int(3),
        minConsecutiveWorkingDays: 1 + rnd.int(3),
        minConsecutiveDaysOff: 1 + rnd.int(3),
        maxWorkingWeekends: rnd.int(2),
      },
      leave: rnd.next() < 0.5 ? [{ employee: 'P0', day: rnd.int(days) }] : [],
    }),
  );
  // A valid row to start from (rejection sampling), so that the fixed days admit a completion.
  let cells = new Int16Array(days).fill(OFF);
  for (let tries = 0; tries < 20000; tries++) {
    const row = new Int16Array(days).fill(OFF);
    const p = rnd.next();
    for (let d = 0; d < days; d++) if (rnd.next() < p && !m.block[d * m.S]) row[d] = rnd.int(2);
    if (validRow(m, row, 0)) {
      cells = row;
      break;
    }
  }
  const a = rnd.int(4);
  const b = a + 2 + rnd.int(days - a - 2);
  const V = 3;
  const cost = new Float64Array((b - a + 1) * V);
  for (let d = a; d <= b; d++) {
    for (let v = -1; v < 2; v++) {
      cost[(d - a) * V + v + 1] =
        v >= 0 && m.block[d * m.S + v] ? Infinity : Math.round(rnd.next() * 20 - 10);
    }
  }
  return { m, cells, a, b, cost };
}

describe('bestRow (exact row dynamic programme)', () => {
  it.each(Array.from({ length: 40 }, (_, i) => i + 1))(
    'matches brute force on random case %i',
    (seed) => {
      const { m, cells, a, b, cost } = randomCase(seed);
      const expected = bruteForce(m, cells, 0, a, b, cost);
      const got = bestRow(m, cells, 0, a, b, cost);
      if (expected === Infinity) {
        expect(got).toBeNull();
        return;
      }
      expect(got).not.toBeNull();
      expect(got!.cost).toBe(expected);
      const check = cells.slice();
      check.set(got!.values, a);
      expect(validRow(m, check, 0)).toBe(true);
    },
  );
});

describe('bestRow with look-alike shift types and loose maxima', () => {
  // E and D behave alike (same length, same successions) and share a class; D's maximum has a
  // lot of room, so it is tracked only once a best row breaks it.
  function lookAlikeCase(seed: number): {
    m: CompiledModel;
    cells: Int16Array;
    a: number;
    b: number;
    cost: Float64Array;
  } {
    const rnd = new Random(seed * 7919);
    const days = 12;
    const m = compileModel(
      fixtureModel({
        days,
        shiftTypes: [
          { id: 'E', minutes: 480 },
          { id: 'D', minutes: 480 },
          { id: 'N', minutes: 480, cannotBeFollowedBy: ['E', 'D'] },
        ],
        employee: { skills: [] },
        contract: {
          maxShiftsPerType: { D: 7 + rnd.int(2), N: 2 },
          maxConsecutiveWorkingDays: 3 + rnd.int(3),
          minConsecutiveDaysOff: 1 + rnd.int(2),
          minMinutes: 480 * rnd.int(5),
        },
      }),
    );
    const cells = new Int16Array(days).fill(OFF);
    const a = 5;
    const b = 11;
    const V = 4;
    const cost = new Float64Array((b - a + 1) * V);
    // D is cheapest everywhere, so the unconstrained best row would break D's maximum.
    for (let i = 0; i <= b - a; i++) {
      cost[i * V] = 0;
      cost[i * V + 1] = rnd.int(5) - 1;
      cost[i * V + 2] = -5;
      cost[i * V + 3] = rnd.int(7) - 4;
    }
    for (let d = 0; d < a; d++) cells[d] = d % 4 === 3 ? OFF : 1; // D D D . D: uses up D's room
    if (!validRow(m, cells, 0)) cells.fill(OFF, 0, a);
    return { m, cells, a, b, cost };
  }

  it.each(Array.from({ length: 12 }, (_, i) => i + 1))('matches brute force on case %i', (seed) => {
    const { m, cells, a, b, cost } = lookAlikeCase(seed);
    const expected = bruteForce(m, cells, 0, a, b, cost);
    const got = bestRow(m, cells, 0, a, b, cost);
    if (expected === Infinity) {
      expect(got).toBeNull();
      return;
    }
    expect(got!.cost).toBe(expected);
    const check = cells.slice();
    check.set(got!.values, a);
    expect(validRow(m, check, 0)).toBe(true);
  });

  it('drops rows that cannot beat the upper bound', () => {
    const { m, cells, a, b, cost } = lookAlikeCase(3);
    const best = bestRow(m, cells, 0, a, b, cost)!;
    expect(bestRow(m, cells, 0, a, b, cost, { upperBound: best.cost })).toBeNull();
    expect(bestRow(m, cells, 0, a, b, cost, { upperBound: best.cost + 0.5 })!.cost).toBe(best.cost);
  });
});
