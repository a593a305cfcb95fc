import { NO_LIMIT, softLimitCost, type CompiledModel } from '../model/compiled-model.js';
import { OFF } from '../model/roster.js';
import type { Deadline } from './clock.js';
import { dpStateCap } from './construct.js';
import type { HighsRuntime } from './mip/highs.js';
import type { Random } from './random.js';
import { bestRow } from './row-dp.js';

/**
 * Column generation over employees' rows (set partitioning), on the whole horizon or on a
 * window of days [a, b] with the rest of the roster fixed.
 *
 * Master: each employee picks one of their generated rows (segments), the cover of each demand
 * cell in the window is priced with slack columns (below minimum, below ideal, above maximum).
 * Pricing is the exact row programme (`bestRow`) with the cover duals as per-cell costs, so
 * every column is a valid row by construction and the LP gives a lower bound when pricing is
 * exact. Everything that is not cover is a property of one employee's row (preferences,
 * stability, backup, soft shift limits, fairness, continuity) and goes into the column's cost
 * exactly; the row programme prices the soft shift limits of the whole row as the column does.
 *
 * Integer rosters come from dives (fix the rows the LP already picks, or the most decided one,
 * re-generate, repeat) and from solving the restricted master as a MIP.
 */
export class RowGeneration {
  private readonly model;
  private readonly coverRows: Int32Array;
  private readonly convexity: Int32Array;
  private readonly numRows: number;
  private numCols = 0;
  /** For each slack column (they come first): its row's bound and kind (0 min, 1 ideal, 2 max). */
  private readonly slacks: Array<{ row: number; bound: number; kind: number }> = [];
  readonly columns: Array<{ e: number; values: Int16Array; cost: number; col: number }> = [];
  private readonly byEmployee: number[][];
  private readonly seen = new Set<string>();
  readonly fixed: Int32Array;
  /** Root LP bound for the window (−∞ until an exact pricing round proved it). */
  bound = -Infinity;
  lp = Infinity;
  iterations = 0;
  private rootDone = false;

  /** The root LP is solved to optimality: no column prices out (the bound is then exact). */
  get converged(): boolean {
    return this.rootDone;
  }
  readonly n: number;
  private readonly maxStates: number;
  private readonly outside: Float64Array;

