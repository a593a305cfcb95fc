import { softLimitCost, type CompiledModel } from '../model/compiled-model.js';
import { OFF } from '../model/roster.js';
import type { RosterState } from '../score/roster-state.js';
import type { Deadline } from './clock.js';
import type { Random } from './random.js';
import { bestRow } from './row-dp.js';

/**
 * Per-cell costs for re-deciding days [a, b] of employee e with everybody else fixed: the
 * cell's own cost plus the change in cover cost of adding e to that shift (e's current
 * cells in the window are taken out first). Infinity where a hard cell rule forbids the value.
 */
export function rowCosts(
  m: CompiledModel,
  state: RosterState,
  e: number,
  a: number,
  b: number,
  noise = 0,
  rnd?: Random,
): Float64Array {
  const { D, S } = m;
  const V = S + 1;
  const cost = new Float64Array((b - a + 1) * V);
  for (let d = a; d <= b; d++) {
    const c = e * D + d;
    const cur = state.cells[c]!;
    const pinned = m.pinned[c]!;
    for (let v = -1; v < S; v++) {
      let x: number;
      if (pinned !== -2 ? v !== pinned : v !== OFF && m.block[c * S + v]) x = Infinity;
      else {
        x = m.cellCost[c * V + v + 1]!;
        if (v !== OFF) {
          const k = d * S + v;
          const count = state.cover[k]! - (cur === v ? 1 : 0);
          x += state.coverCost(k, count + 1) - state.coverCost(k, count);
        }
        if (noise > 0 && rnd) x += noise * rnd.next();
      }
      cost[(d - a) * V + v + 1] = x;
    }
  }
  return cost;
}

/** State cap for a row programme over `days` days: exact on short horizons, a beam on long ones. */
export function dpStateCap(days: number): number {
  if (days <= 28) return 40000;
  if (days <= 112) return 4000;
  return 800;
}

/**
 * Feasibility first: gives each employee in turn (random order) their exact best row over the
 * whole horizon against the cover so far (a beam on long horizons), so every row meets its
 * contract from the start; then repairs any row the beam lost.
 */
export function constructRoster(
  m: CompiledModel,
  state: RosterState,
  o: { random: Random; deadline: Deadline },
): void {
  const { D, E } = m;
  const order = o.random.shuffle(Array.from({ length: E }, (_, e) => e));
  const cap = dpStateCap(D);
  let maxStates = cap;
  let last = o.deadline.clock();
  let perRow = -1; // smoothed time per row at the current beam width
  for (let i = 0; i < order.length; i++) {
    const e = order[i]!;
    const now = o.deadline.clock();
    // Past the budget every remaining employee still gets a row (feasibility first), cheaply.
    if (now >= o.deadline.at) maxStates = Math.min(maxStates, 50);
    else if (i > 0) {
      // Keep within the construction budget on big instances: narrow the beam when the rows
      // would not fit in what is left (with a fifth in reserve), widen it again when they would
      // fit two and a half times over (a wide beam keeps the rows that must catch up on
      // minutes or save weekends).
      perRow = perRow < 0 ? now - last : 0.7 * perRow + 0.3 * (now - last);
      const need = perRow * (E - i);
      const left = o.deadline.at - now;
      if (need > 0.8 * left && maxStates > 50) {
        maxStates = Math.max(50, maxStates >> 1);
        perRow /= 2;
      } else if (need * 2.5 < left && maxStates < cap) {
        maxStates = Math.min(cap, maxStates * 2);
        perRow *= 2;
      }
    }
    last = now;
    const cost = rowCosts(m, state, e, 0, D - 1, 0.01, o.random);
    let row = bestRow(m, state.cells, e, 0, D - 1, cost, { maxStates });
    // A narrow beam can lose every row that keeps the contract (say, a minimum of minutes that
    // leaves little slack): widen it for this employee rather than leave them without a row.
    for (let wider = maxStates * 4; !row && wider < cap * 4; wider *= 4)
      row = bestRow(m, state.cells, e, 0, D - 1, cost, { maxStates: Math.min(cap, wider) });
    if (row) state.setSegment(e, 0, row.values);
  }
  repairRows(m, state, o);
}

/**
 * Best-response sweeps: re-optimises each employee's whole row against everybody else while
 * that improves the roster (exact for Curtois-like objectives, checked by the scorer).
 */
