import { type HalfDay, type LocalDate, type ShiftStatus } from './types.js';

/** What decides an event's SEQUENCE: its times (instants, or local dates for leave) and status. */
export interface EventRevision {
  start: Date | LocalDate;
  end: Date | LocalDate;
  halfDay?: HalfDay | null;
  status?: ShiftStatus;
}

/** What the API stores per UID after publishing a feed. */
export interface PublishedRevision extends EventRevision {
  sequence: number;
}

/**
 * The SEQUENCE to publish for an event, given what was last published under its UID.
 *
 * - first publication → 0;
 * - start, end, half day or status changed → previous + 1 (RFC 5546 §2.1.4 counts these as
 *   significant; a client that already has the event replaces it only if SEQUENCE rises);
 * - anything else (summary, location, who it covers for) → unchanged: subscribed clients
 *   refresh those on every fetch, and a rising SEQUENCE would make some ask again for alerts.
 *
 * The API stores the returned value with the new times; the rule lives here so that every
 * feed applies it the same way.
 */
export function sequenceFor(
  previous: PublishedRevision | null | undefined,
  next: EventRevision,
): number {
  if (!previous) return 0;
  const same =
    sameTime(previous.start, next.start) &&
    sameTime(previous.end, next.end) &&
    (previous.halfDay ?? null) === (next.halfDay ?? null) &&
    (previous.status ?? 'confirmed') === (next.status ?? 'confirmed');
  return same ? previous.sequence : previous.sequence + 1;
}

function sameTime(a: Date | LocalDate, b: Date | LocalDate): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}
