import type { CompiledModel } from '../model/compiled-model.js';
import type { Roster } from '../model/roster.js';
import { RosterState } from '../score/roster-state.js';
import { cellOptions } from './candidates.js';
import type { Clock, Deadline } from './clock.js';
import { bestResponseSweeps, constructRoster, repairRows, windowSweeps } from './construct.js';
import { better, localSearch } from './local-search.js';
import type { HighsRuntime } from './mip/highs.js';
import { Random } from './random.js';
import { rowGenerationSearch } from './row-generation-search.js';
import { largeNeighbourhoodSearch } from './lns.js';
import { mipMove } from './mip/improve.js';
import { clearBlockedCells, fillGaps } from './repair.js';

export interface SolveProgress {
  /** Milliseconds since the run started. */
  elapsedMs: number;
  /** Objective of the best roster so far (meaningful when hardDegree is 0). */
  objective: number;
  /** How far the best roster so far breaks hard rules (0 = valid). */
  hardDegree: number;
  /** Proven lower bound on the objective, when one is known. */
  bound: number | null;
  engine: string;
}

export interface SolveOptions {
  timeLimitMs: number;
  clock: Clock;
  seed?: number;
  /** Start from this roster (repair) instead of building one. */
  initial?: Roster;
  /** The HiGHS runtime; without it the solver uses its own engines only. */
  highs?: HighsRuntime | null;
  onProgress?: (progress: SolveProgress) => void;
  /** Called with the cells of every new best roster (e.g. to post them out of a worker). */
  onBest?: (cells: Int16Array, progress: SolveProgress) => void;
  /** Engine log lines (for benchmarks and debugging). */
  log?: (line: string) => void;
}

export interface SolveOutcome {
  roster: Roster;
  objective: number;
  hardDegree: number;
  bound: number | null;
  history: SolveProgress[];
}

const EPS = 1e-9;

/**
 * Horizons up to this many days are solved by column generation over whole rows; longer ones
 * by annealing and compact-MIP neighbourhoods (the row programme grows with the horizon).
 */
const WHOLE_HORIZON_DAYS = 112;
/**
 * Column generation over whole rows also needs few enough employees × shift types: its dives
 * fix one row per step, and each pricing round runs every employee's row programme, so a big
 * team (hundreds of people, a dozen shift types) never finishes a dive; annealing carries it.
 */
const WHOLE_ROWS_MAX_EMPLOYEE_TYPES = 1000;
/**
 * Instances with at most this many (free cell, allowed shift type) pairs are first solved
 * exactly with the compact MIP over every free cell. That MIP carries every soft term (cover,
 * wishes, stability, backup, soft shift limits, continuity, and fairness as secants, exact where
 * a load has few possible values and a relaxation otherwise), so its dual bound is a bound on
 * the objective: when HiGHS proves it, the run stops instead of waiting for its time limit.
 */
const EXACT_MIP_MAX_VARS = 2500;
/** Share of the time limit the exact MIP may take before the other engines get the rest. */
const EXACT_MIP_SHARE = 0.3;

/**
 * The anytime solver. Feasibility first (each employee's exact best row in turn, then
 * best-response sweeps; for a repair, clearing what may no longer stand and filling the gaps
 * greedily), then column generation with dives and restricted-master MIPs (HiGHS) over whole
 * rows, polished by simulated annealing; on long horizons and big teams, annealing, windowed
 * best responses and compact-MIP neighbourhoods; without HiGHS, annealing alone. Returns the
 * best roster found when the time is up.
 */
