import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { MAX_ROTA_DAYS } from '../../../lib/api-types';
import {
  addDays,
  addMonths,
  daysBetween,
  isLocalDate,
  startOfIsoWeek,
  startOfMonth,
  todayInZone,
} from '../../../lib/local-date';

/**
 * The rota's window lives in the URL so that it can be bookmarked and shared and the back button
 * steps through it: `?view=week&from=2025-03-03`, `?view=month&from=2025-03-01`,
 * `?view=custom&from=2025-03-01&to=2025-06-01`. Like the API, `to` is exclusive (the first date
 * after the window); the pickers show the last date included. Without `from` the window holds
 * today in the team's zone.
 */

export const RANGE_VIEWS = ['week', 'month', 'custom'] as const;
export type RangeView = (typeof RANGE_VIEWS)[number];

export interface RotaRange {
  view: RangeView;
  from: string;
  /** Exclusive. */
  to: string;
}

export type RangeProblem = 'order' | 'tooLong' | null;

export const DEFAULT_CUSTOM_DAYS = 14;

function isRangeView(value: unknown): value is RangeView {
  return RANGE_VIEWS.includes(value as RangeView);
}

/** The window a view shows around `anchor`. */
export function rangeFor(view: RangeView, anchor: string, days = DEFAULT_CUSTOM_DAYS): RotaRange {
  if (view === 'week') {
    const from = startOfIsoWeek(anchor);
    return { view, from, to: addDays(from, 7) };
  }
  if (view === 'month') {
    const from = startOfMonth(anchor);
    return { view, from, to: addMonths(from, 1) };
  }
  return { view, from: anchor, to: addDays(anchor, days) };
}

export function parseRotaRange(params: URLSearchParams, today: string): RotaRange {
  const view = isRangeView(params.get('view')) ? (params.get('view') as RangeView) : 'week';
  const fromParam = params.get('from');
  const anchor = isLocalDate(fromParam) ? fromParam : today;
  if (view !== 'custom') return rangeFor(view, anchor);
  const toParam = params.get('to');
  // A hand-edited link with a bad end still shows something sensible: two weeks.
  const to = isLocalDate(toParam) ? toParam : addDays(anchor, DEFAULT_CUSTOM_DAYS);
  return { view, from: anchor, to };
}

/** Why the server would refuse a window, so that it is not asked. */
export function rangeProblem({ from, to }: Pick<RotaRange, 'from' | 'to'>): RangeProblem {
  const days = daysBetween(from, to);
  if (days <= 0) return 'order';
  if (days > MAX_ROTA_DAYS) return 'tooLong';
  return null;
}

/** The window before or after this one: a week, a month, or as many days as the custom one. */
export function shiftRange(range: RotaRange, direction: -1 | 1): RotaRange {
  if (range.view === 'week') return rangeFor('week', addDays(range.from, 7 * direction));
  if (range.view === 'month') return rangeFor('month', addMonths(range.from, direction));
  const days = clampDays(daysBetween(range.from, range.to));
  const from = addDays(range.from, days * direction);
  return { view: 'custom', from, to: addDays(from, days) };
}

function clampDays(days: number): number {
  return Math.min(MAX_ROTA_DAYS, Math.max(1, days));
}

function toSearchParams(range: RotaRange): URLSearchParams {
  const params = new URLSearchParams({ view: range.view, from: range.from });
  if (range.view === 'custom') params.set('to', range.to);
  return params;
}

export function useRotaRange(timeZone: string) {
  const [searchParams, setSearchParams] = useSearchParams();
  // The team's today, not the browser's: at 00:30 in Warsaw a New York browser is still on
  // yesterday, and the Warsaw team's week may already have turned.
  const today = todayInZone(timeZone);
  const range = useMemo(() => parseRotaRange(searchParams, today), [searchParams, today]);

  const setRange = useCallback(
    (next: RotaRange) => setSearchParams(toSearchParams(next)),
    [setSearchParams],
  );

  const changeView = useCallback(
    (view: RangeView) => {
      if (view === 'custom') {
        setRange({ view, from: range.from, to: range.to });
        return;
      }
      // From a custom window, land on the week or month that holds today if the window does;
      // otherwise on the one that holds its start.
      const anchor = range.from <= today && today < range.to ? today : range.from;
      setRange(rangeFor(view, anchor));
    },
    [range, today, setRange],
  );

  return {
    range,
    today,
    setRange,
    changeView,
    previous: () => setRange(shiftRange(range, -1)),
    next: () => setRange(shiftRange(range, 1)),
    goToToday: () =>
      setRange(
        range.view === 'custom'
          ? rangeFor('custom', today, clampDays(daysBetween(range.from, range.to)))
          : rangeFor(range.view, today),
      ),
  };
}
