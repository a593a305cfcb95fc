import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { LeaveType } from '../../../lib/api-types';
import { leaveTypesKeys } from '../../../lib/api/get-leave-types';
import type { LeaveTypeRequest } from './setup-types';

/** A new leave type (admins). */
export function createLeaveType(body: LeaveTypeRequest) {
  return apiClient.post<LeaveType>('/api/leave-types', body);
}

export function useCreateLeaveType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createLeaveType,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: leaveTypesKeys.all })]),
  });
}
