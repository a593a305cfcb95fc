import { leaveIntervals } from '../leave/leave.js';
import { shiftInstants } from '../shift/shift-type.js';
import { eachDate } from '../time/local-date.js';
import type { CoverageRuleDef } from './coverage-rule.js';
import { computeCoverage } from './coverage.js';
import { expandDemand } from './demand.js';

const zone = 'Europe/Warsaw';
const phoneDay: CoverageRuleDef = {
  id: 'phone-day',
  teamId: 't',
  skillId: 'phone',
  startTime: '08:00',
  endTime: '16:00',
  recurrence: 'FREQ=DAILY',
  minHeadcount: 3,
  idealHeadcount: 3,
  priority: 1,
  validFrom: null,
  validTo: null,
  holidays: 'applies',
};
const window = { from: '2027-01-11', to: '2027-01-14' };
const employees = ['kai', 'lea', 'max'].map((id) => ({ id, skillIds: ['phone'] }));
const shifts = employees.flatMap((e) =>
  eachDate(window.from, window.to).map((date) => ({
    employeeId: e.id,
    ...shiftInstants(date, { startTime: '08:00', endTime: '16:00' }, zone),
  })),
);
const leave = [
  {
    employeeId: 'lea',
    intervals: leaveIntervals(
      [
        { from: '2027-01-12', to: '2027-01-13' },
        { from: '2027-01-13', to: '2027-01-14', half: 'am' },
      ],
      zone,
    ),
  },
];

describe('leave removes the person from slots', () => {
  const slots = expandDemand([phoneDay], window, zone);

  it('without leave everyone counts', () => {
    const rows = computeCoverage({ slots, shifts, employees }).rows;
    expect(rows.map((r) => r.requirements[0]!.staffed)).toEqual([3, 3, 3]);
  });

  it('a whole day and a morning of leave open gaps exactly there', () => {
    const rows = computeCoverage({ slots, shifts, employees, leave }).rows;
    expect(
      rows.map((r) => [
        r.start.toISOString(),
        r.end.toISOString(),
        r.requirements[0]!.employeeIds.join(','),
        r.requirements[0]!.gap,
      ]),
    ).toEqual([
      ['2027-01-11T07:00:00.000Z', '2027-01-11T15:00:00.000Z', 'kai,lea,max', false],
      ['2027-01-12T07:00:00.000Z', '2027-01-12T15:00:00.000Z', 'kai,max', true],
      // The half day ends at 12:00 local: the slot is cut there.
      ['2027-01-13T07:00:00.000Z', '2027-01-13T11:00:00.000Z', 'kai,max', true],
      ['2027-01-13T11:00:00.000Z', '2027-01-13T15:00:00.000Z', 'kai,lea,max', false],
    ]);
  });

  it('lists the gaps with their size', () => {
    const result = computeCoverage({ slots, shifts, employees, leave });
    expect(result.gaps.map((g) => [g.start.toISOString(), g.end.toISOString(), g.missing])).toEqual(
      [
        ['2027-01-12T07:00:00.000Z', '2027-01-12T15:00:00.000Z', 1],
        ['2027-01-13T07:00:00.000Z', '2027-01-13T11:00:00.000Z', 1],
      ],
    );
    expect(result.summary.gapMinutes).toBe(8 * 60 + 4 * 60);
  });
});
