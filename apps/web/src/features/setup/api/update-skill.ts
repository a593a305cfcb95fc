import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Skill } from '../../../lib/api-types';
import { skillsKeys } from '../../../lib/api/get-skills';
import { employeesKeys } from '../../../lib/api/get-employees';
import type { SkillRequest } from './setup-types';

/** Renames or recategorises a skill (its code stays). */
export function updateSkill({ id, ...body }: Partial<Omit<SkillRequest, 'code'>> & { id: string }) {
  return apiClient.patch<Skill>(`/api/skills/${encodeURIComponent(id)}`, body);
}

export function useUpdateSkill() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSkill,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: skillsKeys.all }),
        queryClient.invalidateQueries({ queryKey: employeesKeys.all }),
      ]),
  });
}
