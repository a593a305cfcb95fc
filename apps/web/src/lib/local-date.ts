/**
 * Calendar dates as the API sends them: `YYYY-MM-DD` strings with no zone. Arithmetic works on
 * the parts (a day number since 1970-01-01 in the proleptic Gregorian calendar), never on a Date
 * in the browser's zone, so a manager in New York sees the same Monday as one in Warsaw.
 */

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export function parseLocalDate(value: string): DateParts | null {
  const match = LOCAL_DATE.exec(value);
  if (!match) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (parts.month < 1 || parts.month > 12 || parts.day < 1) return null;
  if (parts.day > daysInMonth(parts.year, parts.month)) return null;
  return parts;
}

export function isLocalDate(value: unknown): value is string {
  return typeof value === 'string' && parseLocalDate(value) !== null;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Days since 1970-01-01 (H. Hinnant's `days_from_civil`). */
function dayNumber({ year, month, day }: DateParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(days: number): DateParts {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatParts({ year, month, day }: DateParts): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function mustParse(date: string): DateParts {
  const parts = parseLocalDate(date);
  if (!parts) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return parts;
}

export function addDays(date: string, days: number): string {
  return formatParts(fromDayNumber(dayNumber(mustParse(date)) + days));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(mustParse(to)) - dayNumber(mustParse(from));
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  // 1970-01-01 was a Thursday (4).
  const n = dayNumber(mustParse(date));
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of the ISO week holding `date`. */
export function startOfIsoWeek(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

export function startOfMonth(date: string): string {
  const { year, month } = mustParse(date);
  return formatParts({ year, month, day: 1 });
}

/** The first day of the month `months` after the month holding `date`. */
export function addMonths(date: string, months: number): string {
  const { year, month } = mustParse(date);
  const index = year * 12 + (month - 1) + months;
  return formatParts({ year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 });
}

/** Every date from `from` up to, not including, `to`. */
export function eachDate(from: string, to: string): string[] {
  const out: string[] = [];
  for (let date = from; date < to; date = addDays(date, 1)) out.push(date);
  return out;
}

/** Today's date on the wall calendar of `timeZone` (the team's), not the browser's. */
export function todayInZone(timeZone: string, now: number = Date.now()): string {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(now);
  } catch {
    parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'UTC',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(now);
  }
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return formatParts({ year: get('year'), month: get('month'), day: get('day') });
}

/**
 * A Date standing for the calendar date, to be formatted only with `timeZone: 'UTC'`: noon UTC of
 * that date, which every formatter in UTC names as that very date.
 */
function calendarDate(date: string): Date {
  const { year, month, day } = mustParse(date);
  const at = new Date(Date.UTC(2000, month - 1, day, 12));
  at.setUTCFullYear(year);
  return at;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/** A calendar date in the UI language, e.g. `{ weekday: 'short', day: 'numeric' }` → `Tue 4`. */
export function formatLocalDate(
  date: string,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  if (!isLocalDate(date)) return date;
  return formatter(locale, options).format(calendarDate(date));
}

/** `from` … the day before `to` (exclusive end), e.g. `3–9 Mar 2025`. */
export function formatDateRange(from: string, to: string, locale: string): string {
  if (!isLocalDate(from) || !isLocalDate(to)) return `${from} – ${to}`;
  const last = addDays(to, -1);
  const format = formatter(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  if (last <= from) return format.format(calendarDate(from));
  return format.formatRange(calendarDate(from), calendarDate(last));
}

/**
 * The inclusive dates `first` … `last` (leave), with weekdays: `Mon, May 3 – Fri, May 7, 2027`,
 * or one date when they are the same.
 */
export function formatDateSpan(first: string, last: string, locale: string): string {
  if (!isLocalDate(first) || !isLocalDate(last)) return `${first} – ${last}`;
  const format = formatter(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  if (last <= first) return format.format(calendarDate(first));
  return format.formatRange(calendarDate(first), calendarDate(last));
}

/**
 * An interval of local stamps (`YYYY-MM-DDTHH:mm`, the team's wall clock) as text:
 * `Mon, May 3 08:00–16:00`, or `Mon, May 3 22:00 – Tue, May 4 06:00` across midnight. The times
 * are shown as sent, never converted through a zone; an interval ending at midnight stays on
 * its date (`20:00–24:00`).
 */
export function formatLocalStampRange(
  startLocal: string,
  endLocal: string,
  locale: string,
): string {
  const startDate = startLocal.slice(0, 10);
  const endDate = endLocal.slice(0, 10);
  const startTime = startLocal.slice(11, 16);
  const endTime = endLocal.slice(11, 16);
  const day = (date: string) =>
    formatLocalDate(date, locale, { weekday: 'short', day: 'numeric', month: 'short' });
  if (endDate === startDate) return `${day(startDate)} ${startTime}–${endTime}`;
  if (isLocalDate(startDate) && addDays(startDate, 1) === endDate && endTime === '00:00')
    return `${day(startDate)} ${startTime}–24:00`;
  return `${day(startDate)} ${startTime} – ${day(endDate)} ${endTime}`;
}
