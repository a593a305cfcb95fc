import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { skillsKeys } from '../../../lib/api/get-skills';

/** Removes a skill nobody holds (admins); 409 IN_USE otherwise. */
export function deleteSkill(id: string) {
  return apiClient.delete<void>(`/api/skills/${encodeURIComponent(id)}`);
}

export function useDeleteSkill() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSkill,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: skillsKeys.all })]),
  });
}
