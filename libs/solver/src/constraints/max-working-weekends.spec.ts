import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { maxWorkingWeekends } from './max-working-weekends.js';

describe('maxWorkingWeekends — works at most N weekends', () => {
  // Day 0 is a Monday: days 5–6 and 12–13 are the two weekends.
  const model = compiledFixture({ contract: { maxWorkingWeekends: 1 } });

  it('penalises a Saturday in one weekend and a Sunday in the next', () => {
    const breaches = maxWorkingWeekends.check(
      model,
      rosterOf(model, ['. . . . . E . . . . . . . E']),
      0,
    );
    expect(breaches).toHaveLength(1);
    expect(breaches[0]!.message).toBe('Anna works 2 weekends, at most 1 allowed');
  });

  it('does not penalise both days of a single weekend', () => {
    expect(maxWorkingWeekends.check(model, rosterOf(model, ['E E E E E E E']), 0)).toEqual([]);
  });
});
