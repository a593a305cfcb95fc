import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { MAX_PAGE_SIZE, type Rotation } from '../../../lib/api-types';

/** A team's rotations with their members. */
export function getRotations(teamId: string, signal?: AbortSignal): Promise<{ items: Rotation[] }> {
  return apiClient.get<{ items: Rotation[] }>('/api/rotations', {
    query: { teamId, limit: MAX_PAGE_SIZE },
    signal,
  });
}

export const rotationsKeys = {
  all: ['rotations'] as const,
  list: (teamId: string) => [...rotationsKeys.all, teamId] as const,
};

export function getRotationsQueryOptions(teamId: string) {
  return queryOptions({
    queryKey: rotationsKeys.list(teamId),
    queryFn: ({ signal }) => getRotations(teamId, signal),
  });
}

export function useRotations(teamId: string) {
  return useQuery(getRotationsQueryOptions(teamId));
}
