import { NO_LIMIT, type CompiledModel } from '../model/compiled-model.js';
import { OFF, type Roster } from '../model/roster.js';

/**
 * A roster with incremental (delta) scoring, for the local search.
 *
 * It keeps per-employee counters (shifts per type, minutes, weekends, fairness loads, shift
 * limits) and the headcount per demand cell, so a move is priced by looking only at the days
 * it touches and the runs around them. Hard rules are priced by how far they are broken
 * ("degree", in days, shifts or shift-lengths of minutes) so the search can walk through
 * infeasible rosters towards feasible ones; `hard === 0` exactly when the scorer finds no
 * hard breach, and `soft` equals the scorer's objective (both are checked in
 * roster-state.spec.ts).
 */
export class RosterState {
  readonly m: CompiledModel;
  readonly E: number;
  readonly D: number;
  readonly S: number;
  readonly cells: Int16Array;
  readonly typeCount: Int32Array;
  readonly minutes: Int32Array;
  readonly weekendWork: Uint8Array;
  readonly weekendsWorked: Int32Array;
  readonly cover: Int32Array;
  readonly fairLoad: Float64Array;
  /** Shifts counted by each shift limit (`model.shiftLimits`). */
  readonly limitCount: Int32Array;
  /** Hard degree per employee (all hard rules are about one employee). */
  readonly rowHard: Float64Array;
  hard = 0;
  soft = 0;
  /** Results of the last delta evaluation (kept in fields to avoid allocating in the hot loop). */
  dHard = 0;
  dSoft = 0;

  private readonly W: number;
  private readonly V: number;
  private readonly scratchCount: Int32Array;
  private readonly touchedTypes: Int32Array;
  private readonly scratchFair: Float64Array;
  private readonly scratchLimit: Int32Array;
  private readonly hasLimits: boolean;
  private readonly touchedWeekends: Int32Array;
  private readonly weekendSeen: Uint8Array;
  private readonly seg: Int16Array;
  private readonly seg2: Int16Array;
  private readonly hasSuccession: boolean;
  private readonly hasContinuity: boolean;
  private readonly continuityByDay: number[][];

  constructor(model: CompiledModel, roster?: Roster) {
    this.m = model;
    this.E = model.E;
    this.D = model.D;
    this.S = model.S;
    this.V = model.S + 1;
    this.W = model.weekendDays.length;
    this.cells = roster ? roster.cells.slice() : new Int16Array(model.E * model.D).fill(OFF);
    this.typeCount = new Int32Array(this.E * this.S);
    this.minutes = new Int32Array(this.E);
    this.weekendWork = new Uint8Array(this.E * Math.max(1, this.W));
    this.weekendsWorked = new Int32Array(this.E);
    this.cover = new Int32Array(this.D * this.S);
    this.fairLoad = new Float64Array(model.fairness.length * this.E);
    this.rowHard = new Float64Array(this.E);
    this.scratchCount = new Int32Array(this.S);
    this.touchedTypes = new Int32Array(2 * this.D + this.S); // a type may be listed again after its count returns to 0
    this.scratchFair = new Float64Array(model.fairness.length);
    this.limitCount = new Int32Array(model.shiftLimits.length);
    this.scratchLimit = new Int32Array(model.shiftLimits.length);
    this.hasLimits = model.shiftLimits.length > 0;
    this.touchedWeekends = new Int32Array(this.D);
    this.weekendSeen = new Uint8Array(Math.max(1, this.W));
    this.seg = new Int16Array(this.D);
    this.seg2 = new Int16Array(this.D);
    this.hasSuccession = model.succession.some((x) => x !== 0);
    this.hasContinuity = model.continuity.length > 0 && model.weights.continuity > 0;
    this.continuityByDay = Array.from({ length: this.D }, () => []);
    model.continuity.forEach((l, i) => this.continuityByDay[l.day]!.push(i));
    this.recompute();
  }

  toRoster(): Roster {
    return { employees: this.E, days: this.D, cells: this.cells.slice() };
  }

  get(e: number, d: number): number {
    return this.cells[e * this.D + d]!;
  }

