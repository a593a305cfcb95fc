import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { shiftOnRequests } from './shift-on-requests.js';

describe('shiftOnRequests — gets the shifts they asked for', () => {
  const model = compiledFixture({
    preferences: [
      { employee: 'P0', day: 0, kind: 'on', shiftType: 'E', weight: 3 },
      { employee: 'P0', day: 1, kind: 'on', weight: 2 },
    ],
  });

  it('penalises a requested early given as a late, and a wish to work given as a day off', () => {
    const breaches = shiftOnRequests.check(model, rosterOf(model, ['L .']), 0);
    expect(breaches.map((b) => [b.day, b.cost])).toEqual([
      [0, 3],
      [1, 2],
    ]);
    expect(breaches[0]!.message).toBe('Anna asked for E on day 0');
  });

  it('does not penalise granted requests', () => {
    expect(shiftOnRequests.check(model, rosterOf(model, ['E N']), 0)).toEqual([]);
  });
});
