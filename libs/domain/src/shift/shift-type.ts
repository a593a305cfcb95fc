import { DomainError, type FieldError } from '../errors.js';
import { addDays, type LocalDate } from '../time/local-date.js';
import { checkLocalTime, minutesOfDay, type LocalTime } from '../time/local-time.js';
import type { Interval } from '../time/interval.js';
import { localToEpochMs } from '../time/zoned.js';

/** A template: local start and end times in the owning team's zone. */
export interface ShiftTypeDef {
  id: string;
  code: string;
  startTime: LocalTime;
  /** End ≤ start means the shift ends on the next day; end = start means 24 hours. */
  endTime: LocalTime;
  requiredSkillIds?: string[];
}

export function shiftTypeProblems(shiftType: ShiftTypeDef, prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  if (typeof shiftType.id !== 'string' || shiftType.id === '') {
    errors.push({ field: `${prefix}id`, reason: 'must be a non-empty string' });
  }
  if (typeof shiftType.code !== 'string' || shiftType.code.trim() === '') {
    errors.push({ field: `${prefix}code`, reason: 'must be a non-empty string' });
  }
  checkLocalTime(shiftType.startTime, `${prefix}startTime`, errors);
  checkLocalTime(shiftType.endTime, `${prefix}endTime`, errors);
  return errors;
}

export function assertShiftType(shiftType: ShiftTypeDef): void {
  const errors = shiftTypeProblems(shiftType);
  if (errors.length > 0) throw DomainError.validation(errors);
}

/** Whether the local end falls on the day after the roster date. */
export function endsNextDay(startTime: LocalTime, endTime: LocalTime): boolean {
  return minutesOfDay(endTime) <= minutesOfDay(startTime);
}

/**
 * The instants of a shift of `shiftType` on roster date `date` (its local start date).
 * A shift keeps its local start and end times, so a 22:00–06:00 night lasts 7 real hours on the
 * spring-forward night and 9 on the fall-back night; times inside a DST gap or overlap resolve by
 * the policy in `localToInstant`.
 */
export function shiftInstants(
  date: LocalDate,
  shiftType: Pick<ShiftTypeDef, 'startTime' | 'endTime'>,
  zone: string,
): Interval {
  const { start, end } = shiftEpochMs(date, shiftType.startTime, shiftType.endTime, zone);
  return { start: new Date(start), end: new Date(end) };
}

export function shiftEpochMs(
  date: LocalDate,
  startTime: LocalTime,
  endTime: LocalTime,
  zone: string,
): { start: number; end: number } {
  const endDate = endsNextDay(startTime, endTime) ? addDays(date, 1) : date;
  return {
    start: localToEpochMs(date, startTime, zone),
    end: localToEpochMs(endDate, endTime, zone),
  };
}