export async function solve(m: CompiledModel, o: SolveOptions): Promise<SolveOutcome> {
  const start = o.clock();
  const end = start + Math.max(1, o.timeLimitMs);
  const at = (share: number): Deadline => ({
    clock: o.clock,
    at: Math.min(end, start + o.timeLimitMs * share),
  });
  const deadline: Deadline = { clock: o.clock, at: end };
  const rnd = new Random(o.seed ?? 1);
  const wholeRows = m.D <= WHOLE_HORIZON_DAYS && m.E * m.S <= WHOLE_ROWS_MAX_EMPLOYEE_TYPES;
  const history: SolveProgress[] = [];
  const state = new RosterState(m, o.initial);
  let best: Int16Array = state.cells.slice();
  let bestHard = state.hard;
  let bestSoft = state.soft;
  let bound: number | null = null;

  /** Keeps the state when it is the best so far; `proof` reports the best again with its bound. */
  const record = (engine: string, proof = false): void => {
    // Re-total from scratch so that reported numbers carry no floating-point drift.
    state.recompute();
    o.log?.(
      `${engine} done at ${Math.round(o.clock() - start)} ms: hard ${state.hard}, soft ${state.soft.toFixed(1)}`,
    );
    if (proof) state.load(best);
    else if (!better(state.hard, state.soft, bestHard, bestSoft) && history.length > 0) return;
    best = state.cells.slice();
    bestHard = Math.abs(state.hard) < EPS ? 0 : state.hard;
    bestSoft = state.soft;
    const p: SolveProgress = {
      elapsedMs: o.clock() - start,
      objective: bestSoft,
      hardDegree: bestHard,
      bound,
      engine,
    };
    history.push(p);
    o.onProgress?.(p);
    o.onBest?.(best, p);
  };
  // Whole-number costs allow rounding the bound up; otherwise (fairness, fractional weights)
  // the best must meet the bound within HiGHS's relative gap.
  const integral = integralObjective(m);
  const optimal = (): boolean =>
    bound !== null &&
    bestHard === 0 &&
    bestSoft <=
      (integral ? Math.ceil(bound - 1e-6) : bound) + 2e-6 * Math.max(1, Math.abs(bound)) + EPS;
  const outcome = (): SolveOutcome => {
    state.load(best);
    return {
      roster: { employees: m.E, days: m.D, cells: best },
      objective: bestSoft,
      hardDegree: bestHard,
      bound,
      history,
    };
  };

  if (!o.initial) {
    constructRoster(m, state, { random: rnd, deadline: at(0.25) });
    record('construction');
  } else {
    record('initial');
    // Interactive repair, fast first: clear what may no longer stand (shifts on new leave),
    // then fill every gap greedily with the cheapest person who breaks no hard rule. The exact
    // engines below then only polish, so a caller gets a complete repair within milliseconds.
    const cleared = clearBlockedCells(m, state);
    if (cleared + fillGaps(m, state, { deadline: at(0.2) }) > 0) record('fill-gaps');
    if (o.highs && state.hard > EPS) {
      // What clearing cannot mend (a contract rule the start itself breaks): re-solve exactly,
      // with the compact MIP, the days around it, everybody free there, the rest fixed.
      repairWindowByMip(m, state, o.highs, at(0.2));
      record('repair-mip');
    }
  }
  if (state.hard > EPS) {
    repairRows(m, state, { random: rnd, deadline: at(0.3) });
    record('repair');
  }
  bestResponseSweeps(m, state, {
    random: rnd,
    deadline: at(wholeRows ? 0.35 : 0.15),
  });
  record('best-response');

  if (o.highs && exactMipVars(m) <= EXACT_MIP_MAX_VARS) {
    // Small instances (e.g. a repair of a few people over a few days): the whole problem is
    // one small MIP. Its dual bound holds for any roster, so it stops the run when met.
    state.load(best);
    const r = mipMove(m, state, o.highs, new Uint8Array(m.E * m.D).fill(1), Infinity, {
      relativeGap: 1e-6,
      deadline: at(EXACT_MIP_SHARE),
    });
    if (r.run.status !== 'infeasible' && Number.isFinite(r.bound))
      bound = bound === null ? r.bound : Math.max(bound, r.bound);
    o.log?.(
      `exact mip: ${r.vars} vars ${r.run.status} ${r.run.seconds.toFixed(2)}s bound ${r.bound}`,
    );
    record('exact-mip');
    if (optimal()) {
      record('exact-mip', true);
      return outcome();
    }
  }

  const options = cellOptions(m);
  /** Simulated annealing from the best roster for a while; keeps what it finds. */
  const anneal = (seconds: number, temperature: number): void => {
    const left = end - o.clock();
    if (left <= 10) return;
    state.load(best);
    const r = localSearch(m, state, {
      deadline: { clock: o.clock, at: o.clock() + Math.min(left, seconds * 1000) },
      random: rnd,
      options,
      startTemperature: temperature,
      endTemperature: 0.3,
      target:
        bound !== null && bestHard === 0 ? bound + 1e-6 * Math.max(1, Math.abs(bound)) : undefined,
    });
    state.load(r.cells);
    record('local-search');
  };

  // Short and medium horizons: column generation over whole rows, polished by annealing. It
  // must converge on its first master within a third of the time, else annealing takes over.
  let annealAll = !(o.highs && !optimal() && wholeRows);
  if (!annealAll && o.highs) {
    if (state.hard > EPS) anneal((at(0.5).at - o.clock()) / 1000, 5);
    state.load(best);
    annealAll = rowGenerationSearch(m, state, {
      deadline,
      random: rnd,
      highs: o.highs,
      window: m.D,
      giveUpAt: at(0.35).at,
      onImprove: (engine) => record(engine),
      onBound: (b) => {
        bound = bound === null ? b : Math.max(bound, b);
      },
      polish: (seconds) => {
        const before = bestSoft;
        anneal(seconds, 3);
        return bestSoft < before;
      },
      // Dives going round in circles: exact re-solves of neighbourhoods with the compact MIP.
      onStall: (seconds) => {
        state.load(best);
        largeNeighbourhoodSearch(m, state, {
          deadline: { clock: o.clock, at: Math.min(end, o.clock() + seconds * 1000) },
          random: rnd,
          highs: o.highs!,
          onImprove: (engine) => record(engine),
          log: o.log,
        });
        state.load(best);
      },
      stop: optimal,
      log: o.log,
    });
    if (annealAll) state.load(best);
  }
  if (annealAll && !optimal()) {
    // Long horizons and big teams: one long annealing run (it needs the time to cool), exact
    // best responses on windows of days, then, with HiGHS, exact re-solves of neighbourhoods
    // (related people over the whole horizon, everybody over a few days, half the team over a
    // few weeks) with the compact MIP. On long horizons those neighbourhoods gain several times
    // more per second than annealing once the roster is decent (Curtois 20, 182 days: about
    // 2.5 a second against 0.3 in the last half of a long annealing run), so there annealing
    // gets a third of the time — and more only while the roster still breaks a hard rule.
    const lns = Boolean(o.highs) && m.D > WHOLE_HORIZON_DAYS;
    const total = Math.max(0, (end - o.clock()) / 1000);
    anneal(total * (lns ? 0.3 : 0.85), 3);
    if (lns && bestHard > 0) anneal(total * 0.55, 3);
    state.load(best);
    windowSweeps(m, state, {
      random: rnd,
      deadline: lns ? { clock: o.clock, at: Math.min(end, o.clock() + total * 50) } : deadline,
    });
    record('best-response');
    if (lns && !optimal()) {
      state.load(best);
      largeNeighbourhoodSearch(m, state, {
        deadline: { clock: o.clock, at: end - Math.min(2000, (end - o.clock()) * 0.05) },
        random: rnd,
        highs: o.highs!,
        onImprove: (engine) => record(engine),
        log: o.log,
      });
    }
    if (o.clock() < end - 10 && !optimal()) anneal((end - o.clock()) / 1000, 1);
  }
  return outcome();
}

