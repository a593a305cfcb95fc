import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { continuityOfCover } from './continuity-of-cover.js';

describe('continuityOfCover — covers an absence for its whole length', () => {
  // Anna was published on E for days 0–2 and is now on leave; Bartek and Chloé can cover.
  const model = compiledFixture({
    employees: 3,
    published: [0, 1, 2].map((day) => ({ employee: 'P0', day, shiftType: 'E' })),
    leave: [0, 1, 2].map((day) => ({ employee: 'P0', day })),
    weights: { continuity: 10 },
  });

  it('penalises a hand-over from one substitute to another', () => {
    const roster = rosterOf(model, ['.', 'E E', '. . E']);
    const cost = [1, 2]
      .flatMap((e) => continuityOfCover.check(model, roster, e))
      .reduce((a, b) => a + b.cost, 0);
    expect(cost).toBe(10);
  });

  it('does not penalise one substitute for the whole absence', () => {
    const roster = rosterOf(model, ['.', 'E E E', '.']);
    expect(continuityOfCover.check(model, roster, 1)).toEqual([]);
    expect(continuityOfCover.check(model, roster, 2)).toEqual([]);
  });
});
