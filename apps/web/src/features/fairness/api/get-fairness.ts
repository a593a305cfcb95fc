import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { FairnessQuery, FairnessReport } from '../../../lib/api-types';
import { fairnessKeys } from '../../../lib/api/fairness-keys';

/** Cover duties, nights, weekends and holidays per person and month, with the team's fair share. */
export function getFairness(query: FairnessQuery, signal?: AbortSignal): Promise<FairnessReport> {
  return apiClient.get<FairnessReport>('/api/fairness', {
    query: { teamId: query.teamId, from: query.from, to: query.to },
    signal,
  });
}

export function fairnessQueryOptions(query: FairnessQuery) {
  return queryOptions({
    queryKey: fairnessKeys.report(query),
    queryFn: ({ signal }) => getFairness(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useFairness(query: FairnessQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ ...fairnessQueryOptions(query), enabled: options.enabled ?? true });
}