  constructor(
    private readonly m: CompiledModel,
    private readonly highs: HighsRuntime,
    /** Cells outside the window (and the starting rows inside it). */
    private readonly context: Int16Array,
    readonly a: number,
    readonly b: number,
    /** Employees re-decided here (default everybody); the others stay as in `context`. */
    members?: readonly number[],
  ) {
    const { S, E } = m;
    this.n = b - a + 1;
    // fixed[e]: −2 not a member (kept as in the context), −1 free, else the column it is fixed to.
    this.fixed = new Int32Array(E).fill(members ? -2 : -1);
    if (members) for (const e of members) this.fixed[e] = -1;
    // Headcount the non-members already give each demand cell of the window.
    const given = new Int32Array(this.n * S);
    for (let e = 0; e < E; e++) {
      if (this.fixed[e] !== -2) continue;
      for (let i = 0; i < this.n; i++) {
        const v = context[e * m.D + a + i]!;
        if (v !== OFF) given[i * S + v]!++;
      }
    }
    this.maxStates = dpStateCap(this.n);
    this.model = highs.createModel();
    this.model.options.set({ output_flag: false } as never);
    this.coverRows = new Int32Array(this.n * S * 3).fill(-1);
    let rows = 0;
    const addRow = (lo: number, hi: number): number => {
      this.model.addRow(lo, hi, { indices: [], values: [] });
      return rows++;
    };
    for (let i = 0; i < this.n; i++) {
      for (let s = 0; s < S; s++) {
        const k = (a + i) * S + s;
        const w = (i * S + s) * 3;
        const g = given[i * S + s]!;
        if (m.weightBelowMin[k]! > 0 && m.demandMin[k]! - g > 0) {
          this.coverRows[w] = addRow(m.demandMin[k]! - g, Infinity);
          this.addSlack(m.weightBelowMin[k]!, this.coverRows[w]!, 1, m.demandMin[k]! - g, 0);
        }
        if (m.weightBelowIdeal[k]! > 0 && m.demandIdeal[k]! - g > 0) {
          this.coverRows[w + 1] = addRow(m.demandIdeal[k]! - g, Infinity);
          this.addSlack(
            m.weightBelowIdeal[k]!,
            this.coverRows[w + 1]!,
            1,
            m.demandIdeal[k]! - g,
            1,
          );
        }
        if (m.weightAboveMax[k]! > 0 && m.demandMax[k]! < NO_LIMIT) {
          this.coverRows[w + 2] = addRow(-Infinity, m.demandMax[k]! - g);
          this.addSlack(m.weightAboveMax[k]!, this.coverRows[w + 2]!, -1, m.demandMax[k]! - g, 2);
        }
      }
    }
    this.convexity = new Int32Array(E).fill(-1);
    for (let e = 0; e < E; e++) if (this.fixed[e] === -1) this.convexity[e] = addRow(1, 1);
    this.numRows = rows;
    this.byEmployee = Array.from({ length: E }, () => []);
    this.outside = new Float64Array(E);
    const V = S + 1;
    for (let e = 0; e < E; e++) {
      for (let d = 0; d < m.D; d++) {
        if (d >= a && d <= b) continue;
        this.outside[e]! += m.cellCost[(e * m.D + d) * V + context[e * m.D + d]! + 1]!;
      }
    }
    for (let e = 0; e < E; e++)
      if (this.isMember(e)) this.addColumn(e, context.subarray(e * m.D + a, e * m.D + b + 1));
  }

  private addSlack(cost: number, row: number, coef: number, bound: number, kind: number): void {
    this.model.addCol(cost, 0, Infinity, { indices: [row], values: [coef] });
    this.slacks.push({ row, bound, kind });
    this.numCols++;
  }

  dispose(): void {
    this.model.dispose();
  }

  isMember(e: number): boolean {
    return this.fixed[e] !== -2;
  }

  /** Members without a column fixed. */
  private freeCount(): number {
    let n = 0;
    for (let e = 0; e < this.m.E; e++) if (this.fixed[e] === -1) n++;
    return n;
  }

  get size(): number {
    return this.columns.length;
  }

  /** True when the last addColumn call created a column. */
  lastAdded = false;

  /** Adds a segment for employee e (days a … b) unless it is already there; returns its index. */
  addColumn(e: number, values: ArrayLike<number>): number {
    const key = `${e}:${Array.prototype.join.call(values, ',')}`;
    const { S, D } = this.m;
    this.lastAdded = false;
    if (this.seen.has(key)) {
      return (
        this.byEmployee[e]!.find((i) => this.columns[i]!.values.every((v, d) => v === values[d])) ??
        -1
      );
    }
    this.lastAdded = true;
    this.seen.add(key);
    const indices: number[] = [this.convexity[e]!];
    const coefs: number[] = [1];
    for (let i = 0; i < this.n; i++) {
      const v = values[i]!;
      if (v === OFF) continue;
      for (let j = 0; j < 3; j++) {
        const r = this.coverRows[(i * S + v) * 3 + j]!;
        if (r >= 0) {
          indices.push(r);
          coefs.push(1);
        }
      }
    }
    const row = this.context.slice(e * D, (e + 1) * D);
    for (let i = 0; i < this.n; i++) row[this.a + i] = values[i]!;
    // The row's cost minus the cell costs outside the window (a constant per employee), so that
    // the pricing programme, which sees the window's cells only, prices columns exactly.
    const cost = rowCost(this.m, e, row) - this.outside[e]!;
    const fixedOther = this.fixed[e]! >= 0;
    this.model.addCol(cost, 0, fixedOther ? 0 : Infinity, { indices, values: coefs });
    const index = this.columns.length;
    this.columns.push({
      e,
      values: Int16Array.from(values as ArrayLike<number>),
      cost,
      col: this.numCols++,
    });
    this.byEmployee[e]!.push(index);
    return index;
  }

