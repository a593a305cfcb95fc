import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

/**
 * The staff list's filters live in the URL (`?q=ann&skill=chat&status=inactive&page=2`), so a
 * filtered list can be bookmarked or shared and the back button undoes a filter change.
 */

export type StaffStatus = 'active' | 'inactive';

export interface StaffFilters {
  q: string;
  /** A skill code; empty for any skill. */
  skill: string;
  status: StaffStatus;
  /** 1-based. */
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_FILTERS: StaffFilters = {
  q: '',
  skill: '',
  status: 'active',
  page: 1,
  pageSize: PAGE_SIZES[0],
};

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

export function parseStaffFilters(params: URLSearchParams): StaffFilters {
  const size = positiveInt(params.get('size'), DEFAULT_FILTERS.pageSize);
  return {
    q: params.get('q')?.trim() ?? '',
    skill: params.get('skill') ?? '',
    status: params.get('status') === 'inactive' ? 'inactive' : 'active',
    page: positiveInt(params.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_FILTERS.pageSize,
  };
}

function toSearchParams(filters: StaffFilters): URLSearchParams {
  const params = new URLSearchParams();
  // Defaults stay out of the URL to keep links short.
  if (filters.q) params.set('q', filters.q);
  if (filters.skill) params.set('skill', filters.skill);
  if (filters.status !== DEFAULT_FILTERS.status) params.set('status', filters.status);
  if (filters.page !== 1) params.set('page', String(filters.page));
  if (filters.pageSize !== DEFAULT_FILTERS.pageSize) params.set('size', String(filters.pageSize));
  return params;
}

export function useStaffFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => parseStaffFilters(searchParams), [searchParams]);

  /**
   * Applies a change. Any change other than paging starts again at page 1, since page 3 of the
   * old result means nothing for the new one. Typing a search replaces the history entry rather
   * than adding one per keystroke.
   */
  const updateFilters = useCallback(
    (change: Partial<StaffFilters>, options: { replace?: boolean } = {}) => {
      setSearchParams(
        (current) => {
          const before = parseStaffFilters(current);
          const next = { ...before, ...change };
          if (change.page === undefined) next.page = 1;
          return toSearchParams(next);
        },
        { replace: options.replace ?? false },
      );
    },
    [setSearchParams],
  );

  const clearFilters = useCallback(() => {
    setSearchParams(
      (current) =>
        toSearchParams({ ...DEFAULT_FILTERS, pageSize: parseStaffFilters(current).pageSize }),
      { replace: false },
    );
  }, [setSearchParams]);

  const hasFilters = filters.q !== '' || filters.skill !== '' || filters.status !== 'active';

  return { filters, updateFilters, clearFilters, hasFilters };
}
