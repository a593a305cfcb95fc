import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Rotation } from '../../../lib/api-types';
import { rotationsKeys } from './get-rotations';
import { rotaKeys } from '../../../lib/api/get-rota';
import type { RotationRequest } from './setup-types';

/** Changes a rotation's name, anchor or pattern; a stale `version` gets 409. */
export function updateRotation({
  id,
  ...body
}: Partial<Omit<RotationRequest, 'teamId' | 'members'>> & { id: string; version: number }) {
  return apiClient.patch<Rotation>(`/api/rotations/${encodeURIComponent(id)}`, body);
}

export function useUpdateRotation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateRotation,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: rotationsKeys.all }),
        queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
      ]),
  });
}
