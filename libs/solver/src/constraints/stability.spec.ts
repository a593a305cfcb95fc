import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { stability } from './stability.js';

describe('stability — keeps published shifts where possible', () => {
  const model = compiledFixture({
    published: [
      { employee: 'P0', day: 0, shiftType: 'E' },
      { employee: 'P0', day: 1, shiftType: 'E' },
    ],
    weights: { stability: 7 },
  });

  it('penalises each changed day: a shift moved and a day newly worked', () => {
    const breaches = stability.check(model, rosterOf(model, ['E L E']), 0);
    expect(breaches.map((b) => [b.day, b.cost])).toEqual([
      [1, 7],
      [2, 7],
    ]);
    expect(breaches[0]!.message).toBe('Anna changes from E to L on day 1');
  });

  it('does not penalise the published roster itself', () => {
    expect(stability.check(model, rosterOf(model, ['E E']), 0)).toEqual([]);
  });
});
