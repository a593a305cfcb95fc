import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../api-client';
import { MAX_PAGE_SIZE, type Page, type Team, type TeamsQuery } from '../api-types';

export function getTeams(query: TeamsQuery, signal?: AbortSignal): Promise<Page<Team>> {
  return apiClient.get<Page<Team>>('/api/teams', {
    query: { limit: query.limit, offset: query.offset, q: query.q },
    signal,
  });
}

export const teamsKeys = {
  all: ['teams'] as const,
  list: (query: TeamsQuery) => [...teamsKeys.all, 'list', query] as const,
};

/** The teams the signed-in person may see: all of them for an admin, a handful otherwise. */
export function teamsQueryOptions(query: TeamsQuery = { limit: MAX_PAGE_SIZE, offset: 0 }) {
  return queryOptions({
    queryKey: teamsKeys.list(query),
    queryFn: ({ signal }) => getTeams(query, signal),
    staleTime: 5 * 60_000,
  });
}

export function useTeams(query?: TeamsQuery) {
  return useQuery(teamsQueryOptions(query));
}