  /** Rebuilds every counter and total from the cells (also clears floating-point drift). */
  recompute(): void {
    const { m, E, D, S } = this;
    this.typeCount.fill(0);
    this.minutes.fill(0);
    this.weekendWork.fill(0);
    this.weekendsWorked.fill(0);
    this.cover.fill(0);
    this.fairLoad.fill(0);
    this.limitCount.fill(0);
    let soft = 0;
    for (let e = 0; e < E; e++) {
      for (let d = 0; d < D; d++) {
        const s = this.cells[e * D + d]!;
        soft += m.cellCost[(e * D + d) * this.V + s + 1]!;
        if (s === OFF) continue;
        this.typeCount[e * S + s]!++;
        this.minutes[e]! += m.shiftMinutes[s]!;
        this.cover[d * S + s]!++;
        const w = m.weekendOf[d]!;
        if (w >= 0) this.weekendWork[e * this.W + w]!++;
        for (let c = 0; c < m.fairness.length; c++) {
          if (m.fairness[c]!.counts[d * S + s]) this.fairLoad[c * E + e]!++;
        }
        if (this.hasLimits) this.countLimits(e, d, s, 1, this.limitCount);
      }
      for (let w = 0; w < this.W; w++)
        if (this.weekendWork[e * this.W + w]) this.weekendsWorked[e]!++;
    }
    for (let k = 0; k < D * S; k++) soft += this.coverCost(k, this.cover[k]!);
    for (let c = 0; c < m.fairness.length; c++) {
      const f = m.fairness[c]!;
      if (f.weight <= 0) continue;
      for (let e = 0; e < E; e++) {
        const dev = f.history[e]! + this.fairLoad[c * E + e]! - f.target[e]!;
        soft += f.weight * dev * dev;
      }
    }
    for (let i = 0; i < m.shiftLimits.length; i++) {
      const l = m.shiftLimits[i]!;
      if (l.weight > 0) soft += l.weight * excess(this.limitCount[i]!, l.max);
    }
    let hard = 0;
    for (let e = 0; e < E; e++) {
      const h = this.rowHardFromScratch(e);
      this.rowHard[e] = h;
      hard += h;
      if (this.hasContinuity) soft += this.continuityCost(e, 0, D - 1, -1, 0, null);
    }
    this.hard = hard;
    this.soft = soft;
  }

  coverCost(k: number, x: number): number {
    const m = this.m;
    let c = 0;
    const min = m.demandMin[k]!;
    if (x < min) c += m.weightBelowMin[k]! * (min - x);
    const ideal = m.demandIdeal[k]!;
    if (x < ideal) c += m.weightBelowIdeal[k]! * (ideal - x);
    const max = m.demandMax[k]!;
    if (x > max) c += m.weightAboveMax[k]! * (x - max);
    return c;
  }

  /** Marginal cover cost of one more (delta = 1) or one fewer (delta = −1) person on cell k. */
  coverDelta(k: number, delta: number): number {
    const x = this.cover[k]!;
    return this.coverCost(k, x + delta) - this.coverCost(k, x);
  }

  private rowHardFromScratch(e: number): number {
    const { m, D, S } = this;
    let h = 0;
    for (let s = 0; s < S; s++) h += excess(this.typeCount[e * S + s]!, m.maxPerType[e * S + s]!);
    h += this.minutesDegree(e, this.minutes[e]!);
    h += excess(this.weekendsWorked[e]!, m.maxWeekends[e]!);
    for (let i = m.limitStart[e]!; i < m.limitStart[e + 1]!; i++) {
      const l = m.shiftLimits[i]!;
      if (l.weight === 0) h += excess(this.limitCount[i]!, l.max);
    }
    for (let d = 0; d < D; d++) {
      const s = this.cells[e * D + d]!;
      if (s !== OFF && m.block[(e * D + d) * S + s]) h++;
      if (s === OFF && m.pinned[e * D + d]! >= 0) h++;
    }
    h += this.windowHard(e, 0, D - 1, -1, 0, null);
    return h;
  }

