import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { minMinutesInPeriod } from './min-minutes-in-period.js';

describe('minMinutesInPeriod — works at least N minutes where the contract sets it', () => {
  const model = compiledFixture({ contract: { minMinutes: 1000 } });

  it('penalises 960 minutes against a 1000-minute minimum', () => {
    const breaches = minMinutesInPeriod.check(model, rosterOf(model, ['E E']), 0);
    expect(breaches).toHaveLength(1);
    expect(breaches[0]!.amount).toBe(40);
    expect(breaches[0]!.message).toBe('Anna works 960 minutes, at least 1000 required');
  });

  it('does not penalise enough minutes, nor a contract without a minimum', () => {
    expect(minMinutesInPeriod.check(model, rosterOf(model, ['E E N']), 0)).toEqual([]);
    const none = compiledFixture();
    expect(minMinutesInPeriod.check(none, rosterOf(none, ['.']), 0)).toEqual([]);
  });
});
