import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Me } from '../../../lib/api-types';

export function getMe(signal?: AbortSignal): Promise<Me> {
  return apiClient.get<Me>('/api/me', { signal });
}

export function meQueryOptions() {
  return queryOptions({
    queryKey: ['me'] as const,
    queryFn: ({ signal }) => getMe(signal),
    // Who you are rarely changes within a session.
    staleTime: 5 * 60_000,
  });
}

export function useMe() {
  return useQuery(meQueryOptions());
}
