import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Team } from '../../../lib/api-types';
import { teamsKeys } from '../../../lib/api/get-teams';
import { meQueryOptions } from '../../../lib/api/get-me';
import type { CreateTeamRequest } from './setup-types';

/** A new team (admins). */
export function createTeam(body: CreateTeamRequest) {
  return apiClient.post<Team>('/api/teams', body);
}

export function useCreateTeam() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTeam,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: teamsKeys.all }),
        queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey }),
      ]),
  });
}