  /** Adds the window's rows of a whole roster as columns; returns the column index per employee. */
  addRoster(cells: Int16Array): Int32Array {
    const { E, D } = this.m;
    const out = new Int32Array(E);
    for (let e = 0; e < E; e++) {
      out[e] = this.isMember(e)
        ? this.addColumn(e, cells.subarray(e * D + this.a, e * D + this.b + 1))
        : -2;
    }
    return out;
  }

  private solveLp(
    timeLimitSeconds: number,
  ): { objective: number; duals: Float64Array; values: Float64Array } | null {
    this.model.clearIntegrality();
    // HiGHS's time limit counts all runs of a model: restart its clock for this one.
    this.model.zeroAllClocks();
    this.model.options.set({ time_limit: Math.max(0.05, timeLimitSeconds) } as never);
    this.model.run();
    const st = this.highs.constants.modelStatus as unknown as Record<string, number>;
    if (this.model.getModelStatus() !== st.optimal) return null;
    const sol = this.model.getSolution();
    return { objective: this.model.getObjectiveValue(), duals: sol.rowDual, values: sol.colValue };
  }

  private pricingCosts(e: number, duals: Float64Array): Float64Array {
    const { D, S } = this.m;
    const V = S + 1;
    const m = this.m;
    const cost = new Float64Array(this.n * V);
    for (let i = 0; i < this.n; i++) {
      const d = this.a + i;
      const c = e * D + d;
      const pinned = m.pinned[c]!;
      for (let v = -1; v < S; v++) {
        if (pinned !== -2 ? v !== pinned : v !== OFF && m.block[c * S + v]) {
          cost[i * V + v + 1] = Infinity;
          continue;
        }
        let x = m.cellCost[c * V + v + 1]!;
        if (v !== OFF) {
          for (let j = 0; j < 3; j++) {
            const r = this.coverRows[(i * S + v) * 3 + j]!;
            if (r >= 0) x -= duals[r]!;
          }
        }
        cost[i * V + v + 1] = x;
      }
    }
    return cost;
  }

  /**
   * Generates columns until none prices out (or the deadline); returns the last LP solution.
   * Employees already fixed are not priced. `sample` limits pricing to that many employees per
   * round (partial pricing, for big windows).
   */
  generate(
    deadline: Deadline,
    rnd: Random | null = null,
    maxRounds = Infinity,
    tailingOff = 0,
  ): { objective: number; values: Float64Array } | null {
    let stalled = 0;
    let previous = Infinity;
    const { E, D } = this.m;
    let last: { objective: number; values: Float64Array } | null = null;
    const order = Array.from({ length: E }, (_, e) => e);
    for (let round = 0; ; round++) {
      const now = deadline.clock();
      if (now >= deadline.at) return last;
      const sol = this.solveLp((deadline.at - now) / 1000);
      if (!sol) return last;
      this.iterations++;
      last = { objective: sol.objective, values: sol.values };
      let added = 0;
      let sumNegative = 0;
      let exact = true;
      // Every free employee priced: only then does "no column added" mean the LP is converged.
      let complete = true;
      if (rnd) rnd.shuffle(order);
      for (const e of order) {
        if (this.fixed[e] !== -1) continue;
        if (deadline.clock() >= deadline.at) {
          exact = false;
          complete = false;
          break;
        }
        const mu = sol.duals[this.convexity[e]!]!;
        const row = bestRow(
          this.m,
          this.context,
          e,
          this.a,
          this.b,
          this.pricingCosts(e, sol.duals),
          {
            maxStates: this.maxStates,
            upperBound: mu - 1e-6,
            deadline,
          },
        );
        if (!row) {
          // Out of time mid-programme: this round's pricing is incomplete, so no bound from it.
          if (deadline.clock() >= deadline.at) {
            exact = false;
            complete = false;
            break;
          }
          continue;
        }
        if (!row.exact) exact = false;
        sumNegative += row.cost - mu;
        this.addColumn(e, row.values);
        if (this.lastAdded) added++;
      }
      void D;
      if (!this.rootDone && this.fixed.every((x) => x < 0)) {
        this.lp = sol.objective;
        if (exact) this.bound = Math.max(this.bound, sol.objective + sumNegative);
        if (added === 0 && complete) this.rootDone = true;
      }
      if (added === 0 || round + 1 >= maxRounds) return last;
      // Tailing off: stop when the LP barely moves any more (dives need good rows, not proofs).
      if (tailingOff > 0) {
        stalled =
          previous - sol.objective < tailingOff * Math.max(1, Math.abs(sol.objective))
            ? stalled + 1
            : 0;
        if (stalled >= 2) return last;
      }
      previous = sol.objective;
    }
  }

