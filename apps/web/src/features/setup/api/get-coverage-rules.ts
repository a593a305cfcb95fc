import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { type CoverageRule, MAX_PAGE_SIZE } from '../../../lib/api-types';

/** A team's coverage rules. */
export function getCoverageRules(
  teamId: string,
  signal?: AbortSignal,
): Promise<{ items: CoverageRule[] }> {
  return apiClient.get<{ items: CoverageRule[] }>('/api/coverage-rules', {
    query: { teamId, limit: MAX_PAGE_SIZE },
    signal,
  });
}

export const coverageRulesKeys = {
  all: ['coverage-rules'] as const,
  list: (teamId: string) => [...coverageRulesKeys.all, teamId] as const,
};

export function getCoverageRulesQueryOptions(teamId: string) {
  return queryOptions({
    queryKey: coverageRulesKeys.list(teamId),
    queryFn: ({ signal }) => getCoverageRules(teamId, signal),
  });
}

export function useCoverageRules(teamId: string) {
  return useQuery(getCoverageRulesQueryOptions(teamId));
}