  /** Adds `delta` to `into[i]` for every shift limit i of e that counts shift type s on day d. */
  private countLimits(e: number, d: number, s: number, delta: number, into: Int32Array): void {
    const m = this.m;
    const to = m.limitByTypeStart[e * this.S + s + 1]!;
    for (let j = m.limitByTypeStart[e * this.S + s]!; j < to; j++) {
      const i = m.limitByType[j]!;
      if (m.shiftLimits[i]!.days[d]) into[i]! += delta;
    }
  }

  private minutesDegree(e: number, minutes: number): number {
    const m = this.m;
    let h = 0;
    const max = m.maxMinutes[e]!;
    if (max < NO_LIMIT && minutes > max) h += (minutes - max) / m.meanShiftMinutes;
    const min = m.minMinutes[e]!;
    if (minutes < min) h += (min - minutes) / m.meanShiftMinutes;
    return h;
  }

  /**
   * Hard degree of the runs and successions that intersect days [lo, hi] of employee e, with
   * days [a, a + n) read from `src` instead of the roster when `src` is given.
   */
  private windowHard(
    e: number,
    lo: number,
    hi: number,
    a: number,
    n: number,
    src: Int16Array | null,
  ): number {
    const { m, D, S } = this;
    const base = e * D;
    let h = 0;
    // Successions on pairs (d, d + 1) with d in [lo − 1, hi].
    if (this.hasSuccession) {
      const from = Math.max(0, lo - 1);
      const to = Math.min(D - 2, hi);
      let prev = this.at(base, from, a, n, src);
      for (let d = from; d <= to; d++) {
        const next = this.at(base, d + 1, a, n, src);
        if (prev !== OFF && next !== OFF && m.succession[(e * S + prev) * S + next]) h++;
        prev = next;
      }
    }
    // Runs intersecting [lo, hi]: extend to whole runs first.
    let l = lo;
    const wl = this.at(base, l, a, n, src) !== OFF;
    while (l > 0 && (this.at(base, l - 1, a, n, src) !== OFF) === wl) l--;
    let r = hi;
    const wr = this.at(base, r, a, n, src) !== OFF;
    while (r < D - 1 && (this.at(base, r + 1, a, n, src) !== OFF) === wr) r++;
    const maxC = m.maxConsecutive[e]!;
    const minC = m.minConsecutive[e]!;
    const minO = m.minConsecutiveOff[e]!;
    let d = l;
    while (d <= r) {
      const working = this.at(base, d, a, n, src) !== OFF;
      let len = 1;
      while (d + len <= r && (this.at(base, d + len, a, n, src) !== OFF) === working) len++;
      const inner = d > 0 && d + len < D;
      if (working) {
        if (len > maxC) h += len - maxC;
        if (inner && len < minC) h += minC - len;
      } else if (inner && len < minO) h += minO - len;
      d += len;
    }
    return h;
  }

  /** Cell (base + d), read from `src` for days in [a, a + n). */
  private at(base: number, d: number, a: number, n: number, src: Int16Array | null): number {
    return src !== null && d >= a && d < a + n ? src[d - a]! : this.cells[base + d]!;
  }

  /**
   * Continuity cost of links on pairs starting in [lo − 1, hi] for employee e (same reading
   * rule). Same definition as the continuityOfCover rule: a substitute covering one day of a
   * pair but not the other is half a hand-over.
   */
  private continuityCost(
    e: number,
    lo: number,
    hi: number,
    a: number,
    n: number,
    src: Int16Array | null,
  ): number {
    const { m, D } = this;
    const base = e * D;
    let count = 0;
    const from = Math.max(0, lo - 1);
    const to = Math.min(D - 2, hi);
    for (let d = from; d <= to; d++) {
      const links = this.continuityByDay[d]!;
      if (links.length === 0) continue;
      const first = this.at(base, d, a, n, src);
      const second = this.at(base, d + 1, a, n, src);
      for (const i of links) {
        const link = m.continuity[i]!;
        if (link.regular[e]) continue;
        if ((first === link.fromShift) !== (second === link.toShift)) count++;
      }
    }
    return (count * m.weights.continuity) / 2;
  }

