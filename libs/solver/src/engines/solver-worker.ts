/**
 * Worker-thread entry of the solver. It is the runtime boundary: the only place besides the
 * benchmark scripts that reads the clock (performance.now) and talks to another thread.
 */
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerMessage, WorkerRequest } from '../api/worker-protocol.js';
import { describeSolution, type RosterSolution } from '../api/solution.js';
import { compileModel } from '../model/compiled-model.js';
import { emptyRoster } from '../model/roster.js';
import { explainAssignments } from '../score/explain-assignments.js';
import { loadHighs } from './mip/highs.js';
import { solve } from './solve.js';

async function run(request: WorkerRequest): Promise<void> {
  const post = (msg: WorkerMessage): void => parentPort?.postMessage(msg);
  const clock = (): number => performance.now();
  const t0 = clock();
  const m = compileModel(request.model);
  const highs = request.useMip ? await loadHighs() : null;
  const outcome = await solve(m, {
    timeLimitMs: request.timeLimitSeconds * 1000 - (clock() - t0),
    clock,
    seed: request.seed,
    initial: request.initial
      ? { employees: m.E, days: m.D, cells: Int16Array.from(request.initial) }
      : undefined,
    highs,
    onBest: (cells, progress) => post({ type: 'progress', progress, cells: cells.slice() }),
    log: request.log ? (line) => post({ type: 'log', line }) : undefined,
  });
  post({ type: 'solved' });
  let solution: RosterSolution | null = null;
  if (request.describe) {
    const labels = request.describe.dayLabels;
    solution = describeSolution(m, outcome.roster, {
      bound: outcome.bound,
      history: outcome.history,
      cancelled: false,
    });
    if (request.describe.explain) {
      const before = request.initial
        ? { employees: m.E, days: m.D, cells: Int16Array.from(request.initial) }
        : emptyRoster(m.E, m.D);
      solution.explanations = explainAssignments(m, before, outcome.roster, {
        dayLabel: labels ? (d) => labels[d] ?? `day ${d}` : undefined,
      });
    }
  }
  post({ type: 'done', cells: outcome.roster.cells, bound: outcome.bound, solution });
}

run(workerData as WorkerRequest).catch((err: unknown) => {
  parentPort?.postMessage({
    type: 'error',
    message: err instanceof Error ? err.message : String(err),
  } satisfies WorkerMessage);
});
