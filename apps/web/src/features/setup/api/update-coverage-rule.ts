import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { CoverageRule } from '../../../lib/api-types';
import { coverageRulesKeys } from './get-coverage-rules';
import { rotaKeys } from '../../../lib/api/get-rota';
import type { CoverageRuleRequest } from './setup-types';

/** Changes a coverage rule. */
export function updateCoverageRule({
  id,
  ...body
}: Partial<CoverageRuleRequest> & { id: string; version?: number }) {
  return apiClient.patch<CoverageRule>(`/api/coverage-rules/${encodeURIComponent(id)}`, body);
}

export function useUpdateCoverageRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCoverageRule,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: coverageRulesKeys.all }),
        queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
      ]),
  });
}
