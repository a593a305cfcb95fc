import type { CompiledModel } from '../model/compiled-model.js';
import { OFF } from '../model/roster.js';
import type { RosterState } from '../score/roster-state.js';
import { allowedValue, type CellOptions } from './candidates.js';
import type { Deadline } from './clock.js';
import type { Random } from './random.js';

export interface LocalSearchOptions {
  deadline: Deadline;
  random: Random;
  options: CellOptions;
  /** Cost of one unit of hard degree while searching (rosters are only kept when hard = 0). */
  hardWeight?: number;
  startTemperature?: number;
  endTemperature?: number;
  /** Stop early when a feasible roster reaches this objective (e.g. a proven lower bound). */
  target?: number;
  /** Called on every new best (copy the cells if you keep them). */
  onBest?: (cells: Int16Array, soft: number, hard: number) => void;
  /** Limit on iterations; when set, the temperature follows the iterations instead of the clock. */
  maxIterations?: number;
  /** Adapt the hard weight: raise it while the roster is infeasible, lower it while feasible. */
  adaptiveHardWeight?: boolean;
}

export interface SearchResult {
  cells: Int16Array;
  soft: number;
  hard: number;
  iterations: number;
}

const EPS = 1e-9;

/** Lexicographic: fewer hard breaches first, then the lower objective. */
export function better(hardA: number, softA: number, hardB: number, softB: number): boolean {
  const feasA = hardA < EPS;
  const feasB = hardB < EPS;
  if (feasA !== feasB) return feasA;
  if (!feasA) return hardA < hardB - EPS || (Math.abs(hardA - hardB) < EPS && softA < softB - EPS);
  return softA < softB - EPS;
}

/**
 * Simulated annealing over the penalised objective `hardWeight × hard + soft` with four
 * neighbourhoods: change one cell, swap two employees' cells on a day, swap a block of days
 * between two employees, and move one employee's shift to another day. The temperature falls
 * geometrically with the time used. Works on `state` in place and returns the best roster seen.
 */
