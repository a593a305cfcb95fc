import { DomainError, type FieldError } from '../errors.js';
import { checkLocalDate, daysBetween, type LocalDate } from './local-date.js';
import { localToEpochMs } from './zoned.js';

/** A half-open range of local dates [from, to): `to` is the first date not included. */
export interface DateWindow {
  from: LocalDate;
  to: LocalDate;
}

/** Two years and a day: enough for a yearly fairness view, small enough to bound any expansion. */
export const MAX_WINDOW_DAYS = 732;

/**
 * Throws INVALID_WINDOW naming `window.from` / `window.to` unless the window is a non-empty range
 * of real dates no longer than MAX_WINDOW_DAYS.
 */
export function assertDateWindow(window: DateWindow, field = 'window'): void {
  const errors: FieldError[] = [];
  if (typeof window !== 'object' || window === null) {
    errors.push({ field, reason: 'must be an object { from, to }' });
  } else {
    const fromOk = checkLocalDate(window.from, `${field}.from`, errors);
    const toOk = checkLocalDate(window.to, `${field}.to`, errors);
    if (fromOk && toOk) {
      const days = daysBetween(window.from, window.to);
      if (days <= 0) {
        errors.push({
          field: `${field}.to`,
          reason: 'must be after from (the range is half-open)',
        });
      } else if (days > MAX_WINDOW_DAYS) {
        errors.push({
          field: `${field}.to`,
          reason: `the window spans ${days} days; at most ${MAX_WINDOW_DAYS} are allowed`,
        });
      }
    }
  }
  if (errors.length > 0) throw DomainError.withFields('INVALID_WINDOW', errors);
}

/** The window as epoch ms [start of `from`, start of `to`) in `zone`. */
export function windowEpochMs(window: DateWindow, zone: string): { start: number; end: number } {
  return {
    start: localToEpochMs(window.from, '00:00', zone),
    end: localToEpochMs(window.to, '00:00', zone),
  };
}
