import { DomainError, type FieldError } from '../errors.js';
import {
  checkLocalDate,
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  fromDayNumber,
  isLeapYear,
  isoWeekdayOfDayNumber,
  toDayNumber,
  type LocalDate,
} from '../time/local-date.js';
import { checkLocalTime, minutesOfDay, type LocalTime } from '../time/local-time.js';
import { assertDateWindow } from '../time/window.js';
import { isValidTimeZone } from '../time/zone.js';
import { DAY_MS, zoneOffsetMs } from '../time/zoned.js';
import { parseRecurrence } from './parse-recurrence.js';
import type { Recurrence, WeekdayRule } from './recurrence.js';

export const DEFAULT_MAX_OCCURRENCES = 10_000;

/**
 * Days a COUNT rule may scan from its anchor to reach the window (~550 years of DAILY): keeps
 * a sparse rule with an ancient anchor from tying up the process.
 */
const SCAN_BUDGET_DAYS = 200_000;

export interface ExpandOptions {
  /** More occurrences than this in the window → TOO_MANY_OCCURRENCES. */
  maxOccurrences?: number;
  /** Local start time of each occurrence; only matters for an UNTIL with a time. */
  startTime?: LocalTime;
  /** Field named in errors (default 'recurrence'). */
  field?: string;
}

/**
 * The local dates in [windowFrom, windowToExclusive) on which `rule` occurs, counting from
 * `anchorDate` (DTSTART; an anchor that does not match the rule is not itself an occurrence, as
 * in rrule). Expansion happens on local dates of the rule's own zone, so the weekday of BYDAY is
 * the weekday where the rule lives whatever the process TZ; the caller turns each date and its
 * local time into an instant with `localToInstant`.
 *
 * This is our own expander rather than rrule's iterator: rrule keeps iterating to the year 9999
 * when a rule stops matching (we measured 8.4 s for FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30), while
 * this one only visits the periods that touch the window. The spec checks it against rrule.
 */
export function expandDates(
  rule: Recurrence | string,
  anchorDate: LocalDate,
  windowFrom: LocalDate,
  windowToExclusive: LocalDate,
  zone: string,
  options: ExpandOptions = {},
): LocalDate[] {
  const field = options.field ?? 'recurrence';
  const recurrence = typeof rule === 'string' ? parseRecurrence(rule, field) : rule;
  assertExpansionInput(anchorDate, zone, options.startTime);
  assertDateWindow({ from: windowFrom, to: windowToExclusive });
  return expandDayNumbers(
    recurrence,
    toDayNumber(anchorDate),
    toDayNumber(windowFrom),
    toDayNumber(windowToExclusive),
    {
      zone,
      startMinutes: minutesOfDay(options.startTime ?? '00:00'),
      maxOccurrences: options.maxOccurrences ?? DEFAULT_MAX_OCCURRENCES,
      field,
    },
  ).map(fromDayNumber);
}

function assertExpansionInput(anchorDate: LocalDate, zone: string, startTime?: LocalTime): void {
  const errors: FieldError[] = [];
  checkLocalDate(anchorDate, 'anchorDate', errors);
  if (!isValidTimeZone(zone)) errors.push({ field: 'zone', reason: 'must be an IANA time zone' });
  if (startTime !== undefined) checkLocalTime(startTime, 'startTime', errors);
  if (errors.length > 0) throw DomainError.validation(errors);
}

export interface DayExpansionContext {
  zone: string;
  startMinutes: number;
  maxOccurrences: number;
  field: string;
}

/** Civil fields of one day, advanced in place so that scanning allocates nothing per day. */
class DayCursor {
  dayNumber = 0;
  year = 0;
  month = 0;
  day = 0;
  monthLength = 0;
  yearDay = 0;
  yearLength = 0;
  weekday = 0;

  seek(dayNumber: number): this {
    const { year, month, day } = civilFromDays(dayNumber);
    this.dayNumber = dayNumber;
    this.year = year;
    this.month = month;
    this.day = day;
    this.monthLength = daysInMonth(year, month);
    this.yearDay = dayNumber - daysFromCivil(year, 1, 1) + 1;
    this.yearLength = isLeapYear(year) ? 366 : 365;
    this.weekday = isoWeekdayOfDayNumber(dayNumber);
    return this;
  }

