/**
 * Test support: reads feeds back with ical.js, an independent parser, so that the specs compare
 * what a client would compute with what we meant. Times in a TZID are resolved through the
 * feed's own VTIMEZONE (ical.js's time-zone service is left empty), so they check it too.
 */
import ICAL from 'ical.js';

export interface ParsedTime {
  /** `YYYY-MM-DD` for DATE values. */
  date?: string;
  /** The instant, for DATE-TIME values. */
  instant?: number;
  /** The TZID parameter, if any. */
  tzid?: string;
  /** The raw value as written (`20270327T220000`, `20270328`, `…Z`). */
  raw: string;
}

export interface ParsedEvent {
  uid: string;
  summary: string;
  sequence: number;
  status: string;
  transp: string;
  dtstamp: string;
  start: ParsedTime;
  end: ParsedTime;
  properties: string[];
}

export interface ParsedFeed {
  calendar: ICAL.Component;
  events: ParsedEvent[];
  vtimezones: string[];
  /** Names of the VCALENDAR's own properties. */
  properties: string[];
}

export function parseFeed(text: string): ParsedFeed {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vtimezones = calendar
    .getAllSubcomponents('vtimezone')
    .map((zone) => String(zone.getFirstPropertyValue('tzid')));
  const events = calendar.getAllSubcomponents('vevent').map((event) => {
    const text = (name: string) => String(event.getFirstPropertyValue(name) ?? '');
    return {
      uid: text('uid'),
      summary: text('summary'),
      sequence: Number(event.getFirstPropertyValue('sequence')),
      status: text('status'),
      transp: text('transp'),
      dtstamp: rawValue(event, 'dtstamp'),
      start: readTime(event, 'dtstart'),
      end: readTime(event, 'dtend'),
      properties: event.getAllProperties().map((p) => p.name.toUpperCase()),
    };
  });
  return {
    calendar,
    events,
    vtimezones,
    properties: calendar.getAllProperties().map((p) => p.name.toUpperCase()),
  };
}

function rawValue(event: ICAL.Component, name: string): string {
  const property = event.getFirstProperty(name);
  if (!property) throw new Error(`missing ${name}`);
  return property.toICALString().replace(/^[^:]*:/, '');
}

function readTime(event: ICAL.Component, name: string): ParsedTime {
  const property = event.getFirstProperty(name);
  if (!property) throw new Error(`missing ${name}`);
  const time = property.getFirstValue() as ICAL.Time;
  const tzidParam = property.getParameter('tzid');
  const tzid = typeof tzidParam === 'string' ? tzidParam : undefined;
  const raw = rawValue(event, name);
  if (time.isDate) {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    return { date: `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`, raw };
  }
  if (tzid !== undefined) {
    // Resolved from the feed's VTIMEZONE, not from anything ical.js knows by itself.
    if (!time.zone?.component || time.zone.tzid !== tzid) {
      throw new Error(`${name}: TZID ${tzid} did not resolve to the feed's VTIMEZONE`);
    }
  } else if (!raw.endsWith('Z')) {
    throw new Error(`${name}: floating time ${raw}`);
  }
  return { instant: time.toUnixTime() * 1000, ...(tzid ? { tzid } : {}), raw };
}

/** Every TZID parameter used anywhere in the feed. */
export function tzidsUsed(feed: ParsedFeed): Set<string> {
  const used = new Set<string>();
  for (const event of feed.calendar.getAllSubcomponents('vevent')) {
    for (const property of event.getAllProperties()) {
      const tzid = property.getParameter('tzid');
      if (typeof tzid === 'string') used.add(tzid);
    }
  }
  return used;
}

/**
 * The instant ical.js gives a local wall time (`YYYY-MM-DDTHH:MM:SS`) in the feed's VTIMEZONE
 * `tzid` — the way a client reads `DTSTART;TZID=…`.
 */
export function instantOfWall(feed: ParsedFeed, tzid: string, wall: string): number {
  const time = ICAL.Time.fromDateTimeString(wall);
  time.zone = feedTimezone(feed, tzid);
  return time.toUnixTime() * 1000;
}

const timezones = new WeakMap<ParsedFeed, Map<string, ICAL.Timezone>>();

function feedTimezone(feed: ParsedFeed, tzid: string): ICAL.Timezone {
  let byId = timezones.get(feed);
  if (!byId) {
    byId = new Map();
    timezones.set(feed, byId);
  }
  let zone = byId.get(tzid);
  if (!zone) {
    const component = feed.calendar
      .getAllSubcomponents('vtimezone')
      .find((vtimezone) => vtimezone.getFirstPropertyValue('tzid') === tzid);
    if (!component) throw new Error(`no VTIMEZONE ${tzid}`);
    zone = new ICAL.Timezone({ component, tzid });
    byId.set(tzid, zone);
  }
  return zone;
}

const wallFormats = new Map<string, Intl.DateTimeFormat>();

/** The local wall time of an instant from Intl (`YYYY-MM-DDTHH:MM:SS`) — the test oracle. */
export function oracleWall(zone: string, instant: number): string {
  let format = wallFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('sv-SE', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    wallFormats.set(zone, format);
  }
  return format.format(instant).replace(' ', 'T');
}

/** Whether another instant within a day has the same wall time (the hour clocks go back). */
export function oracleAmbiguous(zone: string, instant: number): boolean {
  const wall = oracleWall(zone, instant);
  const asUtc = Date.parse(`${wall}Z`);
  const day = 86_400_000;
  return [instant - day, instant + day].some((probe) => {
    const candidate = asUtc - intlOffsetMinutes(zone, probe) * 60_000;
    return candidate !== instant && oracleWall(zone, candidate) === wall;
  });
}

const oracleFormats = new Map<string, Intl.DateTimeFormat>();

export function intlOffsetMinutes(zone: string, instant: number): number {
  let format = oracleFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'longOffset' });
    oracleFormats.set(zone, format);
  }
  const parts = format.formatToParts(instant);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT(?:([+\-−])(\d{2}):(\d{2}))?$/.exec(name);
  if (!match) throw new Error(`unexpected offset ${name}`);
  if (!match[1]) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '+' ? minutes : -minutes;
}

/** Raw physical lines of a feed (split on CRLF, without the final empty string). */
export function physicalLines(text: string): string[] {
  const lines = text.split('\r\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}
