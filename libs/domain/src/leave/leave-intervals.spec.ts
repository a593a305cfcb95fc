import { type DomainError } from '../errors.js';
import { leaveInterval, leaveIntervals } from './leave.js';

const iso = (i: { start: Date; end: Date }) => [i.start.toISOString(), i.end.toISOString()];

describe('leave as local dates → instants in the home zone', () => {
  it('a whole day runs from local midnight to local midnight', () => {
    expect(iso(leaveInterval({ from: '2027-01-15', to: '2027-01-16' }, 'Europe/Warsaw'))).toEqual([
      '2027-01-14T23:00:00.000Z',
      '2027-01-15T23:00:00.000Z',
    ]);
  });

  it('the spring-forward day is 23 hours long', () => {
    const day = leaveInterval({ from: '2027-03-28', to: '2027-03-29' }, 'Europe/Warsaw');
    expect((day.end.getTime() - day.start.getTime()) / 3_600_000).toBe(23);
  });

  it('am is 00:00–12:00 and pm 12:00–24:00 local', () => {
    expect(
      iso(leaveInterval({ from: '2027-01-15', to: '2027-01-16', half: 'am' }, 'Asia/Kolkata')),
    ).toEqual(['2027-01-14T18:30:00.000Z', '2027-01-15T06:30:00.000Z']);
    expect(
      iso(leaveInterval({ from: '2027-01-15', to: '2027-01-16', half: 'pm' }, 'Asia/Kolkata')),
    ).toEqual(['2027-01-15T06:30:00.000Z', '2027-01-15T18:30:00.000Z']);
  });

  it('unions adjacent leaves', () => {
    const intervals = leaveIntervals(
      [
        { from: '2027-01-11', to: '2027-01-13' },
        { from: '2027-01-13', to: '2027-01-14', half: 'am' },
      ],
      'UTC',
    );
    expect(intervals.map(iso)).toEqual([['2027-01-11T00:00:00.000Z', '2027-01-13T12:00:00.000Z']]);
  });

  it('refuses a half day over several dates and an empty range, naming the field', () => {
    try {
      leaveInterval({ from: '2027-01-15', to: '2027-01-17', half: 'pm' }, 'UTC');
      throw new Error('expected a DomainError');
    } catch (error) {
      expect((error as DomainError).details.errors).toEqual([
        { field: 'half', reason: 'a half day covers exactly one date' },
      ]);
    }
    expect(() => leaveInterval({ from: '2027-01-15', to: '2027-01-15' }, 'UTC')).toThrow(
      'to: must be after from (it is exclusive)',
    );
  });
});
