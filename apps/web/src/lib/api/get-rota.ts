import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../api-client';
import type { Rota, RotaQuery } from '../api-types';

/**
 * The team's rota for a window of roster dates (`to` exclusive). The server answers with an ETag
 * and `Cache-Control: no-cache`, so the browser revalidates and an unchanged plan costs a 304.
 */
export function getRota(query: RotaQuery, signal?: AbortSignal): Promise<Rota> {
  return apiClient.get<Rota>('/api/rota', {
    query: { teamId: query.teamId, from: query.from, to: query.to },
    signal,
  });
}

export const rotaKeys = {
  all: ['rota'] as const,
  detail: (query: RotaQuery) => [...rotaKeys.all, query] as const,
};

export function rotaQueryOptions(query: RotaQuery) {
  return queryOptions({
    queryKey: rotaKeys.detail(query),
    queryFn: ({ signal }) => getRota(query, signal),
    // Moving to the next week keeps this one on screen (dimmed) until the next one arrives.
    placeholderData: keepPreviousData,
  });
}

export function useRota(query: RotaQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ ...rotaQueryOptions(query), enabled: options.enabled ?? true });
}
