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
