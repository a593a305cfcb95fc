import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { LeaveBlackout } from '../../../lib/api-types';

/** A team's leave blackouts. */
export function getLeaveBlackouts(
  teamId: string,
  signal?: AbortSignal,
): Promise<{ items: LeaveBlackout[] }> {
  return apiClient.get<{ items: LeaveBlackout[] }>('/api/leave-blackouts', {
    query: { teamId },
    signal,
  });
}

export const leaveBlackoutsKeys = {
  all: ['leave-blackouts'] as const,
  list: (teamId: string) => [...leaveBlackoutsKeys.all, teamId] as const,
};

export function getLeaveBlackoutsQueryOptions(teamId: string) {
  return queryOptions({
    queryKey: leaveBlackoutsKeys.list(teamId),
    queryFn: ({ signal }) => getLeaveBlackouts(teamId, signal),
  });
}

export function useLeaveBlackouts(teamId: string) {
  return useQuery(getLeaveBlackoutsQueryOptions(teamId));
}
