import { limitCount, NO_LIMIT, type CompiledModel } from '../model/compiled-model.js';
import { OFF } from '../model/roster.js';
import type { Deadline } from './clock.js';

/**
 * Exact best row for one employee over days [a, b], the rest of the roster fixed: a dynamic
 * programme over (last shift, length of the current run, minutes, weekends, counts of the shift
 * types and shift limits whose maximum can bind) that respects every hard rule of the employee
 * — successions, run lengths (with the horizon-edge exemption), minutes, shifts per type, shift
 * limits and weekends — and minimises the sum of per-cell costs the caller supplies
 * (`cost[(d − a) * (S + 1) + v + 1]`, Infinity where the value is not allowed) plus the cost of
 * the employee's soft shift limits over the whole row (`softLimitCost`, the days outside the
 * window included). Returns the values for days a … b and their cost, or null when no valid
 * row exists.
 *
 * States with the same key keep the cheaper one, so the result is optimal; the state space is
 * small for windows of a few weeks (minutes and weekends only count inside the window).
 */
export interface RowDpOptions {
  /** Replace the contract's minute bounds (e.g. pro-rata targets while building window by window). */
  minMinutes?: number;
  maxMinutes?: number;
  /** Cap on states per day; beyond it only the cheapest are kept (the result may then not be optimal). */
  maxStates?: number;
  /** Soft pull of the row's total minutes towards a target: weight per shift-length of deviation. */
  minutesTarget?: { target: number; weight: number };
  /**
   * Only rows cheaper than this are wanted: states that cannot beat it even with the cheapest
   * value on every remaining day are dropped (exact pruning). Returns null when none is cheaper.
   */
  upperBound?: number;
  /**
   * Give up (return null) once this passes: checked before every pass and every few days, so no
   * caller overruns its time limit by more than a few layers of the programme. Callers that need
   * to tell "no valid row" from "out of time" check the deadline after a null.
   */
  deadline?: Deadline;
}

export interface RowDpResult {
  values: Int16Array;
  cost: number;
  /** False when the state cap cut the search. */
  exact: boolean;
}

class Pool {
  cap = 1024;
  n = 0;
  cost = new Float64Array(this.cap);
  parent = new Int32Array(this.cap);
  value = new Int16Array(this.cap);
  run = new Int16Array(this.cap);
  edge = new Uint8Array(this.cap);
  minutes = new Int32Array(this.cap);
  weekends = new Int16Array(this.cap);
  wkFlag = new Uint8Array(this.cap);
  counts = new Float64Array(this.cap);

  push(): number {
    if (this.n === this.cap) this.grow();
    return this.n++;
  }

  private grow(): void {
    const cap = this.cap * 2;
    const g = <T extends Float64Array | Int32Array | Int16Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(cap);
      b.set(a);
      return b;
    };
    this.cost = g(this.cost);
    this.parent = g(this.parent);
    this.value = g(this.value);
    this.run = g(this.run);
    this.edge = g(this.edge);
    this.minutes = g(this.minutes);
    this.weekends = g(this.weekends);
    this.wkFlag = g(this.wkFlag);
    this.counts = g(this.counts);
    this.cap = cap;
  }
}

function gcd(x: number, y: number): number {
  while (y) [x, y] = [y, x % y];
  return x;
}

