import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { coverageRulesKeys } from './get-coverage-rules';
import { rotaKeys } from '../../../lib/api/get-rota';

/** Removes a coverage rule. */
export function deleteCoverageRule(id: string) {
  return apiClient.delete<void>(`/api/coverage-rules/${encodeURIComponent(id)}`);
}

export function useDeleteCoverageRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteCoverageRule,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: coverageRulesKeys.all }),
        queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
      ]),
  });
}
