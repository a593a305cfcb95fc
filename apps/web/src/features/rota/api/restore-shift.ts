import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { rotaKeys } from '../../../lib/api/get-rota';

/** Puts a cancelled rotation shift back on the rota. */
export function restoreShift(key: string): Promise<void> {
  return apiClient.post<void>(`/api/rota/shifts/${encodeURIComponent(key)}/restore`);
}

export function useRestoreShift() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: restoreShift,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
  });
}
