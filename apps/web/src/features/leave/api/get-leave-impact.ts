import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { LeaveImpact } from '../../../lib/api-types';
import { leaveKeys } from '../../../lib/api/get-leave-requests';

/**
 * A stored request's impact, for whoever decides it (same shape as the preview), with the
 * substitutes the solver proposes for each gap.
 */
export function getLeaveImpact(id: string, signal?: AbortSignal): Promise<LeaveImpact> {
  return apiClient.get<LeaveImpact>(
    `/api/leave-requests/${encodeURIComponent(id)}/impact?substitutes=true`,
    { signal },
  );
}

export function leaveImpactQueryOptions(id: string) {
  return queryOptions({
    queryKey: leaveKeys.impact(id),
    queryFn: ({ signal }) => getLeaveImpact(id, signal),
  });
}

export function useLeaveImpact(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({ ...leaveImpactQueryOptions(id), enabled: options.enabled ?? true });
}
