import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { CoverageRule } from '../../../lib/api-types';
import { coverageRulesKeys } from './get-coverage-rules';
import { rotaKeys } from '../../../lib/api/get-rota';
import type { CoverageRuleRequest } from './setup-types';

/** A new coverage rule: how many people (with a skill) are needed when. */
export function createCoverageRule(body: CoverageRuleRequest) {
  return apiClient.post<CoverageRule>('/api/coverage-rules', body);
}

export function useCreateCoverageRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCoverageRule,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: coverageRulesKeys.all }),
        queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
      ]),
  });
}
