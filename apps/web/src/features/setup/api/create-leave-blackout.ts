import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { LeaveBlackout } from '../../../lib/api-types';
import { leaveBlackoutsKeys } from './get-leave-blackouts';
import type { LeaveBlackoutRequest } from './setup-types';

/** A blackout: dates on which leave (of some types) cannot be requested. */
export function createLeaveBlackout(body: LeaveBlackoutRequest) {
  return apiClient.post<LeaveBlackout>('/api/leave-blackouts', body);
}

export function useCreateLeaveBlackout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createLeaveBlackout,
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: leaveBlackoutsKeys.all })]),
  });
}