export function bestResponseSweeps(
  m: CompiledModel,
  state: RosterState,
  o: { random: Random; deadline: Deadline; sweeps?: number },
): void {
  const { D, E } = m;
  const maxStates = dpStateCap(D);
  for (let sweep = 0; sweep < (o.sweeps ?? 5); sweep++) {
    let improved = false;
    for (const e of o.random.shuffle(Array.from({ length: E }, (_, i) => i))) {
      if (o.deadline.clock() >= o.deadline.at) return;
      const cost = rowCosts(m, state, e, 0, D - 1);
      // Priced as the row programme prices it: cell costs plus the soft shift limits.
      let current = softLimitCost(m, e, state.cells.subarray(e * D, (e + 1) * D));
      for (let d = 0; d < D; d++) current += cost[d * (m.S + 1) + state.cells[e * D + d]! + 1]!;
      const row = bestRow(m, state.cells, e, 0, D - 1, cost, {
        maxStates,
        upperBound: current - 1e-9,
        deadline: o.deadline,
      });
      if (!row) continue;
      state.evalSegment(e, 0, row.values);
      const delta = 1e6 * state.dHard + state.dSoft;
      if (delta < -1e-9) {
        state.setSegment(e, 0, row.values);
        improved = true;
      }
    }
    if (!improved) return;
  }
}

/**
 * Repairs employees whose rows still break a hard rule: slides a window of four weeks over the
 * horizon and re-decides it with the exact row programme, pulling the total minutes towards the
 * contract's range (softly, so each window gains what it can) and enforcing every other rule.
 */
export function repairRows(
  m: CompiledModel,
  state: RosterState,
  o: { random: Random; deadline: Deadline; window?: number; rounds?: number },
): void {
  const { D, E } = m;
  const W = Math.min(D, Math.max(7, o.window ?? 28));
  const step = Math.max(1, Math.floor(W / 2));
  let weight = 10;
  for (let k = 0; k < D * m.S; k++)
    weight = Math.max(weight, 2 * (m.weightBelowMin[k]! + m.weightBelowIdeal[k]!) + 10);
  let maxLen = 0;
  for (let s = 0; s < m.S; s++) maxLen = Math.max(maxLen, m.shiftMinutes[s]!);
  for (let round = 0; round < (o.rounds ?? 3); round++) {
    let broken = 0;
    for (let e = 0; e < E; e++) {
      if (state.employeeHardNow(e) < 1e-9) continue;
      broken++;
      const minT = m.minMinutes[e]!;
      const maxT = m.maxMinutes[e]!;
      const target = { target: (minT + Math.min(maxT, minT + maxLen)) / 2, weight };
      const offset = o.random.int(step);
      for (let a = Math.max(0, Math.min(offset, D - W)); a < D; a += step) {
        if (o.deadline.clock() >= o.deadline.at) return;
        const b = Math.min(D - 1, a + W - 1);
        const floor = Math.min(minT, state.minutes[e]!);
        const row = bestRow(m, state.cells, e, a, b, rowCosts(m, state, e, a, b), {
          minMinutes: floor,
          minutesTarget: target,
          maxStates: 4000,
          deadline: o.deadline,
        });
        if (row) state.setSegment(e, a, row.values);
        if (state.employeeHardNow(e) < 1e-9) break;
        if (b === D - 1) break;
      }
    }
    if (broken === 0) return;
  }
}

/**
 * Best responses on windows of days: for each employee in turn, the exact best row for a
 * window (random offset, stepping through the horizon) against everybody else. Cheap on long
 * horizons, where whole-row programmes are slow.
 */
export function windowSweeps(
  m: CompiledModel,
  state: RosterState,
  o: { random: Random; deadline: Deadline; window?: number },
): number {
  const { D, E } = m;
  const W = Math.min(D, o.window ?? 28);
  const step = Math.max(1, Math.floor(W / 2));
  const maxStates = dpStateCap(W);
  let improvements = 0;
  for (const e of o.random.shuffle(Array.from({ length: E }, (_, i) => i))) {
    for (let a = o.random.int(step); a < D; a += step) {
      if (o.deadline.clock() >= o.deadline.at) return improvements;
      const b = Math.min(D - 1, a + W - 1);
      const cost = rowCosts(m, state, e, a, b);
      let current = softLimitCost(m, e, state.cells.subarray(e * D, (e + 1) * D));
      for (let d = a; d <= b; d++)
        current += cost[(d - a) * (m.S + 1) + state.cells[e * D + d]! + 1]!;
      const row = bestRow(m, state.cells, e, a, b, cost, {
        maxStates,
        upperBound: current - 1e-9,
        deadline: o.deadline,
      });
      if (!row) continue;
      state.evalSegment(e, a, row.values);
      if (1e6 * state.dHard + state.dSoft < -1e-9) {
        state.setSegment(e, a, row.values);
        improvements++;
      }
    }
  }
  return improvements;
}
