import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, isApiError } from '../../../lib/api-client';
import type { LeaveRequest } from '../../../lib/api-types';
import { invalidateLeave } from './invalidate-leave';

export interface CancelLeaveInput {
  id: string;
  version: number;
  comment?: string;
}

/** Withdraws a pending or approved leave (the employee, or an approver); the days come back. */
export function cancelLeaveRequest({
  id,
  version,
  comment,
}: CancelLeaveInput): Promise<LeaveRequest> {
  return apiClient.post<LeaveRequest>(`/api/leave-requests/${encodeURIComponent(id)}/cancel`, {
    version,
    ...(comment ? { comment } : {}),
  });
}

export function useCancelLeaveRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelLeaveRequest,
    onSuccess: () => invalidateLeave(queryClient),
    // Someone else decided first: what is on screen is out of date.
    onError: (error) => {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') void invalidateLeave(queryClient);
    },
  });
}
