/**
 * Civil dates as plain year/month/day numbers. Leave is dates, not instants (DESIGN §3): the
 * exclusive DTEND of an all-day event is the next calendar day, computed here without any
 * Date, so neither the process zone nor UTC can shift it.
 */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Parses `YYYY-MM-DD`; null unless it names a real calendar date. */
export function parseLocalDate(value: unknown): CivilDate | null {
  if (typeof value !== 'string') return null;
  const match = LOCAL_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function nextDay({ year, month, day }: CivilDate): CivilDate {
  if (day < daysInMonth(year, month)) return { year, month, day: day + 1 };
  if (month < 12) return { year, month: month + 1, day: 1 };
  return { year: year + 1, month: 1, day: 1 };
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Days from `a` to `b` (proleptic Gregorian day numbers; no zone involved). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** Weekday, 0 = Sunday … 6 = Saturday. */
export function weekday(date: CivilDate): number {
  // Day 0 of dayNumber is 1970-01-01, a Thursday.
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil). */
function dayNumber({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** `YYYYMMDD`, the RFC 5545 DATE form. */
export function icalDate({ year, month, day }: CivilDate): string {
  return `${pad(year, 4)}${pad(month)}${pad(day)}`;
}

export function isoDate({ year, month, day }: CivilDate): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}
