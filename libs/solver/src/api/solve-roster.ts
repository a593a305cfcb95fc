import { Worker } from 'node:worker_threads';
import { compileModel } from '../model/compiled-model.js';
import { fromAssignments } from '../model/roster.js';
import type { AssignmentSpec, RosterModel } from '../model/roster-model.js';
import type { Clock } from '../engines/clock.js';
import { loadHighs } from '../engines/mip/highs.js';
import { solve, type SolveProgress } from '../engines/solve.js';
import { describeSolution, type RosterSolution } from './solution.js';
import type { WorkerMessage, WorkerRequest } from './worker-protocol.js';

export interface SolveRosterOptions {
  timeLimitSeconds: number;
  seed?: number;
  /** Use the HiGHS engines (default true). */
  useMip?: boolean;
  /** Start from this roster (e.g. the published one, for repair). */
  initial?: AssignmentSpec[];
  onProgress?: (progress: SolveProgress) => void;
  /** Stops the run early; the best roster so far is returned. */
  signal?: AbortSignal;
  /** Engine log lines. */
  log?: (line: string) => void;
  /**
   * Explain, in the worker, why each assignment that differs from `initial` was made
   * (`solution.explanations`); `dayLabels` name the days in the sentences.
   */
  explain?: { dayLabels?: string[] };
}

/** Time past the limit (plus 10 %) a search may take to start and return before it is stopped. */
const OVERRUN_GRACE_SECONDS = 2;

/**
 * Solves in a worker thread, so the caller's event loop never blocks (HiGHS and the search
 * are synchronous). Resolves with the best roster found within the time limit, or the best so
 * far when `signal` aborts the run.
 */
export function solveRoster(
  model: RosterModel,
  options: SolveRosterOptions,
  workerUrl?: URL,
): Promise<RosterSolution> {
  const m = compileModel(model); // validate in the caller's thread: bad input fails fast
  const initial = options.initial ? fromAssignments(m, options.initial) : undefined;
  return new Promise<RosterSolution>((resolve, reject) => {
    const request: WorkerRequest = {
      model,
      timeLimitSeconds: options.timeLimitSeconds,
      seed: options.seed ?? 1,
      useMip: options.useMip ?? true,
      initial: initial ? Array.from(initial.cells) : null,
      log: Boolean(options.log),
      describe: {
        explain: Boolean(options.explain),
        dayLabels: options.explain?.dayLabels ?? null,
      },
    };
    const worker = new Worker(
      workerUrl ?? new URL('../engines/solver-worker.js', import.meta.url),
      { workerData: request },
    );
    let best: Int16Array | null = null;
    let bound: number | null = null;
    const history: SolveProgress[] = [];
    let settled = false;
    const finish = (cancelled: boolean): void => {
      clearTimeout(overrun);
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      if (!best) {
        reject(new Error('the solver stopped before it had a roster'));
        return;
      }
      resolve(
        describeSolution(
          m,
          { employees: m.E, days: m.D, cells: best },
          { bound, history, cancelled },
        ),
      );
    };
    const onAbort = (): void => {
      void worker.terminate();
      finish(true);
    };
    // A safety net for the time limit: should an engine not return in time (one synchronous
    // call can't be interrupted), the run ends with the best roster reported so far.
    const overrun = setTimeout(
      () => {
        options.log?.('the search overran its time limit: stopped with the best roster so far');
        void worker.terminate();
        finish(false);
      },
      (options.timeLimitSeconds * 1.1 + OVERRUN_GRACE_SECONDS) * 1000,
    );
    options.signal?.addEventListener('abort', onAbort);
    worker.on('message', (msg: WorkerMessage) => {
      if (msg.type === 'log') options.log?.(msg.line);
      else if (msg.type === 'solved') clearTimeout(overrun);
      else if (msg.type === 'progress') {
        best = Int16Array.from(msg.cells);
        bound = msg.progress.bound;
        history.push(msg.progress);
        options.onProgress?.(msg.progress);
      } else if (msg.type === 'done') {
        best = Int16Array.from(msg.cells);
        bound = msg.bound;
        if (msg.solution && !settled) {
          // Described in the worker: nothing left to do on this thread.
          clearTimeout(overrun);
          settled = true;
          options.signal?.removeEventListener('abort', onAbort);
          resolve(msg.solution);
        } else finish(false);
        void worker.terminate();
      } else if (msg.type === 'error') {
        // An engine failed: the best roster so far still stands; without one, the run fails.
        options.log?.(`solver error: ${msg.message}`);
        if (best) finish(false);
        else {
          clearTimeout(overrun);
          settled = true;
          reject(new Error(msg.message));
        }
        void worker.terminate();
      }
    });
    worker.on('error', (err) => {
      if (!settled) {
        clearTimeout(overrun);
        settled = true;
        reject(err);
      }
    });
    worker.on('exit', () => finish(false));
  });
}

/**
 * The same solve in the calling thread (blocks it while HiGHS or the search run): for tests,
 * scripts and callers that are already a worker.
 */
export async function solveRosterInThread(
  model: RosterModel,
  options: Omit<SolveRosterOptions, 'signal'> & { clock: Clock },
): Promise<RosterSolution> {
  const m = compileModel(model);
  const highs = (options.useMip ?? true) ? await loadHighs() : null;
  const outcome = await solve(m, {
    timeLimitMs: options.timeLimitSeconds * 1000,
    clock: options.clock,
    seed: options.seed,
    initial: options.initial ? fromAssignments(m, options.initial) : undefined,
    highs,
    onProgress: options.onProgress,
    log: options.log,
  });
  return describeSolution(m, outcome.roster, {
    bound: outcome.bound,
    history: outcome.history,
    cancelled: false,
  });
}
