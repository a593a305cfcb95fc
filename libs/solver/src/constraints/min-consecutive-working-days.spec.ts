import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { minConsecutiveWorkingDays } from './min-consecutive-working-days.js';

describe('minConsecutiveWorkingDays — works at least N days in a row once started', () => {
  const model = compiledFixture({ contract: { minConsecutiveWorkingDays: 2 } });

  it('penalises a lone working day inside the horizon', () => {
    const breaches = minConsecutiveWorkingDays.check(model, rosterOf(model, ['. . E . .']), 0);
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatchObject({ day: 2, amount: 1 });
  });

  it('does not penalise runs of two, nor a lone day touching either edge of the horizon', () => {
    const edges = 'E . E E . . . . . . . . . E';
    expect(minConsecutiveWorkingDays.check(model, rosterOf(model, [edges]), 0)).toEqual([]);
  });
});
