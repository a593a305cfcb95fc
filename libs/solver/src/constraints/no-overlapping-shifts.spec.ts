import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { noOverlappingShifts } from './no-overlapping-shifts.js';

describe('noOverlappingShifts — never works two overlapping shifts', () => {
  // A 10-hour night starting 22:00 ends at 08:00, so it runs into the next day's 06:00 early.
  const model = compiledFixture({
    shiftTypes: [
      { id: 'E', minutes: 480, startMinute: 6 * 60 },
      { id: 'N', minutes: 600, startMinute: 22 * 60 },
    ],
  });

  it('penalises an early that starts before the night before has ended', () => {
    const breaches = noOverlappingShifts.check(model, rosterOf(model, ['N E']), 0);
    expect(breaches).toHaveLength(1);
    expect(breaches[0]!.message).toBe("Anna's N on day 0 overlaps E on day 1");
  });

  it('does not penalise a night followed by a night', () => {
    expect(noOverlappingShifts.check(model, rosterOf(model, ['N N N']), 0)).toEqual([]);
  });
});