  /**
   * Prices replacing days [a, a + n) of employee e by `src[0 … n − 1]`, without the cover
   * (callers add it: swaps leave the cover unchanged). Result in `dHard`, `dSoft`.
   */
  private rowDelta(e: number, a: number, n: number, src: Int16Array): void {
    const { m, D, S, V, E } = this;
    const base = e * D;
    let dHard = 0;
    let dSoft = 0;
    let touched = 0;
    let wTouched = 0;
    let dMinutes = 0;
    const nf = m.fairness.length;
    for (let c = 0; c < nf; c++) this.scratchFair[c] = 0;
    let changed = false;
    for (let i = 0; i < n; i++) {
      const d = a + i;
      const o = this.cells[base + d]!;
      const v = src[i]!;
      if (o === v) continue;
      changed = true;
      const cell = (base + d) * V;
      dSoft += m.cellCost[cell + v + 1]! - m.cellCost[cell + o + 1]!;
      if (o !== OFF) {
        if (m.block[(base + d) * S + o]) dHard--;
        if (this.scratchCount[o] === 0) this.touchedTypes[touched++] = o;
        this.scratchCount[o]!--;
        dMinutes -= m.shiftMinutes[o]!;
        for (let c = 0; c < nf; c++) if (m.fairness[c]!.counts[d * S + o]) this.scratchFair[c]!--;
        if (this.hasLimits) this.countLimits(e, d, o, -1, this.scratchLimit);
      } else if (m.pinned[base + d]! >= 0) dHard--;
      if (v !== OFF) {
        if (m.block[(base + d) * S + v]) dHard++;
        if (this.scratchCount[v] === 0) this.touchedTypes[touched++] = v;
        this.scratchCount[v]!++;
        dMinutes += m.shiftMinutes[v]!;
        for (let c = 0; c < nf; c++) if (m.fairness[c]!.counts[d * S + v]) this.scratchFair[c]!++;
        if (this.hasLimits) this.countLimits(e, d, v, 1, this.scratchLimit);
      } else if (m.pinned[base + d]! >= 0) dHard++;
      const w = m.weekendOf[d]!;
      if (w >= 0 && !this.weekendSeen[w]) {
        this.weekendSeen[w] = 1;
        this.touchedWeekends[wTouched++] = w;
      }
    }
    if (!changed) {
      this.dHard = 0;
      this.dSoft = 0;
      return;
    }
    for (let t = 0; t < touched; t++) {
      const s = this.touchedTypes[t]!;
      const delta = this.scratchCount[s]!;
      this.scratchCount[s] = 0;
      if (delta === 0) continue;
      const count = this.typeCount[e * S + s]!;
      const max = m.maxPerType[e * S + s]!;
      dHard += excess(count + delta, max) - excess(count, max);
    }
    if (dMinutes !== 0) {
      dHard +=
        this.minutesDegree(e, this.minutes[e]! + dMinutes) -
        this.minutesDegree(e, this.minutes[e]!);
    }
    if (wTouched > 0) {
      let dWeekends = 0;
      for (let t = 0; t < wTouched; t++) {
        const w = this.touchedWeekends[t]!;
        this.weekendSeen[w] = 0;
        let worked = 0;
        for (const d of m.weekendDays[w]!) {
          const v = d >= a && d < a + n ? src[d - a]! : this.cells[base + d]!;
          if (v !== OFF) worked++;
        }
        const before = this.weekendWork[e * this.W + w]! > 0 ? 1 : 0;
        dWeekends += (worked > 0 ? 1 : 0) - before;
      }
      if (dWeekends !== 0) {
        const ww = this.weekendsWorked[e]!;
        dHard += excess(ww + dWeekends, m.maxWeekends[e]!) - excess(ww, m.maxWeekends[e]!);
      }
    }
    if (this.hasLimits) {
      for (let i = m.limitStart[e]!; i < m.limitStart[e + 1]!; i++) {
        const delta = this.scratchLimit[i]!;
        if (delta === 0) continue;
        this.scratchLimit[i] = 0;
        const l = m.shiftLimits[i]!;
        const count = this.limitCount[i]!;
        const change = excess(count + delta, l.max) - excess(count, l.max);
        if (l.weight > 0) dSoft += l.weight * change;
        else dHard += change;
      }
    }
    for (let c = 0; c < nf; c++) {
      const delta = this.scratchFair[c]!;
      const f = m.fairness[c]!;
      if (delta === 0 || f.weight <= 0) continue;
      const dev = f.history[e]! + this.fairLoad[c * E + e]! - f.target[e]!;
      dSoft += f.weight * ((dev + delta) * (dev + delta) - dev * dev);
    }
    const lo = Math.max(0, a - 1);
    const hi = Math.min(D - 1, a + n);
    dHard += this.windowHard(e, lo, hi, a, n, src) - this.windowHard(e, lo, hi, -1, 0, null);
    if (this.hasContinuity) {
      dSoft +=
        this.continuityCost(e, lo, hi, a, n, src) - this.continuityCost(e, lo, hi, -1, 0, null);
    }
    this.dHard = dHard;
    this.dSoft = dSoft;
  }

