import { DomainError } from '../errors.js';
import {
  civilFromDays,
  formatLocalDate,
  toDayNumber,
  type IsoWeekday,
  isoWeekdayOfDayNumber,
  type LocalDate,
} from './local-date.js';
import { formatLocalTime, minutesOfDay, type LocalTime } from './local-time.js';
import { isValidTimeZone } from './zone.js';

const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/**
 * Zone offsets come from the runtime's ICU tz data through Intl, with one cached formatter per
 * zone. The process zone (`TZ`) is never consulted: only `Date#getTime` and explicit zones.
 */
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = offsetFormatters.get(zone);
  if (!formatter) {
    if (!isValidTimeZone(zone)) {
      throw DomainError.validation([
        { field: 'zone', reason: `unknown time zone ${JSON.stringify(zone)}` },
      ]);
    }
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormatters.set(zone, formatter);
  }
  return formatter;
}

const OFFSET = /GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?/;

function isUtc(zone: string): boolean {
  return zone === 'UTC' || zone === 'Etc/UTC';
}

/** Offset of `zone` from UTC at the instant `epochMs`, in ms (wall time = instant + offset). */
export function zoneOffsetMs(zone: string, epochMs: number): number {
  if (isUtc(zone)) return 0;
  const text = offsetFormatter(zone).format(epochMs);
  const match = OFFSET.exec(text);
  if (!match || match[1] === undefined) return 0;
  const magnitude =
    Number(match[2]) * 3_600_000 + Number(match[3]) * MINUTE_MS + Number(match[4] ?? 0) * 1000;
  return match[1] === '-' ? -magnitude : magnitude;
}

/** A local date and time read as if it were UTC: the "UTC fields = wall time" representation. */
export function wallMs(date: LocalDate, time: LocalTime): number {
  return toDayNumber(date) * DAY_MS + minutesOfDay(time) * MINUTE_MS;
}

// Results are pure functions of (zone, date, time), so a bounded memo is safe and keeps
// expansion of thousands of shifts away from Intl.
const instantMemo = new Map<string, number>();
const MEMO_LIMIT = 100_000;

/** Forgets memoised instants (for benchmarks that want the uncached path). */
export function clearInstantMemo(): void {
  instantMemo.clear();
}

/**
 * The instant at which the wall clock in `zone` shows `date` `time`.
 *
 * DST policy (DESIGN §3), decided here and nowhere else:
 * - a local time that does not exist (spring forward) moves to the first valid instant after the
 *   gap, i.e. the transition itself: 02:30 on 2027-03-14 in New York → 03:00 EDT (07:00Z);
 * - an ambiguous local time (fall back) means its first occurrence: 01:30 on 2027-11-07 in New
 *   York → 01:30 EDT (05:30Z), not 01:30 EST.
 */
export function localToInstant(date: LocalDate, time: LocalTime, zone: string): Date {
  return new Date(localToEpochMs(date, time, zone));
}

export function localToEpochMs(date: LocalDate, time: LocalTime, zone: string): number {
  if (isUtc(zone)) return wallMs(date, time);
  const key = `${zone} ${date} ${time}`;
  const known = instantMemo.get(key);
  if (known !== undefined) return known;
  const result = wallToEpochMs(wallMs(date, time), zone);
  if (instantMemo.size >= MEMO_LIMIT) instantMemo.clear();
  instantMemo.set(key, result);
  return result;
}

/** Resolves a wall time (UTC-fields representation) to an instant under the DST policy above. */
export function wallToEpochMs(wall: number, zone: string): number {
  // Offsets a day either side bracket any single transition near this wall time.
  const offsetBefore = zoneOffsetMs(zone, wall - DAY_MS);
  const offsetAfter = zoneOffsetMs(zone, wall + DAY_MS);
  // No transition within a day either side (the common case): the wall time exists once.
  if (offsetBefore === offsetAfter) return wall - offsetBefore;
  const early = wall - offsetBefore;
  const late = wall - offsetAfter;
  const earlyValid = zoneOffsetMs(zone, early) === offsetBefore;
  const lateValid = zoneOffsetMs(zone, late) === offsetAfter;
  // Ambiguous (both valid): the first occurrence is the smaller instant.
  if (earlyValid && lateValid) return Math.min(early, late);
  if (earlyValid) return early;
  if (lateValid) return late;
  // Neither offset gives this wall time: it falls in a gap. The first valid instant after the
  // gap is the transition, found by bisection to the second.
  return transitionBetween(zone, Math.min(early, late), Math.max(early, late), offsetAfter);
}

function transitionBetween(zone: string, from: number, to: number, offsetAfter: number): number {
  let lo = Math.floor(from / 1000) * 1000;
  let hi = Math.ceil(to / 1000) * 1000;
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2000) * 1000;
    if (zoneOffsetMs(zone, mid) === offsetAfter) hi = mid;
    else lo = mid;
  }
  return hi;
}

export interface LocalDateTime {
  date: LocalDate;
  /** Wall time rounded down to the minute. */
  time: LocalTime;
  weekday: IsoWeekday;
  /** Offset from UTC in minutes at that instant (e.g. 120 for CEST). */
  offsetMinutes: number;
}

/** What the wall clock in `zone` shows at `instant`. */
export function instantToLocal(instant: Date | number, zone: string): LocalDateTime {
  const epochMs = typeof instant === 'number' ? instant : instant.getTime();
  const offset = zoneOffsetMs(zone, epochMs);
  const wall = epochMs + offset;
  const dayNumber = Math.floor(wall / DAY_MS);
  const { year, month, day } = civilFromDays(dayNumber);
  const minutes = Math.floor((wall - dayNumber * DAY_MS) / MINUTE_MS);
  return {
    date: formatLocalDate(year, month, day),
    time: formatLocalTime(minutes),
    weekday: isoWeekdayOfDayNumber(dayNumber),
    offsetMinutes: Math.round(offset / MINUTE_MS),
  };
}

/** Local midnight that starts `date` in `zone` (its first valid instant under the DST policy). */
export function startOfLocalDay(date: LocalDate, zone: string): Date {
  return localToInstant(date, '00:00', zone);
}
