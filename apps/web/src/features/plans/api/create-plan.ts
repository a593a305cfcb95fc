import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { CreatePlanRequest, Plan } from '../../../lib/api-types';
import { planKeys } from './get-plans';

/** Starts a build or repair run; the server answers 202 with the queued plan. */
export function createPlan(body: CreatePlanRequest): Promise<Plan> {
  return apiClient.post<Plan>('/api/plans', body);
}

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPlan,
    onSuccess: (plan) => {
      queryClient.setQueryData(planKeys.detail(plan.id), plan);
      return queryClient.invalidateQueries({ queryKey: planKeys.lists() });
    },
  });
}
