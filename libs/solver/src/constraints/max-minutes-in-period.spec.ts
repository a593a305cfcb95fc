import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { maxMinutesInPeriod } from './max-minutes-in-period.js';

describe('maxMinutesInPeriod — works at most N minutes in the period', () => {
  const model = compiledFixture({ contract: { maxMinutes: 1440 } });

  it('penalises a fourth 8-hour shift by the minutes over', () => {
    const breaches = maxMinutesInPeriod.check(model, rosterOf(model, ['E E E . E']), 0);
    expect(breaches).toHaveLength(1);
    expect(breaches[0]!.amount).toBe(480);
  });

  it('does not penalise exactly the maximum', () => {
    expect(maxMinutesInPeriod.check(model, rosterOf(model, ['E . E . E']), 0)).toEqual([]);
  });
});
