import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { rotationsKeys } from './get-rotations';
import { rotaKeys } from '../../../lib/api/get-rota';

/** Someone leaves a rotation: `date` is the first day no longer in it. */
export function endRotationMembership({
  rotationId,
  memberId,
  date,
}: {
  rotationId: string;
  memberId: string;
  date: string;
}) {
  return apiClient.post<void>(
    `/api/rotations/${encodeURIComponent(rotationId)}/members/${encodeURIComponent(memberId)}/leave`,
    { date },
  );
}

export function useEndRotationMembership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endRotationMembership,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: rotationsKeys.all }),
        queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
      ]),
  });
}
