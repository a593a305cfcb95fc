import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { preferredShiftLimits, shiftLimits } from './shift-limits.js';

// Day 0 is Monday 2026-03-02; the first week is days 0–6.
describe('shiftLimits — works at most N shifts of some types on some days (hard)', () => {
  const model = compiledFixture({
    contract: {
      shiftLimits: [
        { name: 'shifts per fortnight', max: 4 },
        {
          name: 'late or night shifts',
          nameOne: 'late or night shift',
          shiftTypes: ['L', 'N'],
          max: 1,
        },
        { days: [0, 1, 2, 3, 4, 5, 6], max: 3 },
        // Soft: never reported by the hard rule.
        { name: 'early shifts', shiftTypes: ['E'], max: 0, weight: 5 },
      ],
    },
  });

  it('penalises a fifth shift in the period, with the limit named in the message and sentence', () => {
    const breaches = shiftLimits.check(model, rosterOf(model, ['E E . . . . . . E E E']), 0);
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatchObject({ rule: 'shiftLimits', hard: true, amount: 1, day: null });
    expect(breaches[0]!.message).toBe('Anna works 5 shifts per fortnight, at most 4 allowed');
    expect(shiftLimits.sentenceFor!(model, breaches[0]!)).toBe(
      'works at most 4 shifts per fortnight',
    );
  });

  it('penalises a second shift of the limited group of shift types, not other types', () => {
    const breaches = shiftLimits.check(model, rosterOf(model, ['L . . . . . . . N']), 0);
    expect(breaches.map((b) => b.message)).toEqual([
      'Anna works 2 late or night shifts, at most 1 allowed',
    ]);
    expect(shiftLimits.check(model, rosterOf(model, ['E E . . . . . . . L']), 0)).toEqual([]);
  });

  it('counts only the limited days, and names an unnamed limit by its days', () => {
    const breaches = shiftLimits.check(model, rosterOf(model, ['E E E . E']), 0);
    expect(breaches.map((b) => b.message)).toEqual([
      'Anna works 4 shifts on days 0–6, at most 3 allowed',
    ]);
    // Three in the first week and one in the second: within every limit.
    expect(shiftLimits.check(model, rosterOf(model, ['E E E . . . . E']), 0)).toEqual([]);
  });

  it('says "1 shift", not "1 shifts", for a limit named by the model and for an unnamed one', () => {
    const one = compiledFixture({
      contract: { shiftLimits: [{ shiftTypes: ['N'], days: [0, 1, 2, 3, 4, 5, 6], max: 1 }] },
    });
    expect(shiftLimits.sentence(one, 0)).toBe('works at most 1 N shift on days 0–6');
    expect(shiftLimits.check(one, rosterOf(one, ['N . N']), 0)[0]!.message).toBe(
      'Anna works 2 N shifts on days 0–6, at most 1 allowed',
    );
  });

  it('does not penalise a roster within every hard limit (the soft one is not its business)', () => {
    expect(shiftLimits.check(model, rosterOf(model, ['E . E . . . . E . L']), 0)).toEqual([]);
    expect(shiftLimits.sentence(model, 0)).toBe(
      'works at most 4 shifts per fortnight and works at most 1 late or night shift and works at most 3 shifts on days 0–6',
    );
  });
});

describe('preferredShiftLimits — would rather not work more than N (soft)', () => {
  // Cover duties in March: the days without a published shift (2, 3, 4 and 9), any shift type.
  const model = compiledFixture({
    contract: {
      shiftLimits: [
        { name: 'cover duties in March', days: [2, 3, 4, 9], max: 2, weight: 40 },
        { name: 'shifts in the period', max: 1 }, // hard: not this rule's business
      ],
    },
  });

  it('costs the weight for every shift above the maximum, on the limited days only', () => {
    const breaches = preferredShiftLimits.check(model, rosterOf(model, ['E . E L N . . . . E']), 0);
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatchObject({
      rule: 'preferredShiftLimits',
      hard: false,
      amount: 2,
      cost: 80,
    });
    expect(breaches[0]!.message).toBe(
      'Anna works 4 cover duties in March, would rather not work more than 2',
    );
    expect(preferredShiftLimits.sentenceFor!(model, breaches[0]!)).toBe(
      'would rather not work more than 2 cover duties in March',
    );
  });

  it('does not penalise up to the maximum, however many shifts fall on other days', () => {
    expect(
      preferredShiftLimits.check(model, rosterOf(model, ['E E E . N E E E . . E']), 0),
    ).toEqual([]);
  });

  it('with a maximum of 0, costs every counted shift', () => {
    const none = compiledFixture({
      contract: { shiftLimits: [{ name: 'cover duties', days: [3], max: 0, weight: 15 }] },
    });
    const breaches = preferredShiftLimits.check(none, rosterOf(none, ['. . . L']), 0);
    expect(breaches.map((b) => b.cost)).toEqual([15]);
  });
});
