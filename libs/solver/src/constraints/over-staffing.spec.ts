import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { overStaffing } from './over-staffing.js';

const demand = [
  { day: 0, shiftType: 'E', minimum: 1, weightBelowMinimum: 100, weightAboveMaximum: 5 },
];

describe('overStaffing — does not staff a shift above its maximum', () => {
  const model = compiledFixture({ employees: 3, demand });

  it('penalises two people above a maximum of one', () => {
    const breaches = overStaffing.check(model, rosterOf(model, ['E', 'E', 'E']));
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatchObject({ amount: 2, cost: 10 });
  });

  it('does not penalise a shift at its maximum nor shifts without demand', () => {
    expect(overStaffing.check(model, rosterOf(model, ['E L', 'L', '.']))).toEqual([]);
  });
});
