import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { rotationsKeys } from './get-rotations';
import { rotaKeys } from '../../../lib/api/get-rota';

/** Removes a rotation and its future shifts. */
export function deleteRotation(id: string) {
  return apiClient.delete<void>(`/api/rotations/${encodeURIComponent(id)}`);
}

export function useDeleteRotation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteRotation,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: rotationsKeys.all }),
        queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
      ]),
  });
}
