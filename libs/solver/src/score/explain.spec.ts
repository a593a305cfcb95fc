import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { explainGaps } from './explain.js';

describe('explainGaps — every unfilled minimum says who could not take it and why', () => {
  // Two people, one early needed on day 2: Anna is on leave, Bartek already worked 3 days in a row.
  const model = compiledFixture({
    employees: 3,
    contract: { maxConsecutiveWorkingDays: 3 },
    employee: { skills: ['phone'] },
    demand: [
      { day: 3, shiftType: 'E', minimum: 1, weightBelowMinimum: 100, weightAboveMaximum: 1 },
    ],
    leave: [{ employee: 'P0', day: 3 }],
  });
  model.block[(2 * model.D + 3) * model.S + 0] = 1; // Chloé lacks the skill: not a candidate

  it('reports the gap with the blocking rule per candidate', () => {
    const roster = rosterOf(model, ['.', 'E E E', '.']);
    const gaps = explainGaps(model, roster);
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({ day: 3, shiftType: 'E', staffed: 0, minimum: 1, missing: 1 });
    expect(gaps[0]!.candidates).toEqual([
      { employee: 'P0', rule: 'notOnLeave', reason: 'Anna is on leave or unavailable' },
      {
        employee: 'P1',
        rule: 'maxConsecutiveWorkingDays',
        reason: 'Bartek works at most 3 days in a row',
      },
    ]);
  });

  it('reports nothing when every minimum is met', () => {
    expect(explainGaps(model, rosterOf(model, ['.', 'E E . E', '.']))).toEqual([]);
  });

  it('names the shift limit that stops a candidate, in the limit’s own words', () => {
    const limited = compiledFixture({
      employees: 2,
      contract: {
        shiftLimits: [
          { name: 'late or night shifts', shiftTypes: ['L', 'N'], max: 3 },
          { name: 'shifts per fortnight', max: 2 },
        ],
      },
      demand: [
        { day: 3, shiftType: 'E', minimum: 1, weightBelowMinimum: 100, weightAboveMaximum: 1 },
      ],
      leave: [{ employee: 'P1', day: 3 }],
    });
    const gaps = explainGaps(limited, rosterOf(limited, ['E . . . . E', '.']));
    expect(gaps[0]!.candidates).toEqual([
      { employee: 'P0', rule: 'shiftLimits', reason: 'Anna works at most 2 shifts per fortnight' },
      { employee: 'P1', rule: 'notOnLeave', reason: 'Bartek is on leave or unavailable' },
    ]);
  });
});
