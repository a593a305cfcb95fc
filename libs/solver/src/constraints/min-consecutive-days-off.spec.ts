import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { minConsecutiveDaysOff } from './min-consecutive-days-off.js';

describe('minConsecutiveDaysOff — gets at least N days off in a row', () => {
  const model = compiledFixture({ contract: { minConsecutiveDaysOff: 2 } });

  it('penalises a single day off between working days', () => {
    const breaches = minConsecutiveDaysOff.check(
      model,
      rosterOf(model, ['E . E E E E E E E E E E E E']),
      0,
    );
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatchObject({ day: 1, amount: 1 });
    expect(breaches[0]!.message).toBe(
      'Anna gets only 1 day(s) off from day 1, at least 2 required',
    );
  });

  it('does not penalise two days off, nor a single day off at the edge of the horizon', () => {
    expect(
      minConsecutiveDaysOff.check(model, rosterOf(model, ['. E . . E E E E E E E E E .']), 0),
    ).toEqual([]);
  });
});