export function bestRow(
  m: CompiledModel,
  cells: Int16Array,
  e: number,
  a: number,
  b: number,
  cost: Float64Array,
  o: RowDpOptions = {},
): RowDpResult | null {
  // Shift-type maxima and shift limits with a lot of room rarely bind: leave them out of the
  // state and add them only when the best row breaks one (then solve again). Leaving a limit
  // out relaxes the problem (a soft one then costs nothing), so a best row that keeps within
  // every left-out limit is the best row of the full problem: exact either way.
  const { S, D } = m;
  const forced = new Uint8Array(S);
  const L0 = m.limitStart[e]!;
  const forcedLimit = new Uint8Array(m.limitStart[e + 1]! - L0);
  const relaxed = new Uint8Array(forcedLimit.length);
  for (;;) {
    if (o.deadline && o.deadline.clock() >= o.deadline.at) return null;
    const row = bestRowTracking(m, cells, e, a, b, cost, o, forced, forcedLimit, relaxed);
    if (!row) return null;
    const full = cells.slice(e * D, (e + 1) * D);
    full.set(row.values, a);
    const count = new Int32Array(S);
    for (let d = 0; d < D; d++) if (full[d] !== OFF) count[full[d]!]!++;
    let again = false;
    for (let s = 0; s < S; s++) {
      if (count[s]! > m.maxPerType[e * S + s]! && !forced[s]) {
        forced[s] = 1;
        again = true;
      }
    }
    for (let j = 0; j < relaxed.length; j++) {
      if (relaxed[j] && limitCount(m, L0 + j, full) > m.shiftLimits[L0 + j]!.max) {
        forcedLimit[j] = 1;
        again = true;
      }
    }
    if (!again) return row;
  }
}

/** Shift types with at most this much room are always tracked. */
const TRACK_ALWAYS = 6;

