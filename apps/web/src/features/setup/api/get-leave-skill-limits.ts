import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { SkillLimits } from '../../../lib/api-types';

/** A team's per-skill limits on people off at once. */
export function getLeaveSkillLimits(teamId: string, signal?: AbortSignal): Promise<SkillLimits> {
  return apiClient.get<SkillLimits>('/api/leave-skill-limits', { query: { teamId }, signal });
}

export const leaveSkillLimitsKeys = {
  all: ['leave-skill-limits'] as const,
  list: (teamId: string) => [...leaveSkillLimitsKeys.all, teamId] as const,
};

export function getLeaveSkillLimitsQueryOptions(teamId: string) {
  return queryOptions({
    queryKey: leaveSkillLimitsKeys.list(teamId),
    queryFn: ({ signal }) => getLeaveSkillLimits(teamId, signal),
  });
}

export function useLeaveSkillLimits(teamId: string) {
  return useQuery(getLeaveSkillLimitsQueryOptions(teamId));
}
