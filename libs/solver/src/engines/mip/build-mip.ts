import { NO_LIMIT, type CompiledModel } from '../../model/compiled-model.js';
import { OFF } from '../../model/roster.js';

/** A MIP in the arrays HiGHS takes (CSR rows), plus the map back to roster cells. */
export interface RosterMip {
  numCols: number;
  numRows: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  integrality: Int32Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  /**
   * The MIP objective of the current cells. The roster's soft objective is
   * `state.soft − currentObjective + MIP objective` (exact except for fairness far from the share).
   */
  currentObjective: number;
  /** For each x column: cell index (e * D + d) and shift type. */
  xCell: Int32Array;
  xShift: Int16Array;
  /** Number of x columns (they come first). */
  numX: number;
  /** The start: current cells as column values (aux columns at their cheapest value). */
  start: Float64Array;
}

class Builder {
  cost: number[] = [];
  lower: number[] = [];
  upper: number[] = [];
  integer: number[] = [];
  start: number[] = [];
  rowLower: number[] = [];
  rowUpper: number[] = [];
  starts: number[] = [0];
  indices: number[] = [];
  values: number[] = [];

  col(cost: number, lo: number, hi: number, integer: boolean, start: number): number {
    this.cost.push(cost);
    this.lower.push(lo);
    this.upper.push(hi);
    this.integer.push(integer ? 1 : 0);
    this.start.push(start);
    return this.cost.length - 1;
  }

  /** Adds lo ≤ constant + Σ coef·col ≤ hi; dropped when it has no column. */
  row(lo: number, hi: number, constant: number, cols: number[], coefs: number[]): void {
    if (cols.length === 0) return;
    this.rowLower.push(lo - constant);
    this.rowUpper.push(hi - constant);
    for (let i = 0; i < cols.length; i++) {
      this.indices.push(cols[i]!);
      this.values.push(coefs[i]!);
    }
    this.starts.push(this.indices.length);
  }
}

/** A linear expression: constant + Σ coef·col. */
interface Expr {
  c: number;
  cols: number[];
  coefs: number[];
}

const expr = (): Expr => ({ c: 0, cols: [], coefs: [] });

function add(target: Expr, source: Expr, factor: number): void {
  target.c += factor * source.c;
  for (let i = 0; i < source.cols.length; i++) {
    target.cols.push(source.cols[i]!);
    target.coefs.push(factor * source.coefs[i]!);
  }
}

/**
 * Builds the roster MIP over the cells marked in `free` (others fixed at `cells`): binary
 * x[e,d,s] per free cell and allowed shift type, the contract rules as linear rows (sliding
 * windows for the run rules, pattern cuts for the minimum runs with the horizon edges exempt),
 * shift limits (soft ones with an excess column), weekend indicators, cover slack with the
 * under/over weights, fairness as secants of the squared deviation (exact at whole numbers)
 * and continuity hand-overs. Rows that touch no free cell are left out, so a window of a few
 * days or a handful of employees is a small MIP.
 */
