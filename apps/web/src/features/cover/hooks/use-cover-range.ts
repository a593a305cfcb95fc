import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { MAX_ROTA_DAYS } from '../../../lib/api-types';
import { addDays, daysBetween, isLocalDate, todayInZone } from '../../../lib/local-date';

/** The default period: the next four weeks from today. */
export const DEFAULT_COVER_DAYS = 28;

export interface CoverRange {
  from: string;
  /** Exclusive, like the API's and the rota's `to`. */
  to: string;
}

export type CoverRangeProblem = 'order' | 'tooLong' | null;

/**
 * The period lives in the URL (`/cover?from=2025-05-01&to=2025-05-29`, `to` exclusive) so that a
 * list can be bookmarked or shared; without it, the next four weeks from today in the team's zone.
 */
export function parseCoverRange(params: URLSearchParams, today: string): CoverRange {
  const from = params.get('from');
  const to = params.get('to');
  const start = isLocalDate(from) ? from : today;
  return { from: start, to: isLocalDate(to) ? to : addDays(start, DEFAULT_COVER_DAYS) };
}

export function coverRangeProblem(range: CoverRange): CoverRangeProblem {
  const days = daysBetween(range.from, range.to);
  if (days < 1) return 'order';
  if (days > MAX_ROTA_DAYS) return 'tooLong';
  return null;
}

export function useCoverRange(timeZone: string) {
  const [params, setParams] = useSearchParams();
  const today = todayInZone(timeZone);
  const range = useMemo(() => parseCoverRange(params, today), [params, today]);
  const setRange = useCallback(
    (next: CoverRange) => setParams({ from: next.from, to: next.to }, { replace: true }),
    [setParams],
  );
  const reset = useCallback(() => setParams({}, { replace: true }), [setParams]);
  return { range, today, setRange, reset };
}
