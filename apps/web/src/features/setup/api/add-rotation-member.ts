import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { RotationMember } from '../../../lib/api-types';
import { rotationsKeys } from './get-rotations';
import { rotaKeys } from '../../../lib/api/get-rota';
import type { RotationMemberRequest } from './setup-types';

/** Someone joins a rotation from a date, at an offset into the cycle. */
export function addRotationMember({
  rotationId,
  ...body
}: RotationMemberRequest & { rotationId: string }) {
  return apiClient.post<RotationMember>(
    `/api/rotations/${encodeURIComponent(rotationId)}/members`,
    body,
  );
}

export function useAddRotationMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addRotationMember,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: rotationsKeys.all }),
        queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
      ]),
  });
}
