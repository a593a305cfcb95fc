import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { CreateLeaveRequest, LeaveRequest } from '../../../lib/api-types';
import { invalidateLeave } from './invalidate-leave';

export interface CreateLeaveRequestInput {
  body: CreateLeaveRequest;
  /**
   * One per submission of the form, sent again on a retry of the same submission, so that a
   * request whose answer was lost is not filed twice.
   */
  idempotencyKey: string;
}

/**
 * Files a leave request (pending, or approved at once when the type needs no approval), or, with
 * `employeeId` of a staff member, records their absence (approved at once).
 */
export function createLeaveRequest({
  body,
  idempotencyKey,
}: CreateLeaveRequestInput): Promise<LeaveRequest> {
  return apiClient.post<LeaveRequest>('/api/leave-requests', body, {
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function useCreateLeaveRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createLeaveRequest,
    onSuccess: () => invalidateLeave(queryClient),
  });
}
