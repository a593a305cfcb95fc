import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { rotationsKeys } from './get-rotations';
import { rotaKeys } from '../../../lib/api/get-rota';

/** Removes a membership entered by mistake (as if it never was). */
export function removeRotationMember({
  rotationId,
  memberId,
}: {
  rotationId: string;
  memberId: string;
}) {
  return apiClient.delete<void>(
    `/api/rotations/${encodeURIComponent(rotationId)}/members/${encodeURIComponent(memberId)}`,
  );
}

export function useRemoveRotationMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeRotationMember,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: rotationsKeys.all }),
        queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
      ]),
  });
}
