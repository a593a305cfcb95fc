import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, isApiError } from '../../../lib/api-client';
import type { LeaveRequest } from '../../../lib/api-types';
import { invalidateLeave } from './invalidate-leave';

export interface RejectLeaveInput {
  id: string;
  version: number;
  /** Required: the employee reads it. */
  comment: string;
}

export function rejectLeaveRequest({
  id,
  version,
  comment,
}: RejectLeaveInput): Promise<LeaveRequest> {
  return apiClient.post<LeaveRequest>(`/api/leave-requests/${encodeURIComponent(id)}/reject`, {
    version,
    comment,
  });
}

export function useRejectLeaveRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rejectLeaveRequest,
    onSuccess: () => invalidateLeave(queryClient),
    // Someone else decided first: what is on screen is out of date.
    onError: (error) => {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') void invalidateLeave(queryClient);
    },
  });
}
