import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { shiftOffRequests } from './shift-off-requests.js';

describe('shiftOffRequests — is spared the shifts they asked to avoid', () => {
  const model = compiledFixture({
    preferences: [
      { employee: 'P0', day: 0, kind: 'off', shiftType: 'N', weight: 4 },
      { employee: 'P0', day: 1, kind: 'off', weight: 1 },
    ],
  });

  it('penalises the avoided night and work on a day asked off', () => {
    const breaches = shiftOffRequests.check(model, rosterOf(model, ['N E']), 0);
    expect(breaches.map((b) => b.cost)).toEqual([4, 1]);
  });

  it('does not penalise another shift that day, nor the day off granted', () => {
    expect(shiftOffRequests.check(model, rosterOf(model, ['E .']), 0)).toEqual([]);
  });
});
