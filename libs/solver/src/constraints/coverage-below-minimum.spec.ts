import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { coverageBelowMinimum } from './coverage-below-minimum.js';

const demand = [
  {
    day: 0,
    shiftType: 'E',
    minimum: 2,
    ideal: 3,
    weightBelowMinimum: 100,
    weightBelowIdeal: 10,
    weightAboveMaximum: 1,
  },
];

describe('coverageBelowMinimum — staffs every shift with at least its minimum', () => {
  const model = compiledFixture({ employees: 3, demand });

  it('penalises one person missing below the minimum at the rule weight', () => {
    const breaches = coverageBelowMinimum.check(model, rosterOf(model, ['E', '.', '.']));
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatchObject({ day: 0, shiftType: 0, amount: 1, cost: 100 });
  });

  it('does not penalise a shift staffed at its minimum', () => {
    expect(coverageBelowMinimum.check(model, rosterOf(model, ['E', 'E', '.']))).toEqual([]);
  });
});
