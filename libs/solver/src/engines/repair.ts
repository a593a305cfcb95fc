import type { CompiledModel } from '../model/compiled-model.js';
import { OFF } from '../model/roster.js';
import type { RosterState } from '../score/roster-state.js';
import type { Deadline } from './clock.js';

const EPS = 1e-9;

/**
 * Puts pinned cells to their pinned value and takes every shift off a cell whose person may no
 * longer work it (new leave or unavailability, a lost skill): the first step of a repair, so
 * that what remains to do is filling the gaps it leaves. Returns the number of cells changed.
 */
export function clearBlockedCells(m: CompiledModel, state: RosterState): number {
  const { E, D, S } = m;
  let changed = 0;
  for (let e = 0; e < E; e++) {
    for (let d = 0; d < D; d++) {
      const c = e * D + d;
      const v = state.cells[c]!;
      const pinned = m.pinned[c]!;
      const want = pinned !== -2 ? pinned : v !== OFF && m.block[c * S + v] !== 0 ? OFF : v;
      if (want === v) continue;
      state.set(e, d, want);
      changed++;
    }
  }
  return changed;
}

/**
 * Greedy gap filler for interactive repair: every demand cell below its minimum (highest
 * priority first), then below its ideal, gets the person whose taking it breaks no hard rule
 * and costs least overall — stability, fairness, wishes and the cover they leave included, so a
 * person is moved off another shift only when that is cheaper. When nobody can take it alone,
 * tries giving somebody the shift and a day off within the week around it (e.g. to stay within
 * five days in a row or the contract's minutes). Milliseconds for hundreds of people; the exact
 * engines then polish what it leaves. Returns the number of people added.
 */
export function fillGaps(
  m: CompiledModel,
  state: RosterState,
  o: { deadline: Deadline; idealToo?: boolean },
): number {
  const { E, D, S } = m;
  let added = 0;
  const seg = new Int16Array(D);
  for (const level of o.idealToo === false ? [0] : [0, 1]) {
    const cells: number[] = [];
    for (let k = 0; k < D * S; k++) {
      const short =
        level === 0
          ? m.weightBelowMin[k]! > 0 && state.cover[k]! < m.demandMin[k]!
          : m.weightBelowIdeal[k]! > 0 && state.cover[k]! < m.demandIdeal[k]!;
      if (short) cells.push(k);
    }
    const weight = level === 0 ? m.weightBelowMin : m.weightBelowIdeal;
    cells.sort((a, b) => weight[b]! - weight[a]! || a - b);
    for (const k of cells) {
      const d = Math.floor(k / S);
      const s = k % S;
      const target = level === 0 ? m.demandMin[k]! : m.demandIdeal[k]!;
      while (state.cover[k]! < target) {
        if (o.deadline.clock() >= o.deadline.at) return added;
        // One cell: the cheapest person who can take it without a new hard breach.
        let best = -1;
        let bestSoft = -EPS;
        for (let e = 0; e < E; e++) {
          const c = e * D + d;
          if (m.block[c * S + s] || m.pinned[c] !== -2 || state.cells[c] === s) continue;
          state.evalSet(e, d, s);
          if (state.dHard > EPS || state.dSoft >= bestSoft) continue;
          best = e;
          bestSoft = state.dSoft;
        }
        if (best >= 0) {
          state.set(best, d, s);
          added++;
          continue;
        }
        // Two cells: the shift, and a day off on another day of the week around it.
        let bestDay = -1;
        for (let e = 0; e < E; e++) {
          const c = e * D + d;
          if (m.block[c * S + s] || m.pinned[c] !== -2 || state.cells[c] !== OFF) continue;
          for (let x = Math.max(0, d - 6); x <= Math.min(D - 1, d + 6); x++) {
            if (x === d || state.cells[e * D + x] === OFF || m.pinned[e * D + x] !== -2) continue;
            const a = Math.min(d, x);
            const n = Math.max(d, x) - a + 1;
            for (let i = 0; i < n; i++) seg[i] = state.cells[e * D + a + i]!;
            seg[d - a] = s;
            seg[x - a] = OFF;
            state.evalSegment(e, a, seg.subarray(0, n));
            if (state.dHard > EPS || state.dSoft >= bestSoft) continue;
            best = e;
            bestDay = x;
            bestSoft = state.dSoft;
          }
        }
        if (best < 0) break;
        state.set(best, bestDay, OFF);
        state.set(best, d, s);
        added++;
      }
    }
  }
  return added;
}