  fix(e: number, index: number): void {
    for (const i of this.byEmployee[e]!) {
      const v = i === index ? 1 : 0;
      this.model.changeColBounds(this.columns[i]!.col, v, v);
    }
    this.fixed[e] = index;
  }

  unfixAll(): void {
    for (let e = 0; e < this.m.E; e++) {
      if (this.fixed[e]! < 0) continue;
      for (const i of this.byEmployee[e]!)
        this.model.changeColBounds(this.columns[i]!.col, 0, Infinity);
      this.fixed[e] = -1;
    }
  }

  /**
   * Dives to an integer roster: repeatedly fixes every employee whose row the LP picks
   * outright (value > 0.99), else one of the most decided (randomised among near-ties),
   * re-generating columns in between. Returns the column fixed per employee, or null. With
   * `leaveFree`, the dive stops once at most that many members are still free and returns them
   * as −1, for an exact engine to decide together (the last rows a dive fixes one by one are
   * where it loses most: each is chosen with the others still fractional).
   */
  dive(
    deadline: Deadline,
    rnd: Random,
    randomness = 0,
    log?: (line: string) => void,
    leaveFree = 0,
  ): Int32Array | null {
    const { E } = this.m;
    let current = this.generate(deadline);
    let steps = 0;
    while (current) {
      const top = new Int32Array(E).fill(-1);
      const topVal = new Float64Array(E);
      for (let i = 0; i < this.columns.length; i++) {
        const c = this.columns[i]!;
        if (this.fixed[c.e]! >= 0) continue;
        const v = current.values[c.col]!;
        if (v > topVal[c.e]!) {
          topVal[c.e] = v;
          top[c.e] = i;
        }
      }
      let fixedNow = 0;
      const candidates: number[] = [];
      for (let e = 0; e < E; e++) {
        if (this.fixed[e]! >= 0 || top[e]! < 0) continue;
        if (topVal[e]! > 0.99) {
          this.fix(e, top[e]!);
          fixedNow++;
        } else candidates.push(e);
      }
      if (fixedNow === 0 && candidates.length > 0) {
        candidates.sort((x, y) => topVal[y]! - topVal[x]!);
        const pick =
          randomness > 0
            ? candidates[Math.min(candidates.length - 1, rnd.int(1 + Math.floor(randomness)))]!
            : candidates[0]!;
        this.fix(pick, top[pick]!);
      }
      if (this.freeCount() <= leaveFree) break;
      if (deadline.clock() >= deadline.at) break;
      // Within a dive a few pricing rounds per step are enough: it needs good rows, not proofs.
      current = this.generate(deadline, null, Infinity, 1e-4);
      steps++;
      log?.(
        `    step ${steps}: fixed ${this.fixed.filter((x) => x >= 0).length}/${E} lp ${current?.objective.toFixed(2)} columns ${this.size}`,
      );
    }
    const out = this.freeCount() <= leaveFree ? this.fixed.slice() : null;
    this.unfixAll();
    return out;
  }

