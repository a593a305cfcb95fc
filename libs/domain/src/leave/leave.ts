import { DomainError, type FieldError } from '../errors.js';
import { addDays, checkLocalDate, daysBetween, type LocalDate } from '../time/local-date.js';
import { union, type Interval } from '../time/interval.js';
import { localToEpochMs } from '../time/zoned.js';

export type HalfDay = 'am' | 'pm';

/**
 * An absence over local dates in the employee's home zone, half-open [from, to) like the
 * database daterange; `half` marks a single-day half-day leave.
 */
export interface LeaveDates {
  from: LocalDate;
  to: LocalDate;
  half?: HalfDay | null;
}

export function leaveProblems(leave: LeaveDates, prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  const fromOk = checkLocalDate(leave.from, `${prefix}from`, errors);
  const toOk = checkLocalDate(leave.to, `${prefix}to`, errors);
  if (!fromOk || !toOk) return errors;
  const days = daysBetween(leave.from, leave.to);
  if (days <= 0)
    errors.push({ field: `${prefix}to`, reason: 'must be after from (it is exclusive)' });
  const half = leave.half ?? null;
  if (half !== null && half !== 'am' && half !== 'pm') {
    errors.push({ field: `${prefix}half`, reason: "must be 'am', 'pm' or absent" });
  } else if (half !== null && days !== 1) {
    errors.push({ field: `${prefix}half`, reason: 'a half day covers exactly one date' });
  }
  return errors;
}

/**
 * The instants a leave covers in `zone`. Whole days run from local midnight to local midnight
 * (23 or 25 hours on change days); am = 00:00–12:00 and pm = 12:00–24:00 local.
 */
export function leaveInterval(leave: LeaveDates, zone: string): Interval {
  const errors = leaveProblems(leave);
  if (errors.length > 0) throw DomainError.validation(errors);
  const [startDate, startTime, endDate, endTime] =
    leave.half === 'am'
      ? [leave.from, '00:00', leave.from, '12:00']
      : leave.half === 'pm'
        ? [leave.from, '12:00', addDays(leave.from, 1), '00:00']
        : [leave.from, '00:00', leave.to, '00:00'];
  return {
    start: new Date(localToEpochMs(startDate, startTime, zone)),
    end: new Date(localToEpochMs(endDate, endTime, zone)),
  };
}

/** The union of several leaves of one employee as instants. */
export function leaveIntervals(
  leaves: LeaveDates | readonly LeaveDates[],
  zone: string,
): Interval[] {
  const list = Array.isArray(leaves) ? leaves : [leaves as LeaveDates];
  return union(list.map((l) => leaveInterval(l, zone)));
}
