import { DomainError } from '../errors.js';
import { isLocalTime, minutesOfDay, parseLocalTime } from './local-time.js';

describe('LocalTime', () => {
  it.each(['00:00', '06:00', '22:30', '23:59'])('accepts %s', (time) => {
    expect(isLocalTime(time)).toBe(true);
  });

  it.each(['24:30', '24:00', '7:00', '23:60', '12:00:00', '', '2pm'])('refuses %j', (time) => {
    expect(isLocalTime(time)).toBe(false);
    expect(() => parseLocalTime(time, 'startTime')).toThrow(DomainError);
  });

  it('names the field in the error', () => {
    try {
      parseLocalTime('24:30', 'endTime');
      throw new Error('expected a DomainError');
    } catch (error) {
      expect((error as DomainError).details.errors).toEqual([
        { field: 'endTime', reason: 'must be a time HH:mm between 00:00 and 23:59, got "24:30"' },
      ]);
    }
  });

  it('converts to minutes after midnight', () => {
    expect(minutesOfDay('00:00')).toBe(0);
    expect(minutesOfDay('22:30')).toBe(1350);
  });
});
