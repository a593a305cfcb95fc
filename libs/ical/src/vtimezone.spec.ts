import {
  instantOfWall,
  intlOffsetMinutes,
  oracleAmbiguous,
  oracleWall,
  parseFeed,
} from './test/ical-parse.js';
import { ICalCalendar } from 'ical-generator';
import { type FeedWindow } from './types.js';
import { vtimezone, vtimezoneGenerator } from './vtimezone.js';
import { ZonedTime } from './zoned-time.js';

const HOUR = 3_600_000;
const window2027: FeedWindow = {
  start: new Date('2026-11-02T00:00:00Z'),
  end: new Date('2028-01-01T00:00:00Z'),
};

function asCalendar(zone: string, window: FeedWindow = window2027): string {
  return `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n${vtimezone(zone, window)}END:VCALENDAR\r\n`;
}

function unfoldedLines(zone: string, window: FeedWindow = window2027): string[] {
  return vtimezone(zone, window).replace(/\r\n /g, '').split('\r\n').filter(Boolean);
}

describe('vtimezone shape', () => {
  it('writes Europe/Warsaw as one yearly STANDARD and one yearly DAYLIGHT rule (Outlook form)', () => {
    const lines = unfoldedLines('Europe/Warsaw');
    expect(lines.filter((l) => l === 'BEGIN:STANDARD')).toHaveLength(1);
    expect(lines.filter((l) => l === 'BEGIN:DAYLIGHT')).toHaveLength(1);
    expect(lines).toEqual(
      expect.arrayContaining([
        'TZID:Europe/Warsaw',
        'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
        'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
        'DTSTART:20261025T030000',
        'DTSTART:20260329T020000',
      ]),
    );
  });

  it('writes America/New_York with the second Sunday of March and first of November', () => {
    const lines = unfoldedLines('America/New_York');
    expect(lines).toEqual(
      expect.arrayContaining([
        'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
        'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
        'TZOFFSETFROM:-0400',
        'TZOFFSETTO:-0500',
        'TZNAME:EST',
      ]),
    );
  });

  it('writes a zone without DST as a single fixed observance', () => {
    expect(unfoldedLines('Asia/Kolkata')).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Kolkata',
      'X-LIC-LOCATION:Asia/Kolkata',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0530',
      'TZOFFSETTO:+0530',
      'TZNAME:+0530',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('follows current rules, not 2018 ones: São Paulo has had no DST since 2019', () => {
    const lines = unfoldedLines('America/Sao_Paulo');
    expect(lines).not.toContain('BEGIN:DAYLIGHT');
    expect(lines).toContain('TZOFFSETTO:-0300');
  });

  it('stops a yearly rule where DST was abolished (São Paulo, window in 2019)', () => {
    const window = { start: new Date('2019-05-01T00:00Z'), end: new Date('2020-05-01T00:00Z') };
    const lines = unfoldedLines('America/Sao_Paulo', window);
    // The last DST period ended in February 2019; a yearly rule would wrongly predict November.
    expect(lines.some((l) => l.startsWith('RRULE'))).toBe(false);
  });
});

describe("vtimezoneGenerator, ical-generator's timezone generator", () => {
  it("gives ical-generator's own calendar our VTIMEZONE for the zones its events use", () => {
    const calendar = new ICalCalendar({ timezone: vtimezoneGenerator(window2027) });
    const start = ZonedTime.at(Date.parse('2027-10-30T20:00Z'), 'Europe/Warsaw');
    const end = ZonedTime.at(Date.parse('2027-10-31T05:00Z'), 'Europe/Warsaw');
    calendar.createEvent({ id: 'night', timezone: 'Europe/Warsaw', start, end, summary: 'Night' });
    const text = calendar.toString();
    expect(text).toContain(vtimezone('Europe/Warsaw', window2027));
    const event = parseFeed(text).events[0];
    expect(event?.start).toMatchObject({ tzid: 'Europe/Warsaw', raw: '20271030T220000' });
    expect(event?.start.instant).toBe(Date.parse('2027-10-30T20:00Z'));
    expect(event?.end.instant).toBe(Date.parse('2027-10-31T05:00Z'));
    // The calendar has no zone of its own, so DTSTAMP stays in UTC.
    expect(event?.dtstamp).toMatch(/Z$/);
  });

  it('gives nothing for a name that is not a zone', () => {
    expect(vtimezoneGenerator(window2027).generator?.('Nowhere/Atlantis')).toBeNull();
  });
});

// Zones chosen for their quirks: both hemispheres, 30/45-minute offsets and DST steps, changes
// at midnight, a rule-less zone with irregular changes (Casablanca), and no DST at all.
const zones = [
  'Europe/Warsaw',
  'America/New_York',
  'Europe/London',
  'Europe/Dublin',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/Santiago',
  'America/St_Johns',
  'Asia/Jerusalem',
  'Africa/Casablanca',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'America/Sao_Paulo',
  'America/Mexico_City',
  'Pacific/Apia',
  'UTC',
];

const withoutDst = new Set([
  'UTC',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'America/Sao_Paulo',
  'America/Mexico_City',
  'Pacific/Apia',
]);
const withDst = new Set(zones.filter((zone) => !withoutDst.has(zone)));

describe('Africa/Casablanca, whose changes follow no yearly rule', () => {
  it('gets one observance per change instead of an RRULE', () => {
    const lines = unfoldedLines('Africa/Casablanca');
    expect(lines.some((l) => l.startsWith('RRULE'))).toBe(false);
    expect(lines.filter((l) => l.startsWith('DTSTART')).length).toBeGreaterThan(2);
  });
});

describe.each(zones)('VTIMEZONE %s read back by ical.js', (zone) => {
  const feed = parseFeed(asCalendar(zone));

  // A client reads DTSTART;TZID=… as a wall time in the VTIMEZONE: every wall time we could
  // write must come back as the instant it was written for. Ambiguous wall times (the hour
  // the clocks go back) are never written with a TZID, so they are skipped here.
  function mismatchesAt(instants: number[]): string[] {
    const mismatches: string[] = [];
    for (const instant of instants) {
      if (oracleAmbiguous(zone, instant)) continue;
      const wall = oracleWall(zone, instant);
      const read = instantOfWall(feed, zone, wall);
      if (read !== instant) {
        mismatches.push(
          `${new Date(instant).toISOString()} (${wall}) read as ${new Date(read).toISOString()}`,
        );
      }
    }
    return mismatches;
  }

  it('maps wall times back to their instants every 6 hours across the window', () => {
    const instants: number[] = [];
    for (let t = window2027.start.getTime(); t < window2027.end.getTime(); t += 6 * HOUR) {
      instants.push(t);
    }
    expect(mismatchesAt(instants)).toEqual([]);
  });

  it('maps wall times back one minute either side of every change', () => {
    const instants: number[] = [];
    const step = 30 * 60_000;
    let previous = intlOffsetMinutes(zone, window2027.start.getTime());
    for (let t = window2027.start.getTime(); t < window2027.end.getTime(); t += step) {
      const offset = intlOffsetMinutes(zone, t);
      if (offset === previous) continue;
      previous = offset;
      let change = t - step;
      while (intlOffsetMinutes(zone, change) !== offset) change += 60_000;
      instants.push(change - 60_000, change, change + 60_000);
    }
    expect(instants.length > 0).toBe(withDst.has(zone));
    expect(mismatchesAt(instants)).toEqual([]);
  });
});
