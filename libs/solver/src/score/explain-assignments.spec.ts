import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { explainAssignments } from './explain-assignments.js';

const earlyOnDay3 = {
  day: 3,
  shiftType: 'E',
  minimum: 1,
  weightBelowMinimum: 100,
  weightAboveMaximum: 1,
};

describe('explainAssignments — why this person, and why not the next candidates', () => {
  it('explains only the cells the solver added, and names a colleague on leave as blocked', () => {
    const model = compiledFixture({
      employees: 2,
      contract: { minRestMinutes: 660, maxConsecutiveWorkingDays: 5 },
      demand: [earlyOnDay3],
      leave: [{ employee: 'P1', day: 3 }],
    });
    const before = rosterOf(model, ['. . E', '.']);
    const after = rosterOf(model, ['. . E E', '.']);
    const out = explainAssignments(model, before, after);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ employee: 'P0', day: 3, shiftType: 'E' });
    expect(out[0]!.reasons).toEqual([
      'Anna has the skills E needs: phone',
      'Anna was free on day 3: not on leave, not already working',
      'Anna is rested: 16 h after E on day 2 (needs at least 11 h)',
      'Anna stays within the contract: 2 days in a row (at most 5), 16 h in the plan',
    ]);
    expect(out[0]!.alternatives).toEqual([
      {
        employee: 'P1',
        rule: 'notOnLeave',
        reason: 'Bartek is on leave or unavailable',
        extraCost: null,
      },
    ]);
  });

  it('names the rest rule when the colleague worked a late shift the evening before', () => {
    const model = compiledFixture({
      employees: 2,
      contract: { minRestMinutes: 660 },
      demand: [earlyOnDay3],
    });
    const out = explainAssignments(
      model,
      rosterOf(model, ['.', '. . L']),
      rosterOf(model, ['. . . E', '. . L']),
    );
    expect(out[0]!.alternatives).toEqual([
      {
        employee: 'P1',
        rule: 'minimumRestBetweenShifts',
        reason: 'Bartek needs 11 h rest between shifts',
        extraCost: null,
      },
    ]);
  });

  it('prices a colleague who is merely more expensive, with the rule that makes the difference', () => {
    const model = compiledFixture({
      employees: 2,
      demand: [earlyOnDay3],
      preferences: [{ employee: 'P1', day: 3, kind: 'off', weight: 5 }],
    });
    const out = explainAssignments(
      model,
      rosterOf(model, ['.', '.']),
      rosterOf(model, ['. . . E', '.']),
    );
    expect(out[0]!.alternatives).toEqual([
      {
        employee: 'P1',
        rule: 'shiftOffRequests',
        reason:
          'Bartek could take it, but the total cost would be 5 higher, mostly from requests for time off (Bartek asked for the day off on day 3)',
        extraCost: 5,
      },
    ]);
  });

  it('states the fair-share position, history included, and prices the fairer choice', () => {
    // Nights: Anna carried 1 before, Bartek 3; one night to give → fair share (1 + 4) / 2 = 2.5 each.
    const model = compiledFixture({
      employees: 2,
      demand: [{ ...earlyOnDay3, shiftType: 'N' }],
      fairness: [{ name: 'nights', shiftTypes: ['N'], weight: 1, history: { P0: 1, P1: 3 } }],
    });
    const out = explainAssignments(
      model,
      rosterOf(model, ['.', '.']),
      rosterOf(model, ['. . . N', '.']),
    );
    expect(out[0]!.reasons).toContain(
      'Anna: 1 nights so far (1 from earlier periods) against a fair share of 2.5; this shift makes 2',
    );
    // With Bartek instead: (1 − 2.5)² + (4 − 2.5)² − (2 − 2.5)² − (3 − 2.5)² = 4.
    expect(out[0]!.alternatives).toEqual([
      {
        employee: 'P1',
        rule: 'fairShareOfDuties',
        reason:
          'Bartek could take it, but the total cost would be 4 higher, mostly from the fair share of duties (Bartek carries 4 nights against a fair share of 2.5)',
        extraCost: 4,
      },
    ]);
  });

  it('ranks a free colleague before a blocked one and skips people without the skill', () => {
    const model = compiledFixture({
      employees: 4,
      demand: [earlyOnDay3],
      leave: [{ employee: 'P1', day: 3 }],
      preferences: [{ employee: 'P2', day: 3, kind: 'off', weight: 2 }],
    });
    model.block[(3 * model.D + 3) * model.S + 0] = 1; // Dmitri lacks the skill
    const out = explainAssignments(
      model,
      rosterOf(model, ['.', '.', '.', '.']),
      rosterOf(model, ['. . . E', '.', '.', '.']),
    );
    expect(out[0]!.alternatives.map((a) => [a.employee, a.rule, a.extraCost])).toEqual([
      ['P2', 'shiftOffRequests', 2],
      ['P1', 'notOnLeave', null],
    ]);
  });

  it('states the shift limits the assignment counts toward, and names one that stops a colleague', () => {
    // Day 3 is a cover duty (a day without a published shift) for both; Anna would rather not
    // cover more than once and already covered day 2; Bartek has used up his shifts.
    const model = compiledFixture({
      employees: 2,
      contract: {
        shiftLimits: [
          { name: 'shifts per fortnight', max: 3 },
          { name: 'cover duties in March', days: [2, 3], max: 1, weight: 40 },
        ],
      },
      demand: [earlyOnDay3],
    });
    const out = explainAssignments(
      model,
      rosterOf(model, ['. . E', 'E E E']),
      rosterOf(model, ['. . E E', 'E E E']),
    );
    expect(out[0]!.reasons).toContain(
      'Anna stays within the contract: 2 days in a row, 16 h in the plan, 2 of at most 3 shifts per fortnight',
    );
    expect(out[0]!.reasons).toContain(
      'Anna would rather not work more than 1 cover duties in March: this makes 2, 1 over (cost 40)',
    );
    expect(out[0]!.alternatives).toEqual([
      {
        employee: 'P1',
        rule: 'shiftLimits',
        reason: 'Bartek works at most 3 shifts per fortnight',
        extraCost: null,
      },
    ]);
  });

  it('never says a person stays within the contract when a hard shift limit is broken', () => {
    const model = compiledFixture({
      contract: { shiftLimits: [{ name: 'shifts per fortnight', max: 1 }] },
      demand: [earlyOnDay3],
    });
    const out = explainAssignments(model, rosterOf(model, ['E']), rosterOf(model, ['E . . E']));
    expect(out[0]!.reasons).toContain(
      'Anna goes beyond the contract: 1 day in a row, 16 h in the plan, 2 shifts per fortnight, more than the 1 allowed',
    );
    expect(out[0]!.reasons).toContain('But: Anna works 2 shifts per fortnight, at most 1 allowed');
  });
});
