import type { CoverageRuleDef } from './coverage-rule.js';
import { computeCoverage } from './coverage.js';
import { expandDemand } from './demand.js';
import { shiftInstants } from '../shift/shift-type.js';

const zone = 'Europe/Warsaw';
const rule = (over: Partial<CoverageRuleDef>): CoverageRuleDef => ({
  id: 'r',
  teamId: 't',
  skillId: null,
  startTime: '18:00',
  endTime: '00:00',
  recurrence: 'FREQ=WEEKLY;BYDAY=MO',
  minHeadcount: 1,
  idealHeadcount: 1,
  priority: 1,
  validFrom: null,
  validTo: null,
  holidays: 'applies',
  ...over,
});
// Monday evening and Tuesday early morning are separate rules with different ideals.
const rules = [
  rule({ id: 'mon-evening' }),
  rule({
    id: 'tue-early',
    recurrence: 'FREQ=WEEKLY;BYDAY=TU',
    startTime: '00:00',
    endTime: '06:00',
    idealHeadcount: 2,
  }),
];
const slots = expandDemand(rules, { from: '2027-01-11', to: '2027-01-13' }, zone);
const employees = [
  { id: 'nina', skillIds: ['phone'] },
  { id: 'lukas', skillIds: ['phone'] },
];
const night = {
  employeeId: 'nina',
  ...shiftInstants('2027-01-11', { startTime: '22:00', endTime: '06:00' }, zone),
};
const late = {
  employeeId: 'lukas',
  ...shiftInstants('2027-01-11', { startTime: '14:00', endTime: '22:00' }, zone),
};

const rows = (shifts: (typeof night)[]) =>
  computeCoverage({ slots, shifts, employees }).rows.map((row) => ({
    span: `${row.start.toISOString().slice(11, 16)}-${row.end.toISOString().slice(11, 16)}`,
    ids: row.requirements[0]?.employeeIds,
    gap: row.requirements[0]?.gap,
    shortfall: row.requirements[0]?.shortfall,
  }));

describe('a shift that crosses midnight', () => {
  it("covers both Monday's and Tuesday's slots", () => {
    expect(rows([night])).toEqual([
      { span: '17:00-21:00', ids: [], gap: true, shortfall: true },
      { span: '21:00-23:00', ids: ['nina'], gap: false, shortfall: false },
      { span: '23:00-05:00', ids: ['nina'], gap: false, shortfall: true },
    ]);
  });

  it('a late shift ending at 22:00 does not reach Tuesday', () => {
    expect(rows([late, night])).toEqual([
      { span: '17:00-21:00', ids: ['lukas'], gap: false, shortfall: false },
      { span: '21:00-23:00', ids: ['nina'], gap: false, shortfall: false },
      { span: '23:00-05:00', ids: ['nina'], gap: false, shortfall: true },
    ]);
    expect(rows([late]).at(-1)).toEqual({
      span: '23:00-05:00',
      ids: [],
      gap: true,
      shortfall: true,
    });
  });
});