function bestRowTracking(
  m: CompiledModel,
  cells: Int16Array,
  e: number,
  a: number,
  b: number,
  cost0: Float64Array,
  o: RowDpOptions,
  forced: Uint8Array,
  forcedLimit: Uint8Array,
  /** Out: 1 for each of e's shift limits left out of the state (relaxed). */
  relaxed: Uint8Array,
): RowDpResult | null {
  const { D, S } = m;
  let cost = cost0;
  const V = S + 1;
  const base = e * D;
  const maxC = m.maxConsecutive[e]!;
  const minC = m.minConsecutive[e]!;
  const minO = m.minConsecutiveOff[e]!;
  const offCap = Math.max(1, minO);
  const workCap = maxC < NO_LIMIT ? maxC : Math.max(1, minC);

  // Fixed context outside the window.
  let fixedMinutes = 0;
  const fixedCount = new Int32Array(S);
  for (let d = 0; d < D; d++) {
    if (d >= a && d <= b) continue;
    const v = cells[base + d]!;
    if (v !== OFF) {
      fixedMinutes += m.shiftMinutes[v]!;
      fixedCount[v]!++;
    }
  }
  const maxMin = o.maxMinutes ?? (m.maxMinutes[e]! < NO_LIMIT ? m.maxMinutes[e]! : Infinity);
  const minMin = o.minMinutes ?? m.minMinutes[e]!;
  let unit = 0;
  let maxLen = 0;
  for (let s = 0; s < S; s++) {
    unit = gcd(unit, m.shiftMinutes[s]!);
    maxLen = Math.max(maxLen, m.shiftMinutes[s]!);
  }
  unit = Math.max(1, unit);

  // Weekends: worked ones wholly outside the window are fixed; partly inside ones may be pre-worked.
  let fixedWeekends = 0;
  const preWorked = new Uint8Array(m.weekendDays.length);
  m.weekendDays.forEach((days, w) => {
    const worked = days.some((d) => (d < a || d > b) && cells[base + d] !== OFF);
    const inside = days.some((d) => d >= a && d <= b);
    if (!inside) fixedWeekends += worked ? 1 : 0;
    else preWorked[w] = worked ? 1 : 0;
  });
  let maxW = m.maxWeekends[e]! < NO_LIMIT ? m.maxWeekends[e]! - fixedWeekends : Infinity;
  let openWeekends = 0;
  m.weekendDays.forEach((days, w) => {
    if (!preWorked[w] && days.some((d) => d >= a && d <= b)) openWeekends++;
  });
  // Weekends that cannot exceed the maximum need not be counted.
  const trackWeekends = maxW < openWeekends;
  if (!trackWeekends) maxW = Infinity;

  // Shift types whose maximum can bind inside the window are counted in the state.
  // At most one day off in every maxC + 1 days: a bound on working days in the window.
  const windowDays = b - a + 1;
  let minLen = Infinity;
  for (let s = 0; s < S; s++) minLen = Math.min(minLen, Math.max(1, m.shiftMinutes[s]!));
  const workBound = Math.min(
    maxC < NO_LIMIT ? windowDays - Math.floor(windowDays / (maxC + 1)) : windowDays,
    maxMin < Infinity ? Math.floor((maxMin - fixedMinutes) / minLen) : windowDays,
  );
  let countSpace = 1;

  // Shift limits. Soft ones cost their weight per shift above the maximum, the shifts outside
  // the window counted: a constant for what the outside alone puts above it, a per-cell cost
  // where the window has no room left, else a count in the state that saturates at the room.
  // Hard ones with no room rule their cells out; the others are counted like shift types.
  let baseCost = 0;
  const L0 = m.limitStart[e]!;
  const limits: Array<{ days: Uint8Array; types: Uint8Array }> = [];
  const limitRoom: number[] = [];
  const limitRadix: number[] = [];
  const limitWeight: number[] = [];
  for (let i = L0; i < m.limitStart[e + 1]!; i++) {
    relaxed[i - L0] = 0;
    const l = m.shiftLimits[i]!;
    let fixed = 0;
    for (let d = 0; d < D; d++) {
      const v = d >= a && d <= b ? OFF : cells[base + d]!;
      if (v !== OFF && l.days[d] && l.types[v]) fixed++;
    }
    const room = l.max - fixed;
    if (l.weight > 0 && room < 0) baseCost += l.weight * -room;
    let possible = 0;
    for (let d = a; d <= b; d++) {
      if (!l.days[d]) continue;
      for (let s = 0; s < S; s++) {
        if (l.types[s] && cost[(d - a) * V + s + 1]! < Infinity) {
          possible++;
          break;
        }
      }
    }
    if (room >= Math.min(possible, workBound)) continue;
    if (room <= 0) {
      if (l.weight === 0 && room < 0) return null;
      if (cost === cost0) cost = cost0.slice();
      for (let d = a; d <= b; d++) {
        if (!l.days[d]) continue;
        for (let s = 0; s < S; s++) {
          const k = (d - a) * V + s + 1;
          if (l.types[s]) cost[k] = l.weight > 0 ? cost[k]! + l.weight : Infinity;
        }
      }
      continue;
    }
    if (room > TRACK_ALWAYS && !forcedLimit[i - L0]) {
      relaxed[i - L0] = 1;
      continue;
    }
    limits.push(l);
    limitRoom.push(room);
    limitRadix.push(countSpace);
    limitWeight.push(l.weight);
    countSpace *= room + 1;
  }
  const nLimits = limits.length;

  const tracked: number[] = [];
  const trackedRoom: number[] = [];
  const radix: number[] = [];
  for (let s = 0; s < S; s++) {
    const max = m.maxPerType[e * S + s]!;
    if (max >= NO_LIMIT) continue;
    const room = max - fixedCount[s]!;
    let possible = 0;
    for (let d = a; d <= b; d++) if (cost[(d - a) * V + s + 1]! < Infinity) possible++;
    if (room >= Math.min(possible, workBound)) continue;
    if (room < 0) return null;
    if (room > TRACK_ALWAYS && !forced[s]) continue;
    tracked.push(s);
    trackedRoom.push(room);
    radix.push(countSpace);
    countSpace *= room + 1;
  }
  const trackIndex = new Int32Array(S).fill(-1);
  tracked.forEach((s, i) => (trackIndex[s] = i));

  // Shift types that behave alike for this employee (same length, same successions, not
  // counted) form one class: the DP keeps the cheapest of them per day.
  const classOf = new Int32Array(S);
  const classRep: number[] = [];
  const signatures = new Map<string, number>();
  for (let s = 0; s < S; s++) {
    let sig = `${m.shiftMinutes[s]}|${trackIndex[s]! >= 0 ? `t${s}` : ''}|`;
    for (const l of limits) sig += l.types[s] ? '1' : '0';
    sig += '|';
    for (let t = 0; t < S; t++)
      sig += `${m.succession[(e * S + s) * S + t] ? 1 : 0}${m.succession[(e * S + t) * S + s] ? 1 : 0}`;
    let c = signatures.get(sig);
    if (c === undefined) {
      c = classRep.length;
      signatures.set(sig, c);
      classRep.push(s);
    }
    classOf[s] = c;
  }
  const C = classRep.length;
  const n = b - a + 1;
  const classCost = new Float64Array(n * C).fill(Infinity);
  const classArg = new Int16Array(n * C).fill(OFF);
  for (let i = 0; i < n; i++) {
    for (let s = 0; s < S; s++) {
      const c = cost[i * V + s + 1]!;
      const k = i * C + classOf[s]!;
      if (c < classCost[k]!) {
        classCost[k] = c;
        classArg[k] = s;
      }
    }
  }

  // Run entering the window.
  let prev = -2; // no day before the window
  let run0 = 0;
  let edge0 = 1;
  if (a > 0) {
    prev = cells[base + a - 1]!;
    const working = prev !== OFF;
    let d = a - 1;
    while (d >= 0 && (cells[base + d] !== OFF) === working) {
      run0++;
      d--;
    }
    edge0 = d < 0 ? 1 : 0;
  }
  // Run leaving the window.
  const next = b < D - 1 ? cells[base + b + 1]! : -2;
  let runN = 0;
  let reachesEnd = 1;
  if (next !== -2) {
    const working = next !== OFF;
    let d = b + 1;
    while (d < D && (cells[base + d] !== OFF) === working) {
      runN++;
      d++;
    }
    reachesEnd = d >= D ? 1 : 0;
  }

  // capacity[i]: most shifts that fit in days a + i … b (runs of at most maxC, inner breaks of at
  // least minO, no work where nothing is allowed), an upper bound used to prune states that can
  // no longer reach the minimum.
  const capacity = new Int32Array(n + 1);
  {
    const C1 = maxC < NO_LIMIT ? Math.min(maxC, n) : n;
    const O1 = Math.max(1, minO);
    // g[work r (1..C1) | off k (1..O1)] for the day after the current one.
    let next = new Int32Array(C1 + O1 + 1);
    let cur = new Int32Array(C1 + O1 + 1);
    for (let i = n - 1; i >= 0; i--) {
      let canWork = false;
      for (let k = 0; k < S; k++) if (cost[i * V + k + 1]! < Infinity) canWork = true;
      // State index: 1..C1 = working with run r; C1 + 1 .. C1 + O1 = off with run k.
      for (let r = 1; r <= C1; r++) {
        const stay = canWork && r < C1 ? 1 + next[r + 1]! : -Infinity;
        const rest = next[C1 + 1]!;
        cur[r] = Math.max(stay, rest);
      }
      for (let k = 1; k <= O1; k++) {
        const stay = next[C1 + Math.min(O1, k + 1)]!;
        const go = canWork && k >= O1 ? 1 + next[1]! : -Infinity;
        cur[C1 + k] = Math.max(stay, go);
      }
      let best = 0;
      for (let t = 1; t <= C1 + O1; t++) best = Math.max(best, cur[t]!);
      capacity[i] = Math.max(best, canWork ? 1 : 0);
      const t = next;
      next = cur;
      cur = t;
    }
  }
  // suffix[i]: cheapest possible cost of days a + i … b, ignoring every rule (a valid lower bound).
  const suffix = new Float64Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    let best = cost[i * V]!;
    for (let k = 0; k < S; k++) best = Math.min(best, cost[i * V + k + 1]!);
    suffix[i] = suffix[i + 1]! + best;
  }
  const ub = o.upperBound ?? Infinity;
  const maxStates = o.maxStates ?? 40000;
  let exact = true;
  const pool = new Pool();
  let layer = new Map<number | string, number>();
  let nextLayer = new Map<number | string, number>();
  // Mixed-radix key of a state; ranges are exact so different states never share a key.
  const vRange = S + 2; // keys use the class representative, a shift-type index
  const rRange = Math.max(workCap, offCap, run0 + 1) + 2;
  const mRange = Math.floor(((b - a + 1) * maxLen) / unit) + 1;
  const wRange = m.weekendDays.length + 1;
  // Beyond 2^52 the number would not be exact: then the counts go into a second number.
  const lowSpace = vRange * rRange * 4 * wRange * mRange;
  const split = lowSpace * countSpace >= 2 ** 52;
  const keyOf = (
    v: number,
    r: number,
    edge: number,
    minutes: number,
    wk: number,
    wkFlag: number,
    counts: number,
  ): number | string => {
    const low =
      (((minutes / unit) * wRange + wk) * 4 + wkFlag * 2 + edge) * rRange * vRange +
      r * vRange +
      v +
      1;
    return split ? `${counts}:${low}` : counts * lowSpace + low;
  };

  // The state before day a.
  const root = pool.push();
  pool.cost[root] = baseCost;
  pool.parent[root] = -1;
  pool.value[root] = prev;
  pool.run[root] = run0;
  pool.edge[root] = edge0;
  pool.minutes[root] = 0;
  pool.weekends[root] = 0;
  pool.wkFlag[root] = 0;
  pool.counts[root] = 0;
  layer.set(0, root);

  const deadline = o.deadline;
  for (let d = a; d <= b; d++) {
    // A layer can hold tens of thousands of states when shift limits are counted: look at the
    // clock every few days rather than only between calls.
    if (deadline && ((d - a) & 3) === 3 && deadline.clock() >= deadline.at) return null;
    nextLayer.clear();
    const w = m.weekendOf[d]!;
    const weekendStart = w >= 0 && (d === a || m.weekendOf[d - 1] !== w);
    const remainingMax = capacity[d - a + 1]! * maxLen;
    for (const p of layer.values()) {
      const last = pool.value[p]!;
      const r = pool.run[p]!;
      const edge = pool.edge[p]!;
      const minutes = pool.minutes[p]!;
      const wk = pool.weekends[p]!;
      const counts = pool.counts[p]!;
      const lastWorking = last >= 0;
      for (let k = -1; k < C; k++) {
        const v = k < 0 ? OFF : classRep[k]!;
        const c = k < 0 ? cost[(d - a) * V]! : classCost[(d - a) * C + k]!;
        if (c === Infinity) continue;
        const working = v !== OFF;
        if (lastWorking && working && m.succession[(e * S + last) * S + v]) continue;
        let nr: number;
        let nedge: number;
        if (last === -2) {
          nr = 1;
          nedge = 1;
        } else if (working === lastWorking) {
          nr = r + 1;
          nedge = edge;
          if (working && nr > maxC) continue;
          if (nr > (working ? workCap : offCap)) nr = working ? workCap : offCap;
        } else {
          // The previous run closes at d − 1.
          if (!edge && (lastWorking ? r < minC : r < minO)) continue;
          nr = 1;
          nedge = 0;
        }
        const nm = minutes + (working ? m.shiftMinutes[v]! : 0);
        if (fixedMinutes + nm > maxMin) continue;
        if (fixedMinutes + nm + remainingMax < minMin) continue;
        let nc = counts;
        if (working && trackIndex[v]! >= 0) {
          const i = trackIndex[v]!;
          const have = Math.floor(counts / radix[i]!) % (trackedRoom[i]! + 1);
          if (have + 1 > trackedRoom[i]!) continue;
          nc = counts + radix[i]!;
        }
        let over = 0; // soft limits' cost of this shift; Infinity when a hard one is full
        if (working && nLimits > 0) {
          for (let j = 0; j < nLimits; j++) {
            const l = limits[j]!;
            if (!l.days[d] || !l.types[v]) continue;
            const have = Math.floor(counts / limitRadix[j]!) % (limitRoom[j]! + 1);
            if (have < limitRoom[j]!) nc += limitRadix[j]!;
            else over += limitWeight[j]! > 0 ? limitWeight[j]! : Infinity;
          }
          if (over === Infinity) continue;
        }
        let nwk = wk;
        let nflag = 0;
        if (w >= 0) {
          const flag = weekendStart ? preWorked[w]! : pool.wkFlag[p]!;
          nflag = flag;
          if (working && !flag) {
            nflag = 1;
            if (trackWeekends) {
              nwk = wk + 1;
              if (nwk > maxW) continue;
            }
          }
        }
        const total = pool.cost[p]! + c + over;
        if (total + suffix[d - a + 1]! >= ub) continue;
        const key = keyOf(v, nr, nedge, nm, nwk, nflag, nc);
        const existing = nextLayer.get(key);
        if (existing !== undefined) {
          if (pool.cost[existing]! <= total) continue;
          pool.cost[existing] = total;
          pool.parent[existing] = p;
          continue;
        }
        const q = pool.push();
        pool.cost[q] = total;
        pool.parent[q] = p;
        pool.value[q] = v;
        pool.run[q] = nr;
        pool.edge[q] = nedge;
        pool.minutes[q] = nm;
        pool.weekends[q] = nwk;
        pool.wkFlag[q] = nflag;
        pool.counts[q] = nc;
        nextLayer.set(key, q);
      }
    }
    const t = layer;
    layer = nextLayer;
    nextLayer = t;
    if (layer.size === 0) return null;
    if (layer.size > maxStates) {
      // Keep the cheapest states, but spread over (minutes, weekends) so that rows which still
      // have to catch up on minutes or save weekends survive the cut. Minutes go in bands, as
      // wide as it takes for the groups to fit the beam: on a long horizon a layer holds
      // hundreds of distinct minute totals, and two states each would overflow it many times.
      exact = false;
      const ids: number[] = [];
      for (const p of layer.values()) ids.push(p);
      ids.sort((x, y) => pool.cost[x]! - pool.cost[y]!);
      const groups = new Map<number, number>();
      let band = 1;
      const groupOf = (p: number): number =>
        Math.floor(pool.minutes[p]! / unit / band) * 1024 + pool.weekends[p]!;
      for (;;) {
        groups.clear();
        for (const p of ids) groups.set(groupOf(p), 0);
        if (groups.size * 2 <= maxStates || band >= mRange) break;
        band *= 2;
      }
      const quota = Math.max(2, Math.floor(maxStates / groups.size));
      layer.clear();
      for (const p of ids) {
        const g = groupOf(p);
        const taken = groups.get(g)!;
        if (taken >= quota) continue;
        groups.set(g, taken + 1);
        layer.set(p, p);
      }
    }
  }

  // Close the window against what follows it.
  let bestState = -1;
  let bestCost = Infinity;
  const target = o.minutesTarget;
  for (const p of layer.values()) {
    let total = pool.cost[p]!;
    if (target)
      total += (target.weight * Math.abs(fixedMinutes + pool.minutes[p]! - target.target)) / maxLen;
    if (total >= bestCost) continue;
    if (fixedMinutes + pool.minutes[p]! < minMin) continue;
    const last = pool.value[p]!;
    const r = pool.run[p]!;
    const edge = pool.edge[p]!;
    if (next !== -2) {
      const lastWorking = last >= 0;
      const nextWorking = next >= 0;
      if (lastWorking && nextWorking && m.succession[(e * S + last) * S + next]) continue;
      if (lastWorking === nextWorking) {
        // True run length can exceed the capped r only for off runs (no maximum), so this is exact.
        if (lastWorking && r + runN > maxC) continue;
        const merged = r + runN;
        if (!edge && !reachesEnd && merged < (lastWorking ? minC : minO)) continue;
      } else {
        if (!edge && r < (lastWorking ? minC : minO)) continue;
        if (!reachesEnd && runN < (nextWorking ? minC : minO)) continue;
      }
    }
    bestCost = total;
    bestState = p;
  }
  if (bestState < 0) return null;
  const values = new Int16Array(n);
  let p = bestState;
  for (let d = b; d >= a; d--) {
    const v = pool.value[p]!;
    values[d - a] = v === OFF ? OFF : classArg[(d - a) * C + classOf[v]!]!;
    p = pool.parent[p]!;
  }
  return { values, cost: bestCost, exact };
}
