import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { SkillLimits } from '../../../lib/api-types';
import { leaveSkillLimitsKeys } from './get-leave-skill-limits';

/** Replaces a team's per-skill limits on people off at once. */
export function putLeaveSkillLimits(body: SkillLimits) {
  return apiClient.put<SkillLimits>('/api/leave-skill-limits', body);
}

export function usePutLeaveSkillLimits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putLeaveSkillLimits,
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: leaveSkillLimitsKeys.all })]),
  });
}
