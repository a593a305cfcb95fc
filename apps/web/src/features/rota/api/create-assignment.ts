import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Assignment, CreateAssignmentRequest } from '../../../lib/api-types';
import { rotaKeys } from '../../../lib/api/get-rota';

/**
 * Puts someone on a shift by hand. With `replacesKey` it takes the place of a rotation shift
 * (giving it to a colleague), usually as cover for the original employee.
 */
export function createAssignment(body: CreateAssignmentRequest): Promise<Assignment> {
  return apiClient.post<Assignment>('/api/assignments', body);
}

export function useCreateAssignment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAssignment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
  });
}
