import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Team } from '../../../lib/api-types';
import { teamsKeys } from '../../../lib/api/get-teams';
import { meQueryOptions } from '../../../lib/api/get-me';
import { rotaKeys } from '../../../lib/api/get-rota';
import type { UpdateTeamRequest } from './setup-types';

/** Changes a team; a stale `version` gets 409 VERSION_CONFLICT. */
export function updateTeam({ id, ...body }: UpdateTeamRequest) {
  return apiClient.patch<Team>(`/api/teams/${encodeURIComponent(id)}`, body);
}

export function useUpdateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTeam,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: teamsKeys.all }),
        queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey }),
        queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
      ]),
  });
}
