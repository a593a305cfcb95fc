import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { maxConsecutiveWorkingDays } from './max-consecutive-working-days.js';

describe('maxConsecutiveWorkingDays — works at most N days in a row', () => {
  const model = compiledFixture({ contract: { maxConsecutiveWorkingDays: 3 } });

  it('penalises four days in a row', () => {
    const breaches = maxConsecutiveWorkingDays.check(model, rosterOf(model, ['. E E E E .']), 0);
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatchObject({ day: 1, amount: 1 });
    expect(maxConsecutiveWorkingDays.sentence(model, 0)).toBe('works at most 3 days in a row');
  });

  it('does not penalise runs of three separated by a day off', () => {
    expect(maxConsecutiveWorkingDays.check(model, rosterOf(model, ['E E E . E E E']), 0)).toEqual(
      [],
    );
  });
});
