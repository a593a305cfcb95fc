import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { fairShareOfDuties } from './fair-share-of-duties.js';

describe('fairShareOfDuties — carries a fair share of nights', () => {
  // Four nights demanded over two full-time people: a fair share of 2 each.
  const model = compiledFixture({
    employees: 2,
    demand: [0, 1, 2, 3].map((day) => ({
      day,
      shiftType: 'N',
      minimum: 1,
      weightBelowMinimum: 100,
      weightAboveMaximum: 1,
    })),
    fairness: [{ name: 'nights', shiftTypes: ['N'], weight: 3 }],
  });

  it('penalises the squared deviation when one person works all four nights', () => {
    const roster = rosterOf(model, ['N N N N', '.']);
    const anna = fairShareOfDuties.check(model, roster, 0);
    expect(anna[0]).toMatchObject({ amount: 2, cost: 12 });
    expect(fairShareOfDuties.check(model, roster, 1)[0]).toMatchObject({ amount: 2, cost: 12 });
  });

  it('does not penalise an even split', () => {
    const roster = rosterOf(model, ['N N . .', '. . N N']);
    expect(fairShareOfDuties.check(model, roster, 0)).toEqual([]);
    expect(fairShareOfDuties.check(model, roster, 1)).toEqual([]);
  });
});
