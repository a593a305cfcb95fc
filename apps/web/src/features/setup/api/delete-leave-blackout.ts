import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { leaveBlackoutsKeys } from './get-leave-blackouts';

/** Removes a blackout. */
export function deleteLeaveBlackout(id: string) {
  return apiClient.delete<void>(`/api/leave-blackouts/${encodeURIComponent(id)}`);
}

export function useDeleteLeaveBlackout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteLeaveBlackout,
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: leaveBlackoutsKeys.all })]),
  });
}
