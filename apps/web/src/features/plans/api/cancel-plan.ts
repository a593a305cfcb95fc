import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Plan } from '../../../lib/api-types';
import { planKeys } from './get-plans';

/** Stops a queued or running run, or discards a finished one (status `cancelled`). */
export function cancelPlan(id: string): Promise<Plan> {
  return apiClient.post<Plan>(`/api/plans/${encodeURIComponent(id)}/cancel`);
}

export function useCancelPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelPlan,
    onSuccess: (plan) => {
      queryClient.setQueryData(planKeys.detail(plan.id), plan);
      return queryClient.invalidateQueries({ queryKey: planKeys.lists() });
    },
  });
}
