import type { ShiftTypeDef } from '../shift/shift-type.js';
import { overlapsWithin, uncovered } from '../time/interval.js';
import { expandRotation } from './rotation.js';
import { rotatingDuty } from './rotating-duty.js';

const onCall: ShiftTypeDef = { id: 'oncall', code: 'OC', startTime: '09:00', endTime: '09:00' };

describe('a weekly on-call duty rotating through an ordered list', () => {
  const rotation = rotatingDuty({
    id: 'rot-oncall',
    teamId: 't',
    zone: 'Europe/Warsaw',
    anchorDate: '2027-03-15',
    shiftTypeId: 'oncall',
    employeeIds: ['ola', 'piotr', 'rafal'],
  });
  const shifts = expandRotation(rotation, [onCall], { from: '2027-03-15', to: '2027-04-12' });

  it('passes the duty on every Monday in list order', () => {
    const holderOn = (date: string) =>
      shifts.filter((s) => s.date === date).map((s) => s.employeeId);
    expect(holderOn('2027-03-15')).toEqual(['ola']);
    expect(holderOn('2027-03-21')).toEqual(['ola']);
    expect(holderOn('2027-03-22')).toEqual(['piotr']);
    expect(holderOn('2027-03-29')).toEqual(['rafal']);
    expect(holderOn('2027-04-05')).toEqual(['ola']);
    expect(shifts).toHaveLength(28);
  });

  it('leaves no hour uncovered and none double-covered, across the spring change', () => {
    const bounds = {
      start: new Date('2027-03-15T08:00:00Z'),
      end: new Date('2027-04-12T07:00:00Z'),
    };
    expect(uncovered(shifts, bounds)).toEqual([]);
    expect(overlapsWithin(shifts)).toEqual([]);
    const changeDay = shifts.find((s) => s.date === '2027-03-27')!;
    expect((changeDay.end.getTime() - changeDay.start.getTime()) / 3_600_000).toBe(23);
  });
});
