import { type CivilDate } from './local-date.js';

/**
 * Offsets of IANA zones, read from the runtime's tz database through Intl and tabulated per
 * zone and UTC year (the transitions of one year cost ~370 Intl calls, ~1.5 ms, once per
 * process). Event times and the VTIMEZONE blocks both come from these tables, so a feed's
 * local times and its zone definitions cannot disagree. Nothing here reads the process zone.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
/** Feeds cover working years; the bound keeps the per-year tables finite. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;
const MIN_MS = Date.UTC(MIN_YEAR, 0, 1);
const MAX_MS = Date.UTC(MAX_YEAR + 1, 0, 1);

// IANA names are letters, digits and "/_+-"; this also keeps TZID parameters free of the
// characters (";", ":", ",", quotes) that would need quoting or could inject parameters.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/;

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const validZones = new Set<string>();

export interface Transition {
  /** The first instant (ms) with the new offset. */
  at: number;
  /** Offsets in minutes east of UTC before and after. */
  from: number;
  to: number;
}

interface YearTable {
  /** Offset at 1 January 00:00 UTC. */
  initial: number;
  transitions: Transition[];
}

const tables = new Map<string, Map<number, YearTable>>();

export function isValidZone(zone: unknown): zone is string {
  if (typeof zone !== 'string') return false;
  if (validZones.has(zone)) return true;
  if (zone.length > 64 || !ZONE_NAME.test(zone)) return false;
  try {
    offsetFormat(zone);
  } catch {
    return false;
  }
  validZones.add(zone);
  return true;
}

/** Whether the instant lies in the years the tables serve. */
export function isSupportedInstant(ms: number): boolean {
  return Number.isFinite(ms) && ms >= MIN_MS && ms < MAX_MS;
}

function offsetFormat(zone: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormats.set(zone, format);
  }
  return format;
}

/** The offset at an instant straight from Intl (slow path, used to build the tables). */
function intlOffset(zone: string, ms: number): number {
  const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of offsetFormat(zone).formatToParts(ms)) {
    if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value);
  }
  const wall = Date.UTC(
    fields.year,
    fields.month - 1,
    fields.day,
    fields.hour,
    fields.minute,
    fields.second,
  );
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / MINUTE);
}

function yearTable(zone: string, year: number): YearTable {
  let years = tables.get(zone);
  if (!years) {
    years = new Map();
    tables.set(zone, years);
  }
  let table = years.get(year);
  if (!table) {
    table = scanYear(zone, year);
    years.set(year, table);
  }
  return table;
}

/**
 * Samples the offset daily and bisects each change to the minute. A change and its reversal
 * within one day would be missed; no zone has had such a pair since the tables' first year.
 */
function scanYear(zone: string, year: number): YearTable {
  const end = Date.UTC(year + 1, 0, 1);
  let t = Date.UTC(year, 0, 1);
  let previous = intlOffset(zone, t);
  const table: YearTable = { initial: previous, transitions: [] };
  while (t < end) {
    const next = Math.min(t + DAY, end);
    const offset = intlOffset(zone, next);
    if (offset === previous) {
      t = next;
      continue;
    }
    let lo = t;
    let hi = next;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / (2 * MINUTE)) * MINUTE;
      if (intlOffset(zone, mid) === previous) lo = mid;
      else hi = mid;
    }
    const to = intlOffset(zone, hi);
    table.transitions.push({ at: hi, from: previous, to });
    previous = to;
    t = hi;
  }
  return table;
}

// The last year looked up: a feed asks about instants of the same year many times in a row.
let lastYear = { year: 0, from: 0, to: 0 };

function utcYear(ms: number): number {
  if (ms >= lastYear.from && ms < lastYear.to) return lastYear.year;
  const year = new Date(ms).getUTCFullYear();
  lastYear = { year, from: Date.UTC(year, 0, 1), to: Date.UTC(year + 1, 0, 1) };
  return year;
}

