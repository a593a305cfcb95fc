import type { RosterModel } from '../model/roster-model.js';
import type { SolveProgress } from '../engines/solve.js';

/** What the caller posts to the solver worker (plain data: it crosses a thread boundary). */
export interface WorkerRequest {
  model: RosterModel;
  timeLimitSeconds: number;
  seed: number;
  useMip: boolean;
  /** Dense cells of a starting roster, or null to build one. */
  initial: number[] | null;
  log: boolean;
}

export type WorkerMessage =
  | { type: 'progress'; progress: SolveProgress; cells: Int16Array }
  | { type: 'done'; cells: Int16Array; bound: number | null }
  | { type: 'log'; line: string }
  | { type: 'error'; message: string };
