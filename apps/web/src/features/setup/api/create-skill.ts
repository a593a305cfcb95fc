import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Skill } from '../../../lib/api-types';
import { skillsKeys } from '../../../lib/api/get-skills';
import type { SkillRequest } from './setup-types';

/** A new skill in the organisation's catalogue. */
export function createSkill(body: SkillRequest) {
  return apiClient.post<Skill>('/api/skills', body);
}

export function useCreateSkill() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSkill,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: skillsKeys.all })]),
  });
}
