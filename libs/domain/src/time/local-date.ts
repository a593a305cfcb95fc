import { DomainError, type FieldError } from '../errors.js';

/**
 * A calendar date without a zone, 'YYYY-MM-DD'. Leave, roster dates and rule validity are local
 * dates; they are never converted through UTC. Arithmetic here uses day numbers (days since
 * 1970-01-01 in the proleptic Gregorian calendar), so the process time zone never matters.
 */
export type LocalDate = string;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_YEAR = 1000;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Why `value` is not a LocalDate, or null when it is one. */
export function localDateProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'must be a date string YYYY-MM-DD';
  const match = LOCAL_DATE.exec(value);
  if (!match) return `must be a date YYYY-MM-DD, got ${JSON.stringify(value.slice(0, 40))}`;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < MIN_YEAR) return `year must be ${MIN_YEAR} or later`;
  if (month < 1 || month > 12) return `month ${match[2]} does not exist`;
  if (day < 1 || day > daysInMonth(year, month)) return `${value} does not exist`;
  return null;
}

export function isLocalDate(value: unknown): value is LocalDate {
  return localDateProblem(value) === null;
}

/** Returns the date or throws VALIDATION_FAILED naming `field`. */
export function parseLocalDate(value: unknown, field = 'date'): LocalDate {
  const problem = localDateProblem(value);
  if (problem !== null) throw DomainError.validation([{ field, reason: problem }]);
  return value as LocalDate;
}

/** Pushes a field error when `value` is not a LocalDate; returns whether it is one. */
export function checkLocalDate(value: unknown, field: string, errors: FieldError[]): boolean {
  const problem = localDateProblem(value);
  if (problem !== null) errors.push({ field, reason: problem });
  return problem === null;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil); no Date object, no zone. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilFromDays(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
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

/** Day number of a LocalDate that is already known to be valid. */
export function toDayNumber(date: LocalDate): number {
  return daysFromCivil(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)),
    Number(date.slice(8, 10)),
  );
}

export function formatLocalDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

export function fromDayNumber(dayNumber: number): LocalDate {
  const { year, month, day } = civilFromDays(dayNumber);
  return formatLocalDate(year, month, day);
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 1970-01-01 was a Thursday (ISO 4). */
export function isoWeekdayOfDayNumber(dayNumber: number): IsoWeekday {
  return (((((dayNumber + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

export function isoWeekday(date: LocalDate): IsoWeekday {
  return isoWeekdayOfDayNumber(toDayNumber(date));
}

/** Every date in the half-open range [from, toExclusive). */
export function eachDate(from: LocalDate, toExclusive: LocalDate): LocalDate[] {
  const dates: LocalDate[] = [];
  const end = toDayNumber(toExclusive);
  for (let n = toDayNumber(from); n < end; n++) dates.push(fromDayNumber(n));
  return dates;
}

export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  // Zero-padded ISO dates order lexicographically.
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minLocalDate(a: LocalDate, b: LocalDate): LocalDate {
  return a <= b ? a : b;
}

export function maxLocalDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}
