import { fixtureModel } from '../testing/fixtures.js';
import { Block, compileModel, Succession } from './compiled-model.js';
import { ModelError } from './model-error.js';

describe('compileModel', () => {
  it('rejects a model with every problem listed', () => {
    const bad = fixtureModel({
      leave: [{ employee: 'nobody', day: 1 }],
      demand: [
        { day: 20, shiftType: 'E', minimum: 1, weightBelowMinimum: 1, weightAboveMaximum: 1 },
      ],
      pinned: [{ employee: 'P0', day: 0, shiftType: 'X' }],
    });
    try {
      compileModel(bad);
      throw new Error('expected a ModelError');
    } catch (err) {
      expect(err).toBeInstanceOf(ModelError);
      expect((err as ModelError).problems).toEqual([
        "leave: unknown employee 'nobody'",
        "pinned assignment: unknown shift type 'X'",
        "demand for 'E': day 20 is outside the horizon 0…13",
      ]);
    }
  });

  it('rejects bad shift limits with every problem listed', () => {
    const bad = fixtureModel({
      contract: {
        shiftLimits: [
          { name: 'nights', shiftTypes: ['X'], max: 2 },
          { days: [3, 14], max: -1 },
          { name: 'covers', max: 1.5, weight: 0 },
        ],
      },
    });
    try {
      compileModel(bad);
      throw new Error('expected a ModelError');
    } catch (err) {
      expect(err).toBeInstanceOf(ModelError);
      expect((err as ModelError).problems).toEqual([
        "employee 'P0' shift limit 'nights': unknown shift type 'X'",
        "employee 'P0' shift limit 2: max must be a whole number ≥ 0, got -1",
        "employee 'P0' shift limit 2: day 14 is outside the horizon 0…13",
        "employee 'P0' shift limit 'covers': max must be a whole number ≥ 0, got 1.5",
        "employee 'P0' shift limit 'covers': weight must be > 0 (omit it for a hard limit), got 0",
      ]);
    }
  });

  it('compiles shift limits to day and type masks, indexed by employee and shift type', () => {
    // Only Bartek has limits: the total (hard) and a soft cap on late or night shifts in week 1.
    const model = fixtureModel({ employees: 3 });
    model.employees[1]!.contract = {
      shiftLimits: [
        { name: 'shifts per fortnight', max: 8 },
        { shiftTypes: ['L', 'N'], days: [0, 1, 2, 3, 4, 5, 6], max: 2, weight: 30 },
      ],
    };
    const c = compileModel(model);
    expect(Array.from(c.limitStart)).toEqual([0, 0, 2, 2]);
    expect(c.shiftLimits.map((l) => [l.employee, l.name, l.max, l.weight])).toEqual([
      [1, 'shifts per fortnight', 8, 0],
      [1, 'L or N shifts on days 0–6', 2, 30],
    ]);
    expect(Array.from(c.shiftLimits[1]!.types)).toEqual([0, 1, 1]);
    expect(Array.from(c.shiftLimits[1]!.days)).toEqual([1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    const limitsOf = (e: number, s: number): number[] =>
      Array.from(
        c.limitByType.subarray(
          c.limitByTypeStart[e * c.S + s],
          c.limitByTypeStart[e * c.S + s + 1],
        ),
      );
    expect(limitsOf(1, c.shiftIndex.get('E')!)).toEqual([0]);
    expect(limitsOf(1, c.shiftIndex.get('N')!)).toEqual([0, 1]);
    expect(limitsOf(0, c.shiftIndex.get('N')!)).toEqual([]);
    expect(limitsOf(2, c.shiftIndex.get('N')!)).toEqual([]);
  });

  it('blocks the cells of a hard limit with no room, and rejects pinned shifts above a hard limit', () => {
    const m = compileModel(
      fixtureModel({
        contract: { shiftLimits: [{ name: 'nights', shiftTypes: ['N'], max: 0 }] },
      }),
    );
    const N = m.shiftIndex.get('N')!;
    expect(m.block[(0 * m.D + 4) * m.S + N]! & Block.limit).toBeTruthy();
    expect(m.block[(0 * m.D + 4) * m.S + m.shiftIndex.get('E')!]).toBe(0);
    expect(() =>
      compileModel(
        fixtureModel({
          contract: { shiftLimits: [{ name: 'shifts in week 1', days: [0, 1, 2], max: 1 }] },
          pinned: [0, 2].map((day) => ({ employee: 'P0', day, shiftType: 'E' })),
        }),
      ),
    ).toThrow(
      "employee 'P0' shift limit 'shifts in week 1': 2 pinned shifts exceed its maximum of 1",
    );
  });

  it('finds the weekends from the first weekday (a Wednesday start puts Saturday on day 3)', () => {
    const m = compileModel(fixtureModel({ days: 10, firstWeekday: 3 }));
    expect(m.weekendDays).toEqual([[3, 4]]);
    expect(Array.from(m.weekendOf)).toEqual([-1, -1, -1, 0, 0, -1, -1, -1, -1, -1]);
  });

  it('turns rest, overlap and forbidden sequences into succession flags', () => {
    const m = compileModel(fixtureModel({ contract: { minRestMinutes: 11 * 60 } }));
    const flag = (a: string, b: string): number =>
      m.succession[m.shiftIndex.get(a)! * m.S + m.shiftIndex.get(b)!]!;
    expect(flag('L', 'E') & Succession.sequence).toBeTruthy(); // listed as cannot follow
    expect(flag('L', 'E') & Succession.rest).toBeTruthy(); // 8 h between 22:00 and 06:00
    expect(flag('N', 'E') & Succession.overlap).toBeTruthy(); // a 10 h night ends at 08:00
    expect(flag('E', 'L')).toBe(0);
  });

  it('blocks leave days, credits paid leave toward the minimum and blocks the other values of a pinned day', () => {
    const m = compileModel(
      fixtureModel({
        contract: { minMinutes: 2400 },
        leave: [{ employee: 'P0', day: 1, creditMinutes: 480 }],
        pinned: [{ employee: 'P0', day: 3, shiftType: 'L' }],
      }),
    );
    expect(m.minMinutes[0]).toBe(1920);
    expect(m.block[(0 * m.D + 1) * m.S]! & Block.leave).toBeTruthy();
    expect(m.block[(0 * m.D + 3) * m.S + m.shiftIndex.get('E')!]! & Block.pinned).toBeTruthy();
    expect(m.block[(0 * m.D + 3) * m.S + m.shiftIndex.get('L')!]).toBe(0);
  });
});