export function localSearch(
  m: CompiledModel,
  state: RosterState,
  o: LocalSearchOptions,
): SearchResult {
  const { random: rnd, deadline, options } = o;
  let H = o.hardWeight ?? 1000;
  const Hmax = H * 10;
  const Hmin = H / 10;
  const T0 = o.startTemperature ?? 30;
  const T1 = o.endTemperature ?? 0.5;
  const D = m.D;
  const E = m.E;
  const freeCells = options.freeCells;
  const best = state.cells.slice();
  let bestHard = state.hard;
  let bestSoft = state.soft;
  if (freeCells.length === 0) return { cells: best, soft: bestSoft, hard: bestHard, iterations: 0 };
  const start = deadline.clock();
  const span = Math.max(1, deadline.at - start);
  const seg = new Int16Array(D);
  const seg2 = new Int16Array(D);
  let T = T0;
  let iterations = 0;
  const maxIterations = o.maxIterations ?? Infinity;

  for (;;) {
    if ((iterations & 1023) === 0) {
      const now = deadline.clock();
      if (now >= deadline.at) break;
      const progress = o.maxIterations ? iterations / o.maxIterations : (now - start) / span;
      T = T0 * Math.pow(T1 / T0, progress);
      if (o.adaptiveHardWeight && (iterations & 16383) === 0 && iterations > 0) {
        H = state.hard > 1e-9 ? Math.min(H * 1.3, Hmax) : Math.max(H / 1.3, Hmin);
      }
    }
    if (iterations++ >= maxIterations) break;
    const c = freeCells[rnd.int(freeCells.length)]!;
    const e = (c / D) | 0;
    const d = c - e * D;
    const cur = state.cells[c]!;
    const r = rnd.next();
    let kind: number;
    let e2 = -1;
    let b = d;
    let d2 = -1;
    let v = 0;
    if (r < 0.35) {
      // Change one cell to another allowed value.
      const from = options.offsets[c]!;
      const n = options.offsets[c + 1]! - from;
      v = options.values[from + rnd.int(n)]!;
      if (v === cur) continue;
      kind = 0;
      state.evalSet(e, d, v);
    } else if (r < 0.7) {
      // Swap with another employee over a block of 1–7 days.
      e2 = rnd.int(E - 1);
      if (e2 >= e) e2++;
      const len = r < 0.6 ? 1 : 2 + rnd.int(6);
      b = Math.min(D - 1, d + len - 1);
      let differs = false;
      let ok = true;
      for (let x = d; x <= b && ok; x++) {
        const p = state.cells[e * D + x]!;
        const q = state.cells[e2 * D + x]!;
        if (p === q) continue;
        differs = true;
        ok = allowedValue(m, e * D + x, q) && allowedValue(m, e2 * D + x, p);
      }
      if (!differs || !ok) continue;
      kind = 1;
      state.evalSwap(e, e2, d, b);
    } else if (r < 0.78) {
      // Re-type a whole run of working days (e.g. a week of earlies becomes a week of lates).
      if (cur === OFF) continue;
      let lo = d;
      while (lo > 0 && state.cells[e * D + lo - 1] !== OFF && options.free[e * D + lo - 1]) lo--;
      let hi = d;
      while (hi < D - 1 && state.cells[e * D + hi + 1] !== OFF && options.free[e * D + hi + 1])
        hi++;
      const from = options.offsets[c]!;
      const n = options.offsets[c + 1]! - from;
      v = options.values[from + rnd.int(n)]!;
      if (v === OFF || v === cur) continue;
      let ok = true;
      for (let x = lo; x <= hi && ok; x++) {
        seg[x - lo] = v;
        ok = allowedValue(m, e * D + x, v);
      }
      if (!ok) continue;
      d2 = hi;
      b = lo;
      kind = 4;
      state.evalSegment(e, lo, seg.subarray(0, hi - lo + 1));
    } else if (r < 0.9) {
      // Move this employee's shift (or day off) to another day within a week.
      d2 = d + rnd.int(15) - 7;
      if (d2 < 0 || d2 >= D || d2 === d) continue;
      const other = state.cells[e * D + d2]!;
      if (other === cur || !options.free[e * D + d2]) continue;
      if (!allowedValue(m, e * D + d2, cur) || !allowedValue(m, c, other)) continue;
      const lo = Math.min(d, d2);
      const hi = Math.max(d, d2);
      for (let x = lo; x <= hi; x++) seg[x - lo] = state.cells[e * D + x]!;
      seg[d - lo] = other;
      seg[d2 - lo] = cur;
      kind = 2;
      state.evalSegment(e, lo, seg.subarray(0, hi - lo + 1));
    } else {
      // Trade with another employee on two separate days (both keep their number of shifts).
      e2 = rnd.int(E - 1);
      if (e2 >= e) e2++;
      d2 = d + 2 + rnd.int(13);
      if (d2 >= D) continue;
      const p1 = cur;
      const q1 = state.cells[e2 * D + d]!;
      const p2 = state.cells[e * D + d2]!;
      const q2 = state.cells[e2 * D + d2]!;
      if (p1 === q1 || p2 === q2) continue;
      if (!allowedValue(m, e * D + d, q1) || !allowedValue(m, e2 * D + d, p1)) continue;
      if (!allowedValue(m, e * D + d2, q2) || !allowedValue(m, e2 * D + d2, p2)) continue;
      const n = d2 - d + 1;
      for (let x = 0; x < n; x++) {
        seg[x] = state.cells[e * D + d + x]!;
        seg2[x] = state.cells[e2 * D + d + x]!;
      }
      seg[0] = q1;
      seg2[0] = p1;
      seg[n - 1] = q2;
      seg2[n - 1] = p2;
      kind = 3;
      state.evalTrade(e, e2, d, seg, seg2, n);
    }
    const delta = H * state.dHard + state.dSoft;
    if (delta > 0 && rnd.next() >= Math.exp(-delta / T)) continue;
    if (kind === 0) state.set(e, d, v);
    else if (kind === 1) state.swap(e, e2, d, b);
    else if (kind === 2) {
      const lo = Math.min(d, d2);
      const hi = Math.max(d, d2);
      state.setSegment(e, lo, seg.subarray(0, hi - lo + 1));
    } else if (kind === 4) state.setSegment(e, b, seg.subarray(0, d2 - b + 1));
    else state.trade(e, e2, d, seg, seg2, d2 - d + 1);
    if (better(state.hard, state.soft, bestHard, bestSoft)) {
      best.set(state.cells);
      bestHard = state.hard;
      bestSoft = state.soft;
      o.onBest?.(best, bestSoft, bestHard);
      if (bestHard < EPS && o.target !== undefined && bestSoft <= o.target + EPS) break;
    }
  }
  return { cells: best, soft: bestSoft, hard: bestHard, iterations };
}