  next(): void {
    this.dayNumber++;
    this.weekday = this.weekday === 7 ? 1 : this.weekday + 1;
    this.yearDay++;
    if (++this.day <= this.monthLength) return;
    this.day = 1;
    if (++this.month > 12) {
      this.month = 1;
      this.year++;
      this.yearDay = 1;
      this.yearLength = isLeapYear(this.year) ? 366 : 365;
    }
    this.monthLength = daysInMonth(this.year, this.month);
  }
}

/** Expansion on day numbers; the caller has validated everything. Sorted ascending. */
export function expandDayNumbers(
  recurrence: Recurrence,
  anchor: number,
  from: number,
  to: number,
  context: DayExpansionContext,
): number[] {
  const matches = dayMatcher(recurrence, new DayCursor().seek(anchor));
  const cursor = new DayCursor().seek(anchor);
  const periods = periodCalendar(recurrence, anchor);
  const lastDay = lastAllowedDay(recurrence, context);
  const afterUntil = untilTest(recurrence, context);
  const result: number[] = [];
  let remaining = recurrence.count ?? Infinity;
  let budget = SCAN_BUDGET_DAYS;
  // Without COUNT, nothing before the window matters: start at the first period that can reach it.
  let p =
    recurrence.count === null
      ? alignUp(Math.max(0, periods.indexOf(Math.max(anchor, from))), recurrence.interval)
      : 0;
  for (; ; p += recurrence.interval) {
    const [start, end] = periods.range(p);
    if (start >= to || start > lastDay) return result;
    budget -= end - start;
    if (budget < 0) throw scanTooLong(context.field);
    const candidates: number[] = [];
    if (cursor.dayNumber !== start) cursor.seek(start);
    for (let n = start; n < end; n++, cursor.next()) if (matches(cursor)) candidates.push(n);
    for (const n of selectPositions(candidates, recurrence.bySetPos)) {
      if (n < anchor) continue;
      if (afterUntil(n)) return result;
      if (n >= from && n < to) {
        if (result.length >= context.maxOccurrences) throw tooMany(context);
        result.push(n);
      }
      if (--remaining <= 0) return result;
    }
  }
}

function alignUp(period: number, interval: number): number {
  return Math.ceil(period / interval) * interval;
}

interface PeriodCalendar {
  /** Index of the period containing `day`, counted from the anchor's period (0). */
  indexOf(day: number): number;
  /** Day numbers [start, end) of period `p`. */
  range(p: number): [number, number];
}

function periodCalendar(r: Recurrence, anchor: number): PeriodCalendar {
  const a = civilFromDays(anchor);
  switch (r.freq) {
    case 'DAILY':
      return { indexOf: (day) => day - anchor, range: (p) => [anchor + p, anchor + p + 1] };
    case 'WEEKLY': {
      const weekStartOf = (day: number) =>
        day - ((isoWeekdayOfDayNumber(day) - r.weekStart + 7) % 7);
      const first = weekStartOf(anchor);
      return {
        indexOf: (day) => (weekStartOf(day) - first) / 7,
        range: (p) => [first + 7 * p, first + 7 * p + 7],
      };
    }
    case 'MONTHLY': {
      const anchorMonth = a.year * 12 + a.month - 1;
      return {
        indexOf: (day) => {
          const c = civilFromDays(day);
          return c.year * 12 + c.month - 1 - anchorMonth;
        },
        range: (p) => {
          const index = anchorMonth + p;
          const year = Math.floor(index / 12);
          const month = index - year * 12 + 1;
          const start = daysFromCivil(year, month, 1);
          return [start, start + daysInMonth(year, month)];
        },
      };
    }
    case 'YEARLY':
      return {
        indexOf: (day) => civilFromDays(day).year - a.year,
        range: (p) => [daysFromCivil(a.year + p, 1, 1), daysFromCivil(a.year + p + 1, 1, 1)],
      };
  }
}

/**
 * Day-level RFC 5545 semantics: within a period every BYxxx part must match (at day granularity
 * "expand" and "limit" select the same days); absent day parts default from the anchor as in
 * RFC 5545 and rrule (WEEKLY → its weekday, MONTHLY → its day, YEARLY → its month and day).
 */