  /** Solves the restricted master as a MIP, optionally from an incumbent (column per employee). */
  solveIp(deadline: Deadline, incumbent: Int32Array | null): Int32Array | null {
    if ((deadline.at - deadline.clock()) / 1000 <= 0.05) return null;
    const n = this.numCols;
    const types = new Int32Array(n);
    for (const c of this.columns) types[c.col] = 1;
    this.model.changeColsIntegrality(
      { kind: 'range', from: 0, to: n - 1 } as never,
      types as never,
    );
    if (incumbent) {
      const x = new Float64Array(n);
      const head = new Float64Array(this.numRows);
      for (const idx of incumbent) {
        if (idx < 0) continue;
        const c = this.columns[idx]!;
        x[c.col] = 1;
        for (let i = 0; i < this.n; i++) {
          const v = c.values[i]!;
          if (v === OFF) continue;
          for (let j = 0; j < 3; j++) {
            const r = this.coverRows[(i * this.m.S + v) * 3 + j]!;
            if (r >= 0) head[r]! += 1;
          }
        }
      }
      this.slacks.forEach(({ row, bound, kind }, col) => {
        x[col] = kind === 2 ? Math.max(0, head[row]! - bound) : Math.max(0, bound - head[row]!);
      });
      try {
        this.model.setSolution({ colValue: x });
      } catch {
        // A warm start only speeds HiGHS up; when it refuses one, it solves without.
      }
    }
    // The limit from the clock now, after the warm start is built, and on a restarted run clock.
    const left = (deadline.at - deadline.clock()) / 1000;
    if (left <= 0.02) {
      this.model.clearIntegrality();
      return null;
    }
    this.model.options.set({ time_limit: left, mip_rel_gap: 1e-6 } as never);
    this.model.zeroAllClocks();
    this.model.run();
    let ok: boolean;
    try {
      ok = (this.model.info.get('primal_solution_status' as never) as unknown as number) === 2;
    } catch {
      ok = false;
    }
    const sol = ok ? this.model.getSolution() : null;
    this.model.clearIntegrality();
    if (!sol) return null;
    const chosen = new Int32Array(this.m.E).fill(-2);
    for (let e = 0; e < this.m.E; e++) if (this.isMember(e)) chosen[e] = -1;
    this.columns.forEach((c, i) => {
      if (sol.colValue[c.col]! > 0.5) chosen[c.e] = i;
    });
    return chosen.every((i) => i !== -1) ? chosen : null;
  }

  /** Writes chosen columns into a copy of `base` (the context roster by default). */
  toCells(chosen: Int32Array, base: Int16Array = this.context): Int16Array {
    const { E, D } = this.m;
    const out = base.slice();
    for (let e = 0; e < E; e++)
      if (chosen[e]! >= 0) out.set(this.columns[chosen[e]!]!.values, e * D + this.a);
    return out;
  }
}

/**
 * The soft cost that belongs to one employee's row: cell costs, soft shift limits, fairness and
 * continuity.
 */
export function rowCost(m: CompiledModel, e: number, values: ArrayLike<number>): number {
  const { D, S } = m;
  const V = S + 1;
  let cost = softLimitCost(m, e, values);
  for (let d = 0; d < D; d++) cost += m.cellCost[(e * D + d) * V + values[d]! + 1]!;
  for (const f of m.fairness) {
    if (f.weight <= 0) continue;
    let load = f.history[e]!;
    for (let d = 0; d < D; d++) {
      const v = values[d]!;
      if (v !== OFF && f.counts[d * S + v]) load++;
    }
    cost += f.weight * (load - f.target[e]!) ** 2;
  }
  if (m.weights.continuity > 0) {
    let handovers = 0;
    for (const link of m.continuity) {
      if (link.regular[e]) continue;
      if ((values[link.day] === link.fromShift) !== (values[link.day + 1] === link.toShift))
        handovers++;
    }
    cost += (handovers * m.weights.continuity) / 2;
  }
  return cost;
}
