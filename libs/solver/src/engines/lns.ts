import type { CompiledModel } from '../model/compiled-model.js';
import type { RosterState } from '../score/roster-state.js';
import type { Deadline } from './clock.js';
import { mipMove } from './mip/improve.js';
import type { HighsRuntime } from './mip/highs.js';
import type { Random } from './random.js';

export interface LnsOptions {
  deadline: Deadline;
  random: Random;
  highs: HighsRuntime;
  /** Called after every improving move. */
  onImprove?: (engine: string) => void;
  /** Stop when a feasible roster reaches this objective. */
  target?: number;
  log?: (line: string) => void;
}

/** Builds a feasible roster one employee at a time: each row is the exact best reply to the rest. */
export function constructByEmployee(m: CompiledModel, state: RosterState, o: LnsOptions): void {
  const order = o.random.shuffle(Array.from({ length: m.E }, (_, e) => e));
  const free = new Uint8Array(m.E * m.D);
  for (const e of order) {
    const left = o.deadline.at - o.deadline.clock();
    if (left <= 0) return;
    free.fill(0);
    free.fill(1, e * m.D, (e + 1) * m.D);
    mipMove(m, state, o.highs, free, Math.min(left / 1000, 5), { relativeGap: 1e-4 });
  }
}

/**
 * Large-neighbourhood search: repeatedly frees a group of employees over the whole horizon, or
 * every employee over a window of days, and re-solves that part exactly with HiGHS. The
 * neighbourhood size adapts: it grows while HiGHS proves optimality quickly and shrinks when it
 * runs into the per-move time limit.
 */
export function largeNeighbourhoodSearch(
  m: CompiledModel,
  state: RosterState,
  o: LnsOptions,
): void {
  const { E, D } = m;
  const free = new Uint8Array(E * D);
  let groupSize = Math.min(E, 4);
  let windowDays = Math.min(D, 7);
  const moveLimit = 2;
  for (;;) {
    const left = (o.deadline.at - o.deadline.clock()) / 1000;
    if (left <= 0.05) return;
    if (o.target !== undefined && state.hard < 1e-9 && state.soft <= o.target + 1e-9) return;
    free.fill(0);
    const byEmployees = o.random.next() < 0.5;
    if (byEmployees) {
      const chosen = o.random.shuffle(Array.from({ length: E }, (_, e) => e)).slice(0, groupSize);
      for (const e of chosen) free.fill(1, e * D, (e + 1) * D);
    } else {
      const a = o.random.int(Math.max(1, D - windowDays + 1));
      for (let e = 0; e < E; e++) free.fill(1, e * D + a, e * D + Math.min(D, a + windowDays));
    }
    const before = state.soft;
    const r = mipMove(m, state, o.highs, free, Math.min(left, moveLimit));
    o.log?.(
      `${byEmployees ? `employees ${groupSize}` : `days ${windowDays}`} vars ${r.vars} ${r.run.status} ${r.run.seconds.toFixed(2)}s ${before} → ${state.soft}`,
    );
    if (r.improved) o.onImprove?.('mip-lns');
    const quick = r.run.status === 'optimal' && r.run.seconds < moveLimit / 4;
    if (byEmployees) {
      if (quick) groupSize = Math.min(E, groupSize + 1);
      else if (r.run.status !== 'optimal') groupSize = Math.max(2, groupSize - 1);
    } else {
      if (quick) windowDays = Math.min(D, windowDays + 1);
      else if (r.run.status !== 'optimal') windowDays = Math.max(2, windowDays - 1);
    }
  }
}