/** Offset in minutes east of UTC at the instant. */
export function offsetAt(zone: string, ms: number): number {
  const table = yearTable(zone, utcYear(ms));
  let offset = table.initial;
  for (const transition of table.transitions) {
    if (transition.at > ms) break;
    offset = transition.to;
  }
  return offset;
}

/** Transitions with `start < at <= end`, in order. */
export function transitionsBetween(zone: string, start: number, end: number): Transition[] {
  const found: Transition[] = [];
  for (let year = utcYear(start); year <= utcYear(end); year++) {
    for (const transition of yearTable(zone, year).transitions) {
      if (transition.at > start && transition.at <= end) found.push(transition);
    }
  }
  return found;
}

/**
 * Whether the instant's local wall time occurs twice (the hour the clocks go back), in either
 * of its passes. RFC 5545 §3.3.5 reads such a local time as its first occurrence, but clients
 * differ (ical.js takes the second), so these instants are written in UTC to stay exact.
 */
export function isAmbiguousWallTime(zone: string, ms: number): boolean {
  const year = utcYear(ms);
  if (inRepeatedSpan(yearTable(zone, year).transitions, ms)) return true;
  // A change just across New Year lives in the neighbouring year's table.
  if (
    ms - Date.UTC(year, 0, 1) < DAY &&
    inRepeatedSpan(yearTable(zone, year - 1).transitions, ms)
  ) {
    return true;
  }
  return (
    Date.UTC(year + 1, 0, 1) - ms <= DAY &&
    inRepeatedSpan(yearTable(zone, year + 1).transitions, ms)
  );
}

function inRepeatedSpan(transitions: readonly Transition[], ms: number): boolean {
  return transitions.some((t) => {
    if (t.from <= t.to) return false;
    const repeated = (t.from - t.to) * MINUTE;
    return ms >= t.at - repeated && ms < t.at + repeated;
  });
}

export interface WallTime extends CivilDate {
  hour: number;
  minute: number;
  second: number;
}

/** The local wall-clock fields of an instant in a zone. */
export function wallTime(zone: string, ms: number): WallTime {
  return wallAtOffset(ms, offsetAt(zone, ms));
}

/** The wall-clock fields of an instant at a fixed offset (minutes east of UTC). */
export function wallAtOffset(ms: number, offsetMinutes: number): WallTime {
  const shifted = new Date(ms + offsetMinutes * MINUTE);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** `YYYYMMDDTHHMMSS`, the RFC 5545 local DATE-TIME form. */
export function icalLocalDateTime(wall: WallTime): string {
  return (
    `${pad(wall.year, 4)}${pad(wall.month)}${pad(wall.day)}` +
    `T${pad(wall.hour)}${pad(wall.minute)}${pad(wall.second)}`
  );
}

/** `YYYYMMDDTHHMMSSZ`, the RFC 5545 UTC DATE-TIME form. */
export function icalUtcDateTime(ms: number): string {
  return `${icalLocalDateTime(wallAtOffset(ms, 0))}Z`;
}

/** `+0100`, `-0330`: a UTC-OFFSET value. */
export function icalOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

const nameFormats = new Map<string, Intl.DateTimeFormat>();

function shortName(zone: string, locale: string, ms: number): string {
  const key = `${locale} ${zone}`;
  let format = nameFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' });
    nameFormats.set(key, format);
  }
  return format.formatToParts(ms).find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/**
 * A TZNAME for the offset in force at the instant: "EST", "CEST", or the tz database's numeric
 * style ("+0530") where CLDR has no abbreviation. Informational only; clients use the offsets.
 */
export function zoneAbbreviation(zone: string, ms: number): string {
  const numeric = /^(?:GMT|UTC)[+\-−]/;
  for (const locale of ['en-US', 'en-GB']) {
    const name = shortName(zone, locale, ms);
    if (name && !numeric.test(name)) return name;
  }
  const offset = icalOffset(offsetAt(zone, ms));
  return offset.endsWith('00') ? offset.slice(0, 3) : offset;
}
