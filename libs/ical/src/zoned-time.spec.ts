import { formatDate, formatDateTZ } from 'ical-generator';
import { oracleWall } from './test/ical-parse.js';
import { ZonedTime } from './zoned-time.js';

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);

/** `2027-03-28T03:00:00` → `20270328T030000`, the form ical-generator writes. */
const icalForm = (wall: string) => wall.replaceAll('-', '').replaceAll(':', '');

// These specs are run under several process zones (UTC, Pacific/Kiritimati, Pacific/Pago_Pago,
// America/New_York, Europe/Warsaw): ical-generator must read a ZonedTime as a TZDate, never
// through the process's local fields.
describe("ZonedTime formatted by ical-generator's formatDate", () => {
  const zones = ['Europe/Warsaw', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham'];

  it.each(zones)('gives the wall time in %s every 5 hours of 2027, whatever TZ is', (zone) => {
    const wrong: string[] = [];
    for (let t = at('2027-01-01T00:00Z'); t < at('2028-01-01T00:00Z'); t += 5 * HOUR) {
      const written = formatDate(zone, ZonedTime.at(t, zone), false, true);
      const expected = icalForm(oracleWall(zone, t));
      if (written !== expected) wrong.push(`${new Date(t).toISOString()}: ${written}`);
    }
    expect(wrong).toEqual([]);
  });

  it('writes DTSTART with the TZID and the wall time, as an event with that zone does', () => {
    const start = ZonedTime.at(at('2027-10-30T20:00Z'), 'Europe/Warsaw');
    expect(formatDateTZ('Europe/Warsaw', 'DTSTART', start, { timezone: 'Europe/Warsaw' })).toBe(
      'DTSTART;TZID=Europe/Warsaw:20271030T220000',
    );
  });

  it('gives the instant in UTC with Z where ical-generator has no zone', () => {
    expect(formatDate(null, ZonedTime.at(at('2027-10-30T20:00Z'), 'Europe/Warsaw'))).toBe(
      '20271030T200000Z',
    );
  });

  it('keeps the instant for comparisons', () => {
    const time = ZonedTime.at(at('2027-06-01T12:00Z'), 'Europe/Warsaw');
    expect(time.getTime()).toBe(at('2027-06-01T12:00Z'));
    expect(new Date(time).toISOString()).toBe('2027-06-01T12:00:00.000Z');
    expect(time.withTimeZone('Europe/Warsaw')).toBe(time);
    expect(time.tzComponents()).toEqual(['+', '02', '00']);
  });
});

describe('ZonedTime.atWall', () => {
  const wall = (iso: string) => {
    const [date, time] = iso.split('T') as [string, string];
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    const [hour, minute] = time.split(':').map(Number) as [number, number];
    return { year, month, day, hour, minute, second: 0 };
  };

  it('resolves an ordinary wall time to its instant and writes it as given', () => {
    const time = ZonedTime.atWall(wall('2027-03-28T12:00'), 'Europe/Warsaw');
    expect(time.getTime()).toBe(at('2027-03-28T10:00Z'));
    expect(formatDate('Europe/Warsaw', time, false, true)).toBe('20270328T120000');
  });

  it('reads a skipped time with the offset before the gap (RFC 5545), written as given', () => {
    // 02:30 does not exist in New York on 14 March 2027; EST gives 07:30Z (03:30 EDT).
    const time = ZonedTime.atWall(wall('2027-03-14T02:30'), 'America/New_York');
    expect(time.getTime()).toBe(at('2027-03-14T07:30Z'));
    expect(formatDate('America/New_York', time, false, true)).toBe('20270314T023000');
  });

  it('reads a repeated time as its first occurrence (RFC 5545)', () => {
    const time = ZonedTime.atWall(wall('2027-11-07T01:30'), 'America/New_York');
    expect(time.getTime()).toBe(at('2027-11-07T05:30Z'));
  });

  it('resolves midnights across a year of Santiago, whose clocks change at midnight', () => {
    for (let t = at('2027-01-01T12:00Z'); t < at('2028-01-01T00:00Z'); t += 24 * HOUR) {
      const date = oracleWall('America/Santiago', t).slice(0, 10);
      const time = ZonedTime.atWall(wall(`${date}T00:00`), 'America/Santiago');
      // Midnight, or 01:00 where the clocks skip midnight: never the day before.
      expect(oracleWall('America/Santiago', time.getTime())).toMatch(
        new RegExp(`^${date}T0[01]:00:00$`),
      );
    }
  });
});
