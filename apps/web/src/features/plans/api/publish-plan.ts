import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, isApiError } from '../../../lib/api-client';
import { fairnessKeys } from '../../../lib/api/fairness-keys';
import { rotaKeys } from '../../../lib/api/get-rota';
import type { Plan } from '../../../lib/api-types';
import { planKeys } from './get-plans';

export const PLAN_ERROR_CODES = {
  stale: 'PLAN_STALE',
  notReady: 'PLAN_NOT_READY',
} as const;

/**
 * Writes the plan's changes to the rota. 409 PLAN_STALE: the rota changed since the plan was
 * made; 409 PLAN_NOT_READY: the run has not succeeded.
 */
export function publishPlan(id: string): Promise<Plan> {
  return apiClient.post<Plan>(`/api/plans/${encodeURIComponent(id)}/publish`);
}

/** A published plan changes the rota (and with it coverage, cover lists and fairness). */
export function invalidateAfterPublish(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: planKeys.all }),
    queryClient.invalidateQueries({ queryKey: rotaKeys.all }),
    queryClient.invalidateQueries({ queryKey: fairnessKeys.all }),
  ]);
}

export function usePublishPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: publishPlan,
    onSuccess: (plan) => {
      queryClient.setQueryData(planKeys.detail(plan.id), plan);
      return invalidateAfterPublish(queryClient);
    },
    // What is on screen is out of date either way: read the plan's `stale` and status again.
    onError: (error, id) => {
      if (isApiError(error) && error.status === 409)
        void queryClient.invalidateQueries({ queryKey: planKeys.detail(id) });
    },
  });
}
