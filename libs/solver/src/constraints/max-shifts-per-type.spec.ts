import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { maxShiftsPerType } from './max-shifts-per-type.js';

describe('maxShiftsPerType — works at most N shifts of a type', () => {
  const model = compiledFixture({ contract: { maxShiftsPerType: { N: 2 } } });

  it('penalises a third night', () => {
    const breaches = maxShiftsPerType.check(model, rosterOf(model, ['N N N']), 0);
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatchObject({ amount: 1, shiftType: 2 });
    expect(breaches[0]!.message).toBe('Anna works 3 N shifts, at most 2 allowed');
    expect(maxShiftsPerType.sentence(model, 0)).toBe('works at most 2 N shifts');
  });

  it('does not penalise two nights and any number of unlimited shifts', () => {
    expect(maxShiftsPerType.check(model, rosterOf(model, ['N N . E E E E E']), 0)).toEqual([]);
  });
});
