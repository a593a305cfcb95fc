import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Plan } from '../../../lib/api-types';
import { isFinished, usePlan } from '../api/get-plan';
import { planKeys } from '../api/get-plans';
import { subscribeToPlan } from '../api/plan-events';

export type LiveMode = 'stream' | 'polling' | 'idle';

/**
 * The plan, kept current while its run goes on: events from the server's stream are written into
 * the query cache as they come; if the stream fails, the plan is polled every second instead.
 * Once the run finishes the plan is read once more, for its result.
 */
export function useLivePlan(id: string) {
  const queryClient = useQueryClient();
  const [polling, setPolling] = useState(false);
  const plan = usePlan(id, { poll: polling });
  const running = plan.data !== undefined && !isFinished(plan.data);
  const streaming = running && !polling;

  useEffect(() => {
    if (!streaming) return;
    const key = planKeys.detail(id);
    return subscribeToPlan(id, {
      // The stream starts with every point so far, some of which the plan already holds.
      onProgress: (progress) =>
        queryClient.setQueryData<Plan>(key, (old) => {
          const last = old?.progress[old.progress.length - 1];
          if (!old || (last && last.elapsedMs >= progress.elapsedMs)) return old;
          return { ...old, progress: [...old.progress, progress] };
        }),
      // A finished run is read again in full (with its result) rather than marked finished
      // without one.
      onStatus: (summary) => {
        if (isFinished(summary)) void queryClient.invalidateQueries({ queryKey: key });
        else queryClient.setQueryData<Plan>(key, (old) => (old ? { ...old, ...summary } : old));
      },
      onError: () => setPolling(true),
    });
  }, [id, streaming, queryClient]);

  // However the end was learnt (stream or polling), the lists show the run's new status.
  const finished = isFinished(plan.data);
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: planKeys.lists() });
  }, [finished, queryClient]);

  const mode: LiveMode = !running ? 'idle' : polling ? 'polling' : 'stream';
  return { plan, mode };
}
