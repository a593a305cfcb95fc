import type { TFunction } from 'i18next';
import type { HalfDay, LeaveStatus } from '../../../lib/api-types';
import { formatDateSpan } from '../../../lib/local-date';

/** `Mon, May 5 – Fri, May 9, 2025`, or `Mon, May 5, 2025 (morning)` for a half day. */
export function leaveDatesText(
  leave: { startDate: string; endDate: string; halfDay: HalfDay | null },
  t: TFunction,
  locale: string,
): string {
  const dates = formatDateSpan(leave.startDate, leave.endDate, locale);
  return leave.halfDay ? `${dates} (${t(`leave.halfDay.${leave.halfDay}`)})` : dates;
}

/** `3 days`, `0.5 days`: numbers formatted for the language, plural forms included. */
export function daysText(days: number, t: TFunction): string {
  return t('leave.days', { count: days });
}

const STATUS_ICONS: Record<LeaveStatus, string> = {
  pending: '◔',
  approved: '✓',
  rejected: '✕',
  cancelled: '⊘',
};

/** A status as a word with an icon and a tint; the word carries the meaning. */
export function LeaveStatusBadge({ status, t }: { status: LeaveStatus; t: TFunction }) {
  return (
    <span className={`leave-status leave-status--${status}`}>
      <span aria-hidden="true">{STATUS_ICONS[status]}</span> {t(`leave.status.${status}`)}
    </span>
  );
}
