import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { ShiftType } from '../../../lib/api-types';
import { shiftTypesKeys } from '../../../lib/api/get-shift-types';
import { rotaKeys } from '../../../lib/api/get-rota';
import type { ShiftTypeRequest } from './setup-types';

/** A new shift type for a team. */
export function createShiftType(body: ShiftTypeRequest) {
  return apiClient.post<ShiftType>('/api/shift-types', body);
}

export function useCreateShiftType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createShiftType,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: shiftTypesKeys.all }),
        queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
      ]),
  });
}
