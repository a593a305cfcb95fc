import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { pinnedAssignmentsStay } from './pinned-assignments-stay.js';

describe('pinnedAssignmentsStay — keeps pinned assignments', () => {
  const model = compiledFixture({
    pinned: [
      { employee: 'P0', day: 1, shiftType: 'N' },
      { employee: 'P0', day: 3, shiftType: null },
    ],
  });

  it('penalises a pinned shift moved and a pinned day off worked', () => {
    const breaches = pinnedAssignmentsStay.check(model, rosterOf(model, ['. E . E']), 0);
    expect(breaches.map((b) => b.message)).toEqual([
      'Anna is pinned to N on day 1',
      'Anna is pinned to a day off on day 3',
    ]);
  });

  it('does not penalise a roster that keeps both', () => {
    expect(pinnedAssignmentsStay.check(model, rosterOf(model, ['E N . .']), 0)).toEqual([]);
  });
});
