import { shiftInstants } from './shift-type.js';

const hoursOf = (i: { start: Date; end: Date }) =>
  (i.end.getTime() - i.start.getTime()) / 3_600_000;
const iso = (i: { start: Date; end: Date }) => [i.start.toISOString(), i.end.toISOString()];

describe('shiftInstants', () => {
  const night = { startTime: '22:00', endTime: '06:00' };

  it('a night shift ends on the next day', () => {
    expect(iso(shiftInstants('2027-01-15', night, 'Europe/Warsaw'))).toEqual([
      '2027-01-15T21:00:00.000Z',
      '2027-01-16T05:00:00.000Z',
    ]);
  });

  it('keeps local start and end on change nights: 7 h in spring, 9 h in autumn', () => {
    expect(hoursOf(shiftInstants('2027-03-27', night, 'Europe/Warsaw'))).toBe(7);
    expect(hoursOf(shiftInstants('2027-10-30', night, 'Europe/Warsaw'))).toBe(9);
    expect(hoursOf(shiftInstants('2027-03-26', night, 'Europe/Warsaw'))).toBe(8);
  });

  it('equal start and end mean a full day (23 or 25 h across a change)', () => {
    const onCall = { startTime: '09:00', endTime: '09:00' };
    expect(hoursOf(shiftInstants('2027-01-15', onCall, 'Europe/Warsaw'))).toBe(24);
    expect(hoursOf(shiftInstants('2027-03-27', onCall, 'Europe/Warsaw'))).toBe(23);
    expect(hoursOf(shiftInstants('2027-10-30', onCall, 'Europe/Warsaw'))).toBe(25);
  });

  it('a shift starting in the New York gap starts at 03:00 EDT', () => {
    expect(
      iso(
        shiftInstants('2027-03-14', { startTime: '02:30', endTime: '10:30' }, 'America/New_York'),
      ),
    ).toEqual(['2027-03-14T07:00:00.000Z', '2027-03-14T14:30:00.000Z']);
  });

  it('a shift ending at the ambiguous 01:30 in New York ends at its first occurrence', () => {
    expect(
      iso(
        shiftInstants('2027-11-06', { startTime: '18:00', endTime: '01:30' }, 'America/New_York'),
      ),
    ).toEqual(['2027-11-06T22:00:00.000Z', '2027-11-07T05:30:00.000Z']);
  });
});
