import { HARD_RULES } from '../constraints/index.js';
import { compileModel, softLimitCost, type CompiledModel } from '../model/compiled-model.js';
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

/** Brute force over every row of days [a, b]: the cheapest valid one (soft shift limits priced). */
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
    c += softLimitCost(m, e, work.subarray(e * m.D, (e + 1) * m.D));
    if (c < best && validRow(m, work, e)) best = c;
  }
  return best;
}

/** The DP's best row costs what exhaustive search finds, and keeps every hard rule. */
function expectBruteForceOptimum(c: {
  m: CompiledModel;
  cells: Int16Array;
  a: number;
  b: number;
  cost: Float64Array;
}): void {
  const expected = bruteForce(c.m, c.cells, 0, c.a, c.b, c.cost);
  const got = bestRow(c.m, c.cells, 0, c.a, c.b, c.cost);
  if (expected === Infinity) {
    expect(got).toBeNull();
    return;
  }
  expect(got!.cost).toBe(expected);
  const check = c.cells.slice();
  check.set(got!.values, c.a);
  expect(validRow(c.m, check, 0)).toBe(true);
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
    expectBruteForceOptimum(lookAlikeCase(seed));
  });

  it('drops rows that cannot beat the upper bound', () => {
    const { m, cells, a, b, cost } = lookAlikeCase(3);
    const best = bestRow(m, cells, 0, a, b, cost)!;
    expect(bestRow(m, cells, 0, a, b, cost, { upperBound: best.cost })).toBeNull();
    expect(bestRow(m, cells, 0, a, b, cost, { upperBound: best.cost + 0.5 })!.cost).toBe(best.cost);
  });
});

describe('bestRow with shift limits', () => {
  const week = (cost: number[]): Float64Array => {
    // One shift type E (cost per day as given), off costs 0.
    const out = new Float64Array(cost.length * 2);
    cost.forEach((c, i) => (out[i * 2 + 1] = c));
    return out;
  };
  const model = (limit: object): CompiledModel =>
    compileModel(
      fixtureModel({
        days: 7,
        shiftTypes: [{ id: 'E', minutes: 480 }],
        employee: { skills: [] },
        contract: { shiftLimits: [{ name: 'shifts', max: 2, ...limit }] },
      }),
    );
  const empty = new Int16Array(7).fill(OFF);

  it('gives up when its deadline has passed, and not before', () => {
    const cost = week([-3, -3, -3, -3, -3, -3, -3]);
    let now = 0;
    // A clock that moves 10 ms per reading: the deadline passes during the programme.
    const clock = (): number => (now += 10) - 10;
    expect(bestRow(model({}), empty, 0, 0, 6, cost, { deadline: { clock, at: 3 } })).toBeNull();
    now = 0;
    const row = bestRow(model({}), empty, 0, 0, 6, cost, { deadline: { clock, at: 1000 } })!;
    expect(row.values.filter((v) => v !== OFF)).toHaveLength(2);
  });

  it('never goes above a hard limit, however cheap the shifts', () => {
    const row = bestRow(model({}), empty, 0, 0, 6, week([-3, -3, -3, -3, -3, -3, -3]))!;
    expect(row.values.filter((v) => v !== OFF)).toHaveLength(2);
    expect(row.cost).toBe(-6);
  });

  it('goes above a soft limit only where a shift gains more than the weight', () => {
    const costs = week([-6, -1, -1, -9, -1, -7, -1]);
    const dear = bestRow(model({ weight: 5 }), empty, 0, 0, 6, costs)!;
    // Two shifts for free (−9, −7); a third pays 5: worth it for −6, not for −1.
    expect(dear.cost).toBe(-9 - 7 - 6 + 5);
    expect(Array.from(dear.values)).toEqual([0, OFF, OFF, 0, OFF, 0, OFF]);
    const cheap = bestRow(model({ weight: 0.5 }), empty, 0, 0, 6, costs)!;
    expect(cheap.cost).toBe(-26 + 5 * 0.5);
  });

  it('counts the shifts outside the window, and prices what they already put above the maximum', () => {
    const cells = Int16Array.from([0, 0, 0, OFF, OFF, OFF, OFF]); // three shifts on days 0–2
    const row = bestRow(model({ weight: 5 }), cells, 0, 3, 6, week([-3, -3, -3, -4]))!;
    expect(Array.from(row.values)).toEqual([OFF, OFF, OFF, OFF]);
    expect(row.cost).toBe(5); // the third fixed shift is one above the maximum
    expect(bestRow(model({}), cells, 0, 3, 6, week([-3, -3, -3, -4]))).toBeNull();
  });

  /** Random limits: a total, a group of types on some days (hard), a soft cap and a loose one. */
  function limitCase(seed: number): {
    m: CompiledModel;
    cells: Int16Array;
    a: number;
    b: number;
    cost: Float64Array;
  } {
    const rnd = new Random(seed * 104729);
    const days = 10;
    const someDays = (): number[] =>
      Array.from({ length: days }, (_, d) => d).filter(() => rnd.next() < 0.6);
    const m = compileModel(
      fixtureModel({
        days,
        shiftTypes: [
          { id: 'E', minutes: 480 },
          { id: 'D', minutes: 480 },
          { id: 'N', minutes: 600, cannotBeFollowedBy: ['E', 'D'] },
        ],
        employee: { skills: [] },
        contract: {
          maxConsecutiveWorkingDays: 4 + rnd.int(3),
          minConsecutiveDaysOff: 1 + rnd.int(2),
          shiftLimits: [
            { name: 'shifts', max: 4 + rnd.int(5) },
            { name: 'D or N', shiftTypes: ['D', 'N'], days: someDays(), max: rnd.int(3) },
            { name: 'covers', days: someDays(), max: rnd.int(3), weight: 1 + rnd.int(9) },
            // Room above 6: left out of the state until a best row breaks it.
            { name: 'earlies', shiftTypes: ['E'], max: 7, weight: 3 },
          ],
        },
      }),
    );
    let cells = new Int16Array(days).fill(OFF);
    for (let tries = 0; tries < 20000; tries++) {
      const row = new Int16Array(days).fill(OFF);
      const p = rnd.next();
      for (let d = 0; d < days; d++) if (rnd.next() < p) row[d] = rnd.int(3);
      if (validRow(m, row, 0)) {
        cells = row;
        break;
      }
    }
    const a = rnd.int(2);
    const b = a + 6 + rnd.int(days - a - 6);
    const V = 4;
    const cost = new Float64Array((b - a + 1) * V);
    for (let i = 0; i <= b - a; i++) {
      cost[i * V + 1] = rnd.int(6) - 8; // E cheap: a row without limits would be all earlies
      cost[i * V + 2] = rnd.int(12) - 8;
      cost[i * V + 3] = rnd.int(12) - 8;
    }
    return { m, cells, a, b, cost };
  }

  it.each(Array.from({ length: 16 }, (_, i) => i + 1))('matches brute force on case %i', (seed) => {
    expectBruteForceOptimum(limitCase(seed));
  });
});
