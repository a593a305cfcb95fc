import { DomainError } from '../errors.js';
import {
  addDays,
  daysBetween,
  isoWeekday,
  type IsoWeekday,
  type LocalDate,
} from '../time/local-date.js';
import type { LeaveDates } from './leave.js';

/** What a leave costs against the allowance, split by calendar year. */
export interface LeaveCost {
  days: number;
  byYear: { year: number; days: number }[];
}

/**
 * Counts a leave on the employee's working weekdays, skipping public holidays; a half day is
 * 0.5. A leave across New Year is split between the two years, each charged to its own balance.
 */
export function leaveCost(
  leave: LeaveDates,
  workingWeekdays: readonly IsoWeekday[],
  holidays: ReadonlySet<LocalDate>,
): LeaveCost {
  const working = new Set(workingWeekdays);
  const perDay = leave.half ? 0.5 : 1;
  const byYear = new Map<number, number>();
  for (let date = leave.from; date < leave.to; date = addDays(date, 1)) {
    if (!working.has(isoWeekday(date)) || holidays.has(date)) continue;
    const year = Number(date.slice(0, 4));
    byYear.set(year, (byYear.get(year) ?? 0) + perDay);
  }
  const years = [...byYear].sort((a, b) => a[0] - b[0]).map(([year, days]) => ({ year, days }));
  return { days: years.reduce((sum, y) => sum + y.days, 0), byYear: years };
}

/**
 * The allowance for `year`, pro rata for the part of the year employed: joiners and leavers
 * get the share of days they are employed, rounded up to the next half day (in the employee's
 * favour, as most policies do).
 */
export function proRataAllowance(
  annualDays: number,
  year: number,
  employmentStart: LocalDate | null,
  employmentEnd: LocalDate | null,
): number {
  if (!Number.isFinite(annualDays) || annualDays < 0) {
    throw DomainError.validation([
      { field: 'annualLeaveDays', reason: 'must be a number of days ≥ 0' },
    ]);
  }
  const yearStart = `${year}-01-01`;
  const nextYear = `${year + 1}-01-01`;
  const from = employmentStart && employmentStart > yearStart ? employmentStart : yearStart;
  const to =
    employmentEnd && addDays(employmentEnd, 1) < nextYear ? addDays(employmentEnd, 1) : nextYear;
  const employed = Math.max(0, daysBetween(from, to));
  const share = employed / daysBetween(yearStart, nextYear);
  return Math.ceil(annualDays * share * 2) / 2;
}

/** What moves into the next year: the unused balance, never negative, at most the cap. */
export function carryOverDays(balance: number, cap: number): number {
  return Math.min(Math.max(0, balance), Math.max(0, cap));
}