function dayMatcher(r: Recurrence, anchor: DayCursor): (day: DayCursor) => boolean {
  let { byDay, byMonthDay, byMonth } = r;
  if (byDay.length === 0 && byMonthDay.length === 0 && r.byYearDay.length === 0) {
    if (r.freq === 'WEEKLY')
      byDay = [{ weekday: anchor.weekday as WeekdayRule['weekday'], ordinal: 0 }];
    if (r.freq === 'MONTHLY' || r.freq === 'YEARLY') byMonthDay = [anchor.day];
    if (r.freq === 'YEARLY' && byMonth.length === 0) byMonth = [anchor.month];
  }
  const months = new Set(byMonth);
  const monthDays = new Set(byMonthDay);
  const yearDays = new Set(r.byYearDay);
  // Ordinals count within the month for MONTHLY, and for YEARLY when BYMONTH narrows the year.
  const ordinalInMonth = r.freq === 'MONTHLY' || byMonth.length > 0;
  return (f) => {
    if (months.size > 0 && !months.has(f.month)) return false;
    if (monthDays.size > 0 && !monthDays.has(f.day) && !monthDays.has(f.day - f.monthLength - 1)) {
      return false;
    }
    if (
      yearDays.size > 0 &&
      !yearDays.has(f.yearDay) &&
      !yearDays.has(f.yearDay - f.yearLength - 1)
    ) {
      return false;
    }
    if (byDay.length === 0) return true;
    const [position, length] = ordinalInMonth ? [f.day, f.monthLength] : [f.yearDay, f.yearLength];
    const fromStart = Math.floor((position - 1) / 7) + 1;
    const fromEnd = -(Math.floor((length - position) / 7) + 1);
    return byDay.some(
      (d) =>
        d.weekday === f.weekday &&
        (d.ordinal === 0 || d.ordinal === fromStart || d.ordinal === fromEnd),
    );
  };
}

function selectPositions(candidates: number[], bySetPos: number[]): number[] {
  if (bySetPos.length === 0) return candidates;
  const picked = new Set<number>();
  for (const pos of bySetPos) {
    const day = candidates[pos > 0 ? pos - 1 : candidates.length + pos];
    if (day !== undefined) picked.add(day);
  }
  return [...picked].sort((x, y) => x - y);
}

/** The last day on which an occurrence could start, for stopping the period loop early. */
function lastAllowedDay(r: Recurrence, context: DayExpansionContext): number {
  if (r.until === null) return Infinity;
  if (r.until.kind === 'date') return toDayNumber(r.until.date);
  return Math.floor(untilWallMs(r, context) / DAY_MS);
}

/**
 * A UTC UNTIL is compared as the wall time it shows in the rule's zone, like a floating one, so
 * the comparison never depends on the process zone.
 */
function untilWallMs(r: Recurrence, context: DayExpansionContext): number {
  const until = r.until;
  if (until === null || until.kind === 'date') return Infinity;
  if (until.kind === 'local') return until.wallMs;
  return until.epochMs + zoneOffsetMs(context.zone, until.epochMs);
}

function untilTest(r: Recurrence, context: DayExpansionContext): (day: number) => boolean {
  if (r.until === null) return () => false;
  if (r.until.kind === 'date') {
    const last = toDayNumber(r.until.date);
    return (day) => day > last;
  }
  const limit = untilWallMs(r, context);
  const offset = context.startMinutes * 60_000;
  return (day) => day * DAY_MS + offset > limit;
}

function tooMany(context: DayExpansionContext): DomainError {
  const reason = `more than ${context.maxOccurrences} occurrences fall in the window; narrow the window`;
  return new DomainError('TOO_MANY_OCCURRENCES', `${context.field}: ${reason}`, {
    errors: [{ field: context.field, reason }],
    limit: context.maxOccurrences,
  });
}

function scanTooLong(field: string): DomainError {
  return DomainError.withFields('INVALID_RECURRENCE', [
    {
      field,
      reason:
        'a COUNT rule starting this long before the window cannot be expanded; move its start date',
    },
  ]);
}
