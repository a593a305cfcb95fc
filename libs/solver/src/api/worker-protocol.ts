import type { RosterModel } from '../model/roster-model.js';
import type { SolveProgress } from '../engines/solve.js';
import type { RosterSolution } from './solution.js';

/** What the caller posts to the solver worker (plain data: it crosses a thread boundary). */
export interface WorkerRequest {
  model: RosterModel;
  timeLimitSeconds: number;
  seed: number;
  useMip: boolean;
  /** Dense cells of a starting roster, or null to build one. */
  initial: number[] | null;
  log: boolean;
  /**
   * Describe the result in the worker (score, gaps and — against `initial` — why each added
   * assignment), so the caller's thread does none of it. `dayLabels` name the days in sentences.
   */
  describe: { explain: boolean; dayLabels: string[] | null } | null;
}

export type WorkerMessage =
  | { type: 'progress'; progress: SolveProgress; cells: Int16Array }
  /** The search has ended (describing and explaining may follow). */
  | { type: 'solved' }
  | { type: 'done'; cells: Int16Array; bound: number | null; solution: RosterSolution | null }
  | { type: 'log'; line: string }
  | { type: 'error'; message: string };
