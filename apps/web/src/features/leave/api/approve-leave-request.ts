import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, isApiError } from '../../../lib/api-client';
import type { DecisionRequest, LeaveRequest } from '../../../lib/api-types';
import { invalidateLeave } from './invalidate-leave';

export interface ApproveLeaveInput {
  id: string;
  decision: DecisionRequest;
}

/**
 * Approves a pending request at the version the manager saw. 409 COVERAGE_VIOLATION lists the
 * duties it would leave below minimum (send again with `overrideReason`); 409 VERSION_CONFLICT
 * means someone else decided first.
 */
export function approveLeaveRequest({ id, decision }: ApproveLeaveInput): Promise<LeaveRequest> {
  return apiClient.post<LeaveRequest>(
    `/api/leave-requests/${encodeURIComponent(id)}/approve`,
    decision,
  );
}

export function useApproveLeaveRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: approveLeaveRequest,
    onSuccess: () => invalidateLeave(queryClient),
    // Someone else decided first: what is on screen is out of date.
    onError: (error) => {
      if (isApiError(error) && error.code === 'VERSION_CONFLICT') void invalidateLeave(queryClient);
    },
  });
}
