import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../api-client';
import type { Me } from '../api-types';

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

/**
 * Whether the person may edit the team's rota: admins everywhere, managers in the teams they
 * manage. The API checks the same on every write; this only decides which controls to offer.
 */
export function canManageTeam(me: Me | undefined, teamId: string): boolean {
  if (!me) return false;
  if (me.role === 'admin') return true;
  return me.role === 'manager' && me.managedTeamIds.includes(teamId);
}
