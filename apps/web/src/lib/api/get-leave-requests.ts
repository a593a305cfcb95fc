import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../api-client';
import type { LeaveRequest, LeaveRequestsQuery, Page } from '../api-types';

export function getLeaveRequests(
  query: LeaveRequestsQuery,
  signal?: AbortSignal,
): Promise<Page<LeaveRequest>> {
  return apiClient.get<Page<LeaveRequest>>('/api/leave-requests', {
    query: {
      teamId: query.teamId,
      employeeId: query.employeeId,
      status: query.status,
      from: query.from,
      to: query.to,
      inbox: query.inbox,
      limit: query.limit,
      offset: query.offset,
    },
    signal,
  });
}

/** Every leave read (lists, impacts) sits under `all`, so one invalidation refreshes them. */
export const leaveKeys = {
  all: ['leave-requests'] as const,
  lists: () => [...leaveKeys.all, 'list'] as const,
  list: (query: LeaveRequestsQuery) => [...leaveKeys.lists(), query] as const,
  impact: (id: string) => [...leaveKeys.all, 'impact', id] as const,
};

export function leaveRequestsQueryOptions(query: LeaveRequestsQuery) {
  return queryOptions({
    queryKey: leaveKeys.list(query),
    queryFn: ({ signal }) => getLeaveRequests(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useLeaveRequests(query: LeaveRequestsQuery, options: { enabled?: boolean } = {}) {
  return useQuery({ ...leaveRequestsQueryOptions(query), enabled: options.enabled ?? true });
}
