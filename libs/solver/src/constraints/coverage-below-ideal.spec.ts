import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { coverageBelowIdeal } from './coverage-below-ideal.js';

const demand = [
  {
    day: 0,
    shiftType: 'E',
    minimum: 1,
    ideal: 3,
    weightBelowMinimum: 100,
    weightBelowIdeal: 10,
    weightAboveMaximum: 1,
  },
];

describe('coverageBelowIdeal — staffs every shift up to its ideal headcount', () => {
  const model = compiledFixture({ employees: 3, demand });

  it('penalises each person missing below the ideal', () => {
    const breaches = coverageBelowIdeal.check(model, rosterOf(model, ['E', '.', '.']));
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatchObject({ amount: 2, cost: 20 });
  });

  it('does not penalise a shift staffed at its ideal', () => {
    expect(coverageBelowIdeal.check(model, rosterOf(model, ['E', 'E', 'E']))).toEqual([]);
  });
});
