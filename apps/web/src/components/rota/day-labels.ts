import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RotaDay } from '../../lib/api-types';
import { formatLocalDate } from '../../lib/local-date';

/** How a roster date is named in the header, computed once per window and language. */
export interface DayLabel {
  date: string;
  /** `Tue` */
  weekday: string;
  /** `4`, or `1 Apr` on the first of a month and in the first column. */
  dayOfMonth: string;
  /** `Tuesday, 4 March 2025` */
  full: string;
  /** `Tue 4 Mar` */
  short: string;
  weekend: boolean;
  holiday: string | null;
  today: boolean;
}

export function useDayLabels(days: readonly RotaDay[], today: string): DayLabel[] {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(
    () =>
      days.map((day, index) => ({
        date: day.date,
        weekday: formatLocalDate(day.date, locale, { weekday: 'short' }),
        dayOfMonth:
          index === 0 || day.date.endsWith('-01')
            ? formatLocalDate(day.date, locale, { day: 'numeric', month: 'short' })
            : formatLocalDate(day.date, locale, { day: 'numeric' }),
        full: formatLocalDate(day.date, locale, { dateStyle: 'full' }),
        short: formatLocalDate(day.date, locale, {
          weekday: 'short',
          day: 'numeric',
          month: 'short',
        }),
        weekend: day.weekday >= 6,
        holiday: day.holiday,
        today: day.date === today,
      })),
    [days, locale, today],
  );
}