  /** Prices setting cell (e, d) to v. */
  evalSet(e: number, d: number, v: number): void {
    const o = this.cells[e * this.D + d]!;
    if (o === v) {
      this.dHard = 0;
      this.dSoft = 0;
      return;
    }
    this.seg[0] = v;
    this.rowDelta(e, d, 1, this.seg);
    let c = 0;
    if (o !== OFF) c += this.coverDelta(d * this.S + o, -1);
    if (v !== OFF) c += this.coverDelta(d * this.S + v, 1);
    this.dSoft += c;
  }

  /** Prices exchanging days [a, b] between employees e1 and e2 (headcounts do not change). */
  evalSwap(e1: number, e2: number, a: number, b: number): void {
    const n = b - a + 1;
    const D = this.D;
    for (let i = 0; i < n; i++) {
      this.seg[i] = this.cells[e2 * D + a + i]!;
      this.seg2[i] = this.cells[e1 * D + a + i]!;
    }
    this.rowDelta(e1, a, n, this.seg);
    const h = this.dHard;
    const s = this.dSoft;
    this.rowDelta(e2, a, n, this.seg2);
    this.dHard += h;
    this.dSoft += s;
  }

  /**
   * Prices replacing days [a, a + n) of e1 by `v1` and of e2 by `v2` where the two rows only
   * trade cells day by day (so every headcount stays the same), e.g. a swap on two separate days.
   */
  evalTrade(e1: number, e2: number, a: number, v1: Int16Array, v2: Int16Array, n: number): void {
    this.rowDelta(e1, a, n, v1);
    const h = this.dHard;
    const s = this.dSoft;
    this.rowDelta(e2, a, n, v2);
    this.dHard += h;
    this.dSoft += s;
  }

  trade(e1: number, e2: number, a: number, v1: Int16Array, v2: Int16Array, n: number): void {
    this.evalTrade(e1, e2, a, v1, v2, n);
    const dh = this.dHard;
    const ds = this.dSoft;
    for (let i = 0; i < n; i++) {
      this.commitCell(e1, a + i, v1[i]!);
      this.commitCell(e2, a + i, v2[i]!);
    }
    this.hard += dh;
    this.soft += ds;
  }

  /** Prices replacing days [a, a + n) of employee e by `values`, including the headcounts. */
  evalSegment(e: number, a: number, values: ArrayLike<number>): void {
    const n = values.length;
    const D = this.D;
    const S = this.S;
    for (let i = 0; i < n; i++) this.seg[i] = values[i]!;
    this.rowDelta(e, a, n, this.seg);
    let c = 0;
    for (let i = 0; i < n; i++) {
      const o = this.cells[e * D + a + i]!;
      const v = values[i]!;
      if (o === v) continue;
      if (o !== OFF) c += this.coverDelta((a + i) * S + o, -1);
      if (v !== OFF) {
        c += this.coverDelta((a + i) * S + v, 1);
        // Keep successive cells of the same segment honest: count the change as applied.
        this.cover[(a + i) * S + v]!++;
      }
      if (o !== OFF) this.cover[(a + i) * S + o]!--;
    }
    for (let i = 0; i < n; i++) {
      const o = this.cells[e * D + a + i]!;
      const v = values[i]!;
      if (o === v) continue;
      if (v !== OFF) this.cover[(a + i) * S + v]!--;
      if (o !== OFF) this.cover[(a + i) * S + o]!++;
    }
    this.dSoft += c;
  }

