import type { CompiledModel } from '../../model/compiled-model.js';
import type { RosterState } from '../../score/roster-state.js';
import { remaining, type Deadline } from '../clock.js';
import { better } from '../local-search.js';
import { buildRosterMip } from './build-mip.js';
import { cellsFromMip, runMip, type HighsRuntime, type MipRun } from './highs.js';

export interface MipMoveResult {
  run: MipRun;
  improved: boolean;
  /** Lower bound on the whole roster's objective implied by this MIP (meaningful when all cells are free). */
  bound: number;
  vars: number;
}

/**
 * A large-neighbourhood move: re-solve the cells marked in `free` exactly with HiGHS, the rest
 * fixed, starting from the current roster; keep the result when the scorer agrees it is no
 * worse. Returns what HiGHS reported.
 */
export function mipMove(
  m: CompiledModel,
  state: RosterState,
  highs: HighsRuntime,
  free: Uint8Array,
  timeLimitSeconds: number,
  options: {
    relativeGap?: number;
    onImproving?: (cells: Int16Array) => void;
    /**
     * The caller's deadline: HiGHS gets at most what is left of it once the MIP is built
     * (building a big neighbourhood takes time the caller's `timeLimitSeconds` did not see).
     */
    deadline?: Deadline;
  } = {},
): MipMoveResult {
  const mip = buildRosterMip(m, state.cells, free);
  const warm = state.hard < 1e-9;
  const offset = state.soft - mip.currentObjective;
  const limit = options.deadline
    ? Math.min(timeLimitSeconds, remaining(options.deadline) / 1000)
    : timeLimitSeconds;
  if (limit <= 0.02) {
    const run: MipRun = {
      status: 'none',
      colValue: null,
      objective: Infinity,
      bound: -Infinity,
      seconds: 0,
    };
    return { run, improved: false, bound: -Infinity, vars: mip.numX };
  }
  const run = runMip(highs, mip, {
    timeLimitSeconds: limit,
    warmStart: warm,
    relativeGap: options.relativeGap,
    onImproving: options.onImproving
      ? (col) => options.onImproving!(cellsFromMip(m, state.cells, mip, free, col))
      : undefined,
  });
  const bound = run.bound + offset;
  if (!run.colValue) return { run, improved: false, bound, vars: mip.numX };
  const next = cellsFromMip(m, state.cells, mip, free, run.colValue);
  const improved = applyIfNotWorse(state, next);
  return { run, improved, bound, vars: mip.numX };
}

/** Moves `state` to `next` row by row; reverts unless the result is at least as good. */
export function applyIfNotWorse(state: RosterState, next: Int16Array): boolean {
  const { E, D } = state;
  const hard = state.hard;
  const soft = state.soft;
  const before = state.cells.slice();
  let changed = false;
  for (let e = 0; e < E; e++) {
    let lo = -1;
    let hi = -1;
    for (let d = 0; d < D; d++) {
      if (state.cells[e * D + d] !== next[e * D + d]) {
        if (lo < 0) lo = d;
        hi = d;
      }
    }
    if (lo < 0) continue;
    changed = true;
    state.setSegment(e, lo, next.subarray(e * D + lo, e * D + hi + 1));
  }
  if (!changed) return false;
  if (better(state.hard, state.soft, hard, soft)) return true;
  if (Math.abs(state.hard - hard) < 1e-9 && Math.abs(state.soft - soft) < 1e-9) return false;
  state.load(before);
  return false;
}
