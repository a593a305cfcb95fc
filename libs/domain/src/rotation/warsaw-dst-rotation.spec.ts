import type { ShiftTypeDef } from '../shift/shift-type.js';
import { instantToLocal } from '../time/zoned.js';
import { expandRotation, type RotationDef } from './rotation.js';

const zone = 'Europe/Warsaw';
const shiftTypes: ShiftTypeDef[] = [
  { id: 'early', code: 'E', startTime: '06:00', endTime: '14:00' },
  { id: 'night', code: 'N', startTime: '22:00', endTime: '06:00' },
];
// Anna works early every day, Bartek nights every day.
const rotation: RotationDef = {
  id: 'rot-waw',
  teamId: 'team-waw',
  zone,
  anchorDate: '2027-01-04',
  pattern: ['early'],
  members: [{ employeeId: 'anna', offsetDays: 0, from: '2027-01-01', to: null }],
};
const nights: RotationDef = {
  ...rotation,
  id: 'rot-waw-n',
  pattern: ['night'],
  members: [{ employeeId: 'bartek', offsetDays: 0, from: '2027-01-01', to: null }],
};

const summary = (r: RotationDef, from: string, to: string) =>
  expandRotation(r, shiftTypes, { from, to }).map((s) => ({
    date: s.date,
    localStart: instantToLocal(s.start, zone).time,
    localEnd: instantToLocal(s.end, zone).time,
    utcStart: s.start.toISOString(),
    hours: (s.end.getTime() - s.start.getTime()) / 3_600_000,
  }));

describe('a Warsaw rotation across the 2027 DST changes', () => {
  it('spring forward on 2027-03-28: local start fixed at 06:00, UTC start moves from 05:00Z to 04:00Z', () => {
    expect(summary(rotation, '2027-03-27', '2027-03-30')).toEqual([
      {
        date: '2027-03-27',
        localStart: '06:00',
        localEnd: '14:00',
        utcStart: '2027-03-27T05:00:00.000Z',
        hours: 8,
      },
      {
        date: '2027-03-28',
        localStart: '06:00',
        localEnd: '14:00',
        utcStart: '2027-03-28T04:00:00.000Z',
        hours: 8,
      },
      {
        date: '2027-03-29',
        localStart: '06:00',
        localEnd: '14:00',
        utcStart: '2027-03-29T04:00:00.000Z',
        hours: 8,
      },
    ]);
  });

  it('fall back on 2027-10-31: UTC start moves back from 04:00Z to 05:00Z', () => {
    expect(summary(rotation, '2027-10-30', '2027-11-01').map((s) => s.utcStart)).toEqual([
      '2027-10-30T04:00:00.000Z',
      '2027-10-31T05:00:00.000Z',
    ]);
  });

  it('the night into the spring change lasts 7 h and the night into the autumn change 9 h', () => {
    expect(summary(nights, '2027-03-26', '2027-03-29')).toEqual([
      {
        date: '2027-03-26',
        localStart: '22:00',
        localEnd: '06:00',
        utcStart: '2027-03-26T21:00:00.000Z',
        hours: 8,
      },
      {
        date: '2027-03-27',
        localStart: '22:00',
        localEnd: '06:00',
        utcStart: '2027-03-27T21:00:00.000Z',
        hours: 7,
      },
      {
        date: '2027-03-28',
        localStart: '22:00',
        localEnd: '06:00',
        utcStart: '2027-03-28T20:00:00.000Z',
        hours: 8,
      },
    ]);
    expect(summary(nights, '2027-10-29', '2027-11-01').map((s) => s.hours)).toEqual([8, 9, 8]);
  });
});
