import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Rotation } from '../../../lib/api-types';
import { rotationsKeys } from './get-rotations';
import { rotaKeys } from '../../../lib/api/get-rota';
import type { RotationRequest } from './setup-types';

/** A new rotation: a repeating pattern of shift types and days off. */
export function createRotation(body: RotationRequest) {
  return apiClient.post<Rotation>('/api/rotations', body);
}

export function useCreateRotation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRotation,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: rotationsKeys.all }),
        queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
      ]),
  });
}
