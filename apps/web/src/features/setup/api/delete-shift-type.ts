import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { shiftTypesKeys } from '../../../lib/api/get-shift-types';
import { rotaKeys } from '../../../lib/api/get-rota';

/** Removes a shift type; 409 IN_USE while a rotation uses it. */
export function deleteShiftType(id: string) {
  return apiClient.delete<void>(`/api/shift-types/${encodeURIComponent(id)}`);
}

export function useDeleteShiftType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteShiftType,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: shiftTypesKeys.all }),
        queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
      ]),
  });
}
