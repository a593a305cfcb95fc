import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { teamsKeys } from '../../../lib/api/get-teams';

/** Removes an empty team; 409 IN_USE while it has people or plans. */
export function deleteTeam(id: string) {
  return apiClient.delete<void>(`/api/teams/${encodeURIComponent(id)}`);
}

export function useDeleteTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTeam,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: teamsKeys.all })]),
  });
}
