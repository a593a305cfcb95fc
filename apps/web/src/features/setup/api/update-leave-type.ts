import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { LeaveType } from '../../../lib/api-types';
import { leaveTypesKeys } from '../../../lib/api/get-leave-types';
import type { LeaveTypeRequest } from './setup-types';

/** Changes a leave type (admins). */
export function updateLeaveType({ id, ...body }: Partial<LeaveTypeRequest> & { id: string }) {
  return apiClient.patch<LeaveType>(`/api/leave-types/${encodeURIComponent(id)}`, body);
}

export function useUpdateLeaveType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateLeaveType,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: leaveTypesKeys.all })]),
  });
}