/** Number of x columns of the compact MIP over every free cell (cell × allowed shift type). */
function exactMipVars(m: CompiledModel): number {
  let n = 0;
  for (let c = 0; c < m.E * m.D; c++) {
    if (m.pinned[c] !== -2) continue;
    for (let s = 0; s < m.S; s++) if (!m.block[c * m.S + s]) n++;
  }
  return n;
}

/** True when every soft cost is a whole number (then a bound can be rounded up). */
function integralObjective(m: CompiledModel): boolean {
  const whole = (x: number): boolean => !Number.isFinite(x) || Number.isInteger(x);
  if (m.fairness.some((f) => f.weight > 0)) return false;
  if (m.continuity.length > 0 && !whole(m.weights.continuity / 2)) return false;
  if (m.shiftLimits.some((l) => l.weight > 0 && !whole(l.weight))) return false;
  for (const arr of [m.cellCost, m.weightBelowMin, m.weightBelowIdeal, m.weightAboveMax])
    for (let i = 0; i < arr.length; i++) if (!whole(arr[i]!)) return false;
  return true;
}

/**
 * Frees every employee on the days within three days of a hard breach (and the breaching
 * employees' whole rows) and re-solves that window with the compact MIP.
 */
function repairWindowByMip(
  m: CompiledModel,
  state: RosterState,
  highs: HighsRuntime,
  deadline: Deadline,
): void {
  const { E, D } = m;
  const free = new Uint8Array(E * D);
  const around = 3;
  for (let e = 0; e < E; e++) {
    if (state.employeeHardNow(e) < EPS) continue;
    free.fill(1, e * D, (e + 1) * D);
    for (let d = 0; d < D; d++) {
      const v = state.cells[e * D + d]!;
      const broken = v >= 0 ? m.block[(e * D + d) * m.S + v] !== 0 : m.pinned[e * D + d]! >= 0;
      if (!broken) continue;
      for (let x = Math.max(0, d - around); x <= Math.min(D - 1, d + around); x++) {
        for (let f = 0; f < E; f++) free[f * D + x] = 1;
      }
    }
  }
  const seconds = (deadline.at - deadline.clock()) / 1000;
  if (seconds > 0.1) mipMove(m, state, highs, free, seconds, { relativeGap: 1e-4, deadline });
}
