import { DomainError, type FieldError } from '../errors.js';

/** A wall-clock time 'HH:mm' (00:00–23:59). A full day is written as start = end, never 24:00. */
export type LocalTime = string;

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function localTimeProblem(value: unknown): string | null {
  if (typeof value !== 'string') return 'must be a time string HH:mm';
  if (LOCAL_TIME.test(value)) return null;
  return `must be a time HH:mm between 00:00 and 23:59, got ${JSON.stringify(value.slice(0, 20))}`;
}

export function isLocalTime(value: unknown): value is LocalTime {
  return localTimeProblem(value) === null;
}

export function parseLocalTime(value: unknown, field = 'time'): LocalTime {
  const problem = localTimeProblem(value);
  if (problem !== null) throw DomainError.validation([{ field, reason: problem }]);
  return value as LocalTime;
}

export function checkLocalTime(value: unknown, field: string, errors: FieldError[]): boolean {
  const problem = localTimeProblem(value);
  if (problem !== null) errors.push({ field, reason: problem });
  return problem === null;
}

/** Minutes after local midnight of a LocalTime that is already known to be valid. */
export function minutesOfDay(time: LocalTime): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

export function formatLocalTime(minutes: number): LocalTime {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}