  /** Applies a single-cell change, keeping every counter and total exact. */
  set(e: number, d: number, v: number): void {
    this.evalSet(e, d, v);
    this.commitCell(e, d, v);
    this.hard += this.dHard;
    this.soft += this.dSoft;
  }

  swap(e1: number, e2: number, a: number, b: number): void {
    this.evalSwap(e1, e2, a, b);
    const dh = this.dHard;
    const ds = this.dSoft;
    // rowHard per employee: recompute the two rows' share by pricing each side alone.
    const D = this.D;
    for (let d = a; d <= b; d++) {
      const x = this.cells[e1 * D + d]!;
      const y = this.cells[e2 * D + d]!;
      if (x === y) continue;
      this.commitCell(e1, d, y);
      this.commitCell(e2, d, x);
    }
    this.hard += dh;
    this.soft += ds;
  }

  setSegment(e: number, a: number, values: ArrayLike<number>): void {
    this.evalSegment(e, a, values);
    const dh = this.dHard;
    const ds = this.dSoft;
    for (let i = 0; i < values.length; i++) this.commitCell(e, a + i, values[i]!);
    this.hard += dh;
    this.soft += ds;
  }

  /** Updates counters for one cell; totals are the caller's job. rowHard is refreshed lazily. */
  private commitCell(e: number, d: number, v: number): void {
    const { m, D, S, E } = this;
    const idx = e * D + d;
    const o = this.cells[idx]!;
    if (o === v) return;
    const w = m.weekendOf[d]!;
    if (o !== OFF) {
      this.typeCount[e * S + o]!--;
      this.minutes[e]! -= m.shiftMinutes[o]!;
      this.cover[d * S + o]!--;
      if (w >= 0) {
        const k = e * this.W + w;
        this.weekendWork[k]!--;
        if (this.weekendWork[k] === 0) this.weekendsWorked[e]!--;
      }
      for (let c = 0; c < m.fairness.length; c++)
        if (m.fairness[c]!.counts[d * S + o]) this.fairLoad[c * E + e]!--;
      if (this.hasLimits) this.countLimits(e, d, o, -1, this.limitCount);
    }
    if (v !== OFF) {
      this.typeCount[e * S + v]!++;
      this.minutes[e]! += m.shiftMinutes[v]!;
      this.cover[d * S + v]!++;
      if (w >= 0) {
        const k = e * this.W + w;
        if (this.weekendWork[k] === 0) this.weekendsWorked[e]!++;
        this.weekendWork[k]!++;
      }
      for (let c = 0; c < m.fairness.length; c++)
        if (m.fairness[c]!.counts[d * S + v]) this.fairLoad[c * E + e]!++;
      if (this.hasLimits) this.countLimits(e, d, v, 1, this.limitCount);
    }
    this.cells[idx] = v;
    this.rowHardDirty = true;
  }

  private rowHardDirty = false;

  /** Hard degree per employee, refreshed on demand. */
  employeeHard(e: number): number {
    if (this.rowHardDirty) {
      for (let i = 0; i < this.E; i++) this.rowHard[i] = this.rowHardFromScratch(i);
      this.rowHardDirty = false;
    }
    return this.rowHard[e]!;
  }

  /** Hard degree of one employee computed now (O(D)). */
  employeeHardNow(e: number): number {
    return this.rowHardFromScratch(e);
  }

  /** Copies the cells of another state of the same model (e.g. restore the best roster). */
  load(cells: Int16Array): void {
    this.cells.set(cells);
    this.recompute();
  }
}

function excess(x: number, max: number): number {
  return x > max ? x - max : 0;
}
