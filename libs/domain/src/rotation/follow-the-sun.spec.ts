import type { ShiftTypeDef } from '../shift/shift-type.js';
import { durationMs, overlapsWithin, uncovered, union } from '../time/interval.js';
import { expandRotation, type PlannedShift, type RotationDef } from './rotation.js';

/** Three sites each work 8 local hours a day; in summer they hand over on the UTC hour. */
const site = (id: string, zone: string, startTime: string, endTime: string) => ({
  shiftType: { id: `${id}-day`, code: id, startTime, endTime } satisfies ShiftTypeDef,
  rotation: {
    id: `rot-${id}`,
    teamId: `team-${id}`,
    zone,
    anchorDate: '2027-01-04',
    pattern: [`${id}-day`],
    members: [{ employeeId: `${id}-agent`, offsetDays: 0, from: '2027-01-01', to: null }],
  } satisfies RotationDef,
});

const sites = [
  site('tokyo', 'Asia/Tokyo', '08:00', '16:00'), // 23:00–07:00Z
  site('warsaw', 'Europe/Warsaw', '09:00', '17:00'), // 07:00–15:00Z in CEST
  site('newyork', 'America/New_York', '11:00', '19:00'), // 15:00–23:00Z in EDT
];

function chain(from: string, to: string): PlannedShift[] {
  return sites.flatMap((s) => expandRotation(s.rotation, [s.shiftType], { from, to }));
}

const hours = (ms: number) => ms / 3_600_000;

describe('a 24/7 follow-the-sun chain across three zones', () => {
  it('a summer week is one unbroken 168-hour interval with zero gaps and zero overlaps', () => {
    const shifts = chain('2027-06-07', '2027-06-14');
    const covered = union(shifts);
    expect(covered.map((i) => [i.start.toISOString(), i.end.toISOString()])).toEqual([
      ['2027-06-06T23:00:00.000Z', '2027-06-13T23:00:00.000Z'],
    ]);
    expect(hours(durationMs(covered[0]!))).toBe(168);
    expect(overlapsWithin(shifts)).toEqual([]);
    expect(shifts).toHaveLength(21);
    expect(hours(shifts.reduce((sum, s) => sum + durationMs(s), 0))).toBe(168);
  });

  it('in the weeks when only the US has changed clocks the chain shows a daily 1 h gap and 1 h overlap', () => {
    const shifts = chain('2027-03-15', '2027-03-22');
    const bounds = {
      start: new Date('2027-03-14T23:00:00Z'),
      end: new Date('2027-03-21T23:00:00Z'),
    };
    const gaps = uncovered(shifts, bounds);
    const overlaps = overlapsWithin(shifts);
    expect(gaps).toHaveLength(7);
    expect(overlaps).toHaveLength(7);
    // Warsaw (CET) starts at 08:00Z, an hour after Tokyo leaves; New York (EDT) starts at 15:00Z
    // while Warsaw is still on until 16:00Z.
    expect([gaps[0]!.start.toISOString(), gaps[0]!.end.toISOString()]).toEqual([
      '2027-03-15T07:00:00.000Z',
      '2027-03-15T08:00:00.000Z',
    ]);
    expect([overlaps[0]!.start.toISOString(), overlaps[0]!.end.toISOString()]).toEqual([
      '2027-03-15T15:00:00.000Z',
      '2027-03-15T16:00:00.000Z',
    ]);
  });
});
