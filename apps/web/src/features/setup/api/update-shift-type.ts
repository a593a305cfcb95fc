import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { ShiftType } from '../../../lib/api-types';
import { shiftTypesKeys } from '../../../lib/api/get-shift-types';
import { rotaKeys } from '../../../lib/api/get-rota';
import type { ShiftTypeRequest } from './setup-types';

/** Changes a shift type; a stale `version` gets 409 VERSION_CONFLICT. */
export function updateShiftType({
  id,
  ...body
}: Partial<ShiftTypeRequest> & { id: string; version?: number }) {
  return apiClient.patch<ShiftType>(`/api/shift-types/${encodeURIComponent(id)}`, body);
}

export function useUpdateShiftType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateShiftType,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: shiftTypesKeys.all }),
        queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
      ]),
  });
}
