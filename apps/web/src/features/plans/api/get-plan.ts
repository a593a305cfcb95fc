import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { type Plan, TERMINAL_PLAN_STATUSES } from '../../../lib/api-types';
import { planKeys } from './get-plans';

/** One run: status, progress so far and, once it succeeded, the proposed changes. */
export function getPlan(id: string, signal?: AbortSignal): Promise<Plan> {
  return apiClient.get<Plan>(`/api/plans/${encodeURIComponent(id)}`, { signal });
}

export function isFinished(plan: Pick<Plan, 'status'> | undefined): boolean {
  return plan !== undefined && TERMINAL_PLAN_STATUSES.includes(plan.status);
}

export const POLL_INTERVAL_MS = 1000;

export function planQueryOptions(id: string) {
  return queryOptions({
    queryKey: planKeys.detail(id),
    queryFn: ({ signal }) => getPlan(id, signal),
  });
}

/**
 * The plan, asked for again every second while `poll` is set and the run is not finished (the
 * fallback when the event stream fails).
 */
export function usePlan(id: string, options: { poll?: boolean } = {}) {
  const poll = options.poll ?? false;
  return useQuery({
    ...planQueryOptions(id),
    refetchInterval: (query) => (poll && !isFinished(query.state.data) ? POLL_INTERVAL_MS : false),
  });
}
