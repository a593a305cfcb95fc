import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Assignment, UpdateAssignmentRequest } from '../../../lib/api-types';
import { rotaKeys } from '../../../lib/api/get-rota';

export interface UpdateAssignmentInput {
  id: string;
  changes: UpdateAssignmentRequest;
}

/** Changes a manual or solver assignment, e.g. gives it to another colleague. */
export function updateAssignment({ id, changes }: UpdateAssignmentInput): Promise<Assignment> {
  return apiClient.patch<Assignment>(`/api/assignments/${encodeURIComponent(id)}`, changes);
}

export function useUpdateAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAssignment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
  });
}