export function buildRosterMip(m: CompiledModel, current: Int16Array, free: Uint8Array): RosterMip {
  const { E, D, S } = m;
  // Pinned cells hold their pinned value whatever the current roster says.
  const cells = current.slice();
  for (let c = 0; c < E * D; c++) if (m.pinned[c] !== -2) cells[c] = m.pinned[c]!;
  const V = S + 1;
  const b = new Builder();
  const xIndex = new Int32Array(E * D * S).fill(-1);
  const xCell: number[] = [];
  const xShift: number[] = [];
  let freeCost = 0; // soft cost of the terms the MIP re-decides, at the current cells
  // x columns first.
  for (let c = 0; c < E * D; c++) {
    if (!free[c]) continue;
    if (m.pinned[c] !== -2) continue;
    const cur = cells[c]!;
    freeCost += m.cellCost[c * V + cur + 1]!;
    for (let s = 0; s < S; s++) {
      if (m.block[c * S + s]) continue;
      const cost = m.cellCost[c * V + s + 1]! - m.cellCost[c * V]!;
      xIndex[c * S + s] = b.col(cost, 0, 1, true, cur === s ? 1 : 0);
      xCell.push(c);
      xShift.push(s);
    }
  }
  const numX = b.cost.length;
  let offset = 0;
  for (let c = 0; c < E * D; c++) if (free[c] && m.pinned[c] === -2) offset += m.cellCost[c * V]!;

  /** x[e,d,s] or its fixed value. */
  const cellExpr = (e: number, d: number, s: number): Expr => {
    const c = e * D + d;
    const out = expr();
    if (free[c] && m.pinned[c] === -2) {
      const j = xIndex[c * S + s]!;
      if (j >= 0) {
        out.cols.push(j);
        out.coefs.push(1);
      }
    } else out.c = cells[c] === s ? 1 : 0;
    return out;
  };
  const workExpr = (e: number, d: number): Expr => {
    const c = e * D + d;
    if (!free[c] || m.pinned[c] !== -2) {
      const out = expr();
      out.c = cells[c] !== OFF ? 1 : 0;
      return out;
    }
    const out = expr();
    for (let s = 0; s < S; s++) {
      const j = xIndex[c * S + s]!;
      if (j >= 0) {
        out.cols.push(j);
        out.coefs.push(1);
      }
    }
    return out;
  };

  for (let e = 0; e < E; e++) {
    // Prefix count of free days, to test whether a window holds a free day in O(1).
    const prefix = new Int32Array(D + 1);
    for (let d = 0; d < D; d++)
      prefix[d + 1] = prefix[d]! + (free[e * D + d] && m.pinned[e * D + d] === -2 ? 1 : 0);
    if (prefix[D] === 0) continue;
    const hasFree = (lo: number, hi: number): boolean =>
      prefix[Math.min(D, hi + 1)]! - prefix[Math.max(0, lo)]! > 0;
    const w: Expr[] = [];
    for (let d = 0; d < D; d++) w.push(workExpr(e, d));

    // One shift per day.
    for (let d = 0; d < D; d++)
      if (w[d]!.cols.length > 1) b.row(-Infinity, 1, 0, w[d]!.cols, w[d]!.coefs);

    // Successions: x[d,s] + Σ_{t may not follow s} x[d+1,t] ≤ 1.
    for (let d = 0; d + 1 < D; d++) {
      if (!hasFree(d, d + 1)) continue;
      for (let s = 0; s < S; s++) {
        const lhs = cellExpr(e, d, s);
        if (lhs.cols.length === 0 && lhs.c === 0) continue;
        let any = false;
        for (let t = 0; t < S; t++) {
          if (!m.succession[(e * S + s) * S + t]) continue;
          add(lhs, cellExpr(e, d + 1, t), 1);
          any = true;
        }
        if (any) b.row(-Infinity, 1, lhs.c, lhs.cols, lhs.coefs);
      }
    }

    // Shifts per type and minutes over the horizon.
    const minutes = expr();
    for (let s = 0; s < S; s++) {
      const count = expr();
      for (let d = 0; d < D; d++) add(count, cellExpr(e, d, s), 1);
      add(minutes, count, m.shiftMinutes[s]!);
      const max = m.maxPerType[e * S + s]!;
      if (max < NO_LIMIT) b.row(-Infinity, max, count.c, count.cols, count.coefs);
    }
    // Shift limits: a hard one is a row; a soft one pays its weight per shift above the maximum
    // through a non-negative excess column.
    for (let i = m.limitStart[e]!; i < m.limitStart[e + 1]!; i++) {
      const l = m.shiftLimits[i]!;
      const count = expr();
      let current = 0;
      for (let d = 0; d < D; d++) {
        if (!l.days[d]) continue;
        for (let s = 0; s < S; s++) if (l.types[s]) add(count, cellExpr(e, d, s), 1);
        const v = cells[e * D + d]!;
        if (v !== OFF && l.types[v]) current++;
      }
      if (count.cols.length === 0) continue;
      if (l.weight === 0) {
        b.row(-Infinity, l.max, count.c, count.cols, count.coefs);
        continue;
      }
      const over = Math.max(0, current - l.max);
      freeCost += l.weight * over;
      const u = b.col(l.weight, 0, Infinity, false, over);
      b.row(-Infinity, l.max, count.c, [...count.cols, u], [...count.coefs, -1]);
    }
    const maxMin = m.maxMinutes[e]!;
    const minMin = m.minMinutes[e]!;
    if (maxMin < NO_LIMIT || minMin > 0) {
      b.row(minMin, maxMin < NO_LIMIT ? maxMin : Infinity, minutes.c, minutes.cols, minutes.coefs);
    }

    // At most C working days in any C + 1 consecutive days.
    const C = m.maxConsecutive[e]!;
    if (C < D) {
      for (let d = 0; d + C < D; d++) {
        if (!hasFree(d, d + C)) continue;
        const sum = expr();
        for (let i = d; i <= d + C; i++) add(sum, w[i]!, 1);
        b.row(-Infinity, C, sum.c, sum.cols, sum.coefs);
      }
    }
    // No inner working run shorter than minC: forbid off, L × on, off for L < minC.
    const minC = m.minConsecutive[e]!;
    for (let L = 1; L < minC; L++) {
      for (let d = 1; d + L <= D - 1; d++) {
        if (!hasFree(d - 1, d + L)) continue;
        const sum = expr();
        add(sum, w[d - 1]!, -1);
        for (let i = d; i < d + L; i++) add(sum, w[i]!, 1);
        add(sum, w[d + L]!, -1);
        b.row(-Infinity, L - 1, sum.c, sum.cols, sum.coefs);
      }
    }
    // No inner run of days off shorter than minO: forbid on, L × off, on.
    const minO = m.minConsecutiveOff[e]!;
    for (let L = 1; L < minO; L++) {
      for (let d = 1; d + L <= D - 1; d++) {
        if (!hasFree(d - 1, d + L)) continue;
        const sum = expr();
        add(sum, w[d - 1]!, 1);
        for (let i = d; i < d + L; i++) add(sum, w[i]!, -1);
        add(sum, w[d + L]!, 1);
        b.row(-Infinity, 1, sum.c, sum.cols, sum.coefs);
      }
    }
    // Worked weekends: y_k ≥ w(day) for each day of weekend k, Σ y ≤ max.
    const maxW = m.maxWeekends[e]!;
    if (maxW < m.weekendDays.length) {
      const total = expr();
      for (const days of m.weekendDays) {
        if (!days.some((d) => hasFree(d, d))) {
          total.c += days.some((d) => cells[e * D + d] !== OFF) ? 1 : 0;
          continue;
        }
        const worked = days.some((d) => cells[e * D + d] !== OFF) ? 1 : 0;
        const y = b.col(0, 0, 1, false, worked);
        for (const d of days) {
          const wd = w[d]!;
          b.row(-Infinity, 0, wd.c, [...wd.cols, y], [...wd.coefs, -1]);
        }
        total.cols.push(y);
        total.coefs.push(1);
      }
      b.row(-Infinity, maxW, total.c, total.cols, total.coefs);
    }
  }

  // Cover: headcount x_k with convex piecewise cost via slack columns.
  for (let d = 0; d < D; d++) {
    for (let s = 0; s < S; s++) {
      const k = d * S + s;
      const head = expr();
      for (let e = 0; e < E; e++) add(head, cellExpr(e, d, s), 1);
      if (head.cols.length === 0) continue;
      let current = head.c;
      for (let e = 0; e < E; e++)
        if (free[e * D + d] && m.pinned[e * D + d] === -2 && cells[e * D + d] === s) current++;
      const min = m.demandMin[k]!;
      const ideal = m.demandIdeal[k]!;
      const max = m.demandMax[k]!;
      const wMin = m.weightBelowMin[k]!;
      const wIdeal = m.weightBelowIdeal[k]!;
      const wOver = m.weightAboveMax[k]!;
      freeCost +=
        wMin * Math.max(0, min - current) +
        wIdeal * Math.max(0, ideal - current) +
        (max < NO_LIMIT ? wOver * Math.max(0, current - max) : 0);
      if (wMin > 0 && min > 0) {
        const u = b.col(wMin, 0, Infinity, false, Math.max(0, min - current));
        b.row(min, Infinity, head.c, [...head.cols, u], [...head.coefs, 1]);
      }
      if (wIdeal > 0 && ideal > 0) {
        const u = b.col(wIdeal, 0, Infinity, false, Math.max(0, ideal - current));
        b.row(ideal, Infinity, head.c, [...head.cols, u], [...head.coefs, 1]);
      }
      if (wOver > 0 && max < NO_LIMIT) {
        const o = b.col(wOver, 0, Infinity, false, Math.max(0, current - max));
        b.row(-Infinity, max, head.c, [...head.cols, o], [...head.coefs, -1]);
      }
    }
  }

  // Fairness: z ≥ secant of weight × (load − target)² between each pair of whole numbers.
  for (const f of m.fairness) {
    if (f.weight <= 0) continue;
    for (let e = 0; e < E; e++) {
      const load = expr();
      load.c = f.history[e]!;
      for (let d = 0; d < D; d++)
        for (let s = 0; s < S; s++) if (f.counts[d * S + s]) add(load, cellExpr(e, d, s), 1);
      let current = f.history[e]!;
      for (let d = 0; d < D; d++) {
        const v = cells[e * D + d]!;
        if (v !== OFF && f.counts[d * S + v]) current++;
      }
      const cost = (x: number): number => f.weight * (x - f.target[e]!) ** 2;
      if (load.cols.length === 0) continue;
      freeCost += cost(current);
      const lo = load.c;
      const hi = load.c + load.cols.length;
      const z = b.col(1, 0, Infinity, false, cost(current));
      // Secants between every pair of whole numbers the load can take make the term exact;
      // when it can take many, those near the share (the rest only relax it: still a bound).
      const centre = Math.round(f.target[e]!);
      const whole = hi - lo <= 32;
      for (
        let k = whole ? lo : Math.max(lo, centre - 12);
        k < (whole ? hi : Math.min(hi, centre + 12));
        k++
      ) {
        // z ≥ cost(k) + (cost(k+1) − cost(k)) (load − k)
        const slope = cost(k + 1) - cost(k);
        b.row(
          -Infinity,
          slope * k - cost(k),
          slope * load.c,
          [...load.cols, z],
          [...load.coefs.map((v) => slope * v), -1],
        );
      }
    }
  }

  // Continuity: h ≥ |cover(d) − cover(d+1)| for each substitute on each link, cost w / 2.
  if (m.weights.continuity > 0) {
    for (const link of m.continuity) {
      for (let e = 0; e < E; e++) {
        if (link.regular[e]) continue;
        const a = cellExpr(e, link.day, link.fromShift);
        const c = cellExpr(e, link.day + 1, link.toShift);
        if (a.cols.length === 0 && c.cols.length === 0) continue;
        const cur =
          (cells[e * D + link.day] === link.fromShift ? 1 : 0) !==
          (cells[e * D + link.day + 1] === link.toShift ? 1 : 0)
            ? 1
            : 0;
        freeCost += (cur * m.weights.continuity) / 2;
        const h = b.col(m.weights.continuity / 2, 0, Infinity, false, cur);
        const diff = expr();
        add(diff, a, 1);
        add(diff, c, -1);
        b.row(-Infinity, 0, diff.c, [...diff.cols, h], [...diff.coefs, -1]);
        b.row(-Infinity, 0, -diff.c, [...diff.cols, h], [...diff.coefs.map((v) => -v), -1]);
      }
    }
  }

  const numCols = b.cost.length;
  const startVec = Float64Array.from(b.start);
  return {
    numCols,
    numRows: b.rowLower.length,
    colCost: Float64Array.from(b.cost),
    colLower: Float64Array.from(b.lower),
    colUpper: Float64Array.from(b.upper),
    integrality: Int32Array.from(b.integer),
    rowLower: Float64Array.from(b.rowLower),
    rowUpper: Float64Array.from(b.rowUpper),
    starts: Int32Array.from(b.starts),
    indices: Int32Array.from(b.indices),
    values: Float64Array.from(b.values),
    currentObjective: freeCost - offset,
    xCell: Int32Array.from(xCell),
    xShift: Int16Array.from(xShift),
    numX,
    start: startVec,
  };
}
