import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../api-client';
import { MAX_PAGE_SIZE, type Page, type Skill, type SkillsQuery } from '../api-types';

export function getSkills(query: SkillsQuery, signal?: AbortSignal): Promise<Page<Skill>> {
  return apiClient.get<Page<Skill>>('/api/skills', {
    query: { category: query.category, q: query.q, limit: query.limit, offset: query.offset },
    signal,
  });
}

export const skillsKeys = {
  all: ['skills'] as const,
  list: (query: SkillsQuery) => [...skillsKeys.all, 'list', query] as const,
};

/** The whole catalogue; an organisation has tens of skills, not hundreds. */
export function skillsQueryOptions(query: SkillsQuery = { limit: MAX_PAGE_SIZE, offset: 0 }) {
  return queryOptions({
    queryKey: skillsKeys.list(query),
    queryFn: ({ signal }) => getSkills(query, signal),
    staleTime: 5 * 60_000,
  });
}

export function useSkills(query?: SkillsQuery) {
  return useQuery(skillsQueryOptions(query));
}
