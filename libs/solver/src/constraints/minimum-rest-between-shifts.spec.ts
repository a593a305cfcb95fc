import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { minimumRestBetweenShifts } from './minimum-rest-between-shifts.js';

describe('minimumRestBetweenShifts — needs the contract rest between shifts', () => {
  // E 06:00–14:00, L 14:00–22:00: an early after a late leaves 8 h, two earlies or two lates 16 h.
  const model = compiledFixture({ contract: { minRestMinutes: 12 * 60 } });

  it('penalises an early after a late when 12 h rest are required', () => {
    const breaches = minimumRestBetweenShifts.check(model, rosterOf(model, ['L E']), 0);
    expect(breaches).toHaveLength(1);
    expect(breaches[0]!.message).toBe(
      'Anna gets less than 12 h rest between L on day 0 and E on day 1',
    );
    expect(minimumRestBetweenShifts.sentence(model, 0)).toBe('needs 12 h rest between shifts');
  });

  it('does not penalise 16 h between shifts, nor any sequence when no rest is required', () => {
    expect(minimumRestBetweenShifts.check(model, rosterOf(model, ['E E . L L']), 0)).toEqual([]);
    const relaxed = compiledFixture();
    expect(minimumRestBetweenShifts.check(relaxed, rosterOf(relaxed, ['L E']), 0)).toEqual([]);
  });
});
