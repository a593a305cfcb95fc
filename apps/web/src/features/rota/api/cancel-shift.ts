import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { rotaKeys } from '../../../lib/api/get-rota';

export interface CancelShiftInput {
  /** A rotation shift's key, or `assignment:<id>` to remove a manual or solver assignment. */
  key: string;
  reason?: string;
}

/**
 * Takes one shift off the rota. A rotation shift is cancelled for its date only (and can be
 * restored); an assignment is deleted. Keys contain `:`, hence the encoding.
 */
export function cancelShift({ key, reason }: CancelShiftInput): Promise<void> {
  return apiClient.post<void>(
    `/api/rota/shifts/${encodeURIComponent(key)}/cancel`,
    reason ? { reason } : {},
  );
}

export function useCancelShift() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelShift,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
  });
}
