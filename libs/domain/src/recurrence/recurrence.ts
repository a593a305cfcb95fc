import type { IsoWeekday, LocalDate } from '../time/local-date.js';

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

export interface WeekdayRule {
  weekday: IsoWeekday;
  /** 0 = every such weekday; ±n = the n-th from the start / end of the month or year. */
  ordinal: number;
}

export type Until =
  /** UNTIL=20271231: the last local date that may start an occurrence. */
  | { kind: 'date'; date: LocalDate }
  /** UNTIL=20271231T180000: floating wall time in the rule's zone ("UTC fields = wall time"). */
  | { kind: 'local'; wallMs: number }
  /** UNTIL=20271231T170000Z: an instant. */
  | { kind: 'utc'; epochMs: number };

/**
 * A validated RRULE (RFC 5545 subset) at day granularity: the time of day comes from the rule or
 * shift type that owns the recurrence, and the anchor (DTSTART) and zone are separate fields.
 */
export interface Recurrence {
  /** Normalised text, e.g. 'FREQ=WEEKLY;BYDAY=MO,TU'; safe to store and to show. */
  text: string;
  freq: Frequency;
  interval: number;
  count: number | null;
  until: Until | null;
  byDay: WeekdayRule[];
  byMonthDay: number[];
  byMonth: number[];
  byYearDay: number[];
  bySetPos: number[];
  weekStart: IsoWeekday;
}

export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
