import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { PlanSummary } from '../../../lib/api-types';

/** The team's recent solver runs, newest first. */
export function getPlans(teamId: string, signal?: AbortSignal): Promise<{ items: PlanSummary[] }> {
  return apiClient.get<{ items: PlanSummary[] }>('/api/plans', { query: { teamId }, signal });
}

/** Every plan read sits under `all`, so one invalidation refreshes lists and details. */
export const planKeys = {
  all: ['plans'] as const,
  lists: () => [...planKeys.all, 'list'] as const,
  list: (teamId: string) => [...planKeys.lists(), teamId] as const,
  detail: (id: string) => [...planKeys.all, 'detail', id] as const,
};

export function plansQueryOptions(teamId: string) {
  return queryOptions({
    queryKey: planKeys.list(teamId),
    queryFn: ({ signal }) => getPlans(teamId, signal),
  });
}

export function usePlans(teamId: string) {
  return useQuery(plansQueryOptions(teamId));
}
