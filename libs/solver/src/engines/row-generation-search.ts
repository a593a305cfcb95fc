import type { CompiledModel } from '../model/compiled-model.js';
import type { RosterState } from '../score/roster-state.js';
import { remaining, type Deadline } from './clock.js';
import { RowGeneration } from './column-generation.js';
import { applyIfNotWorse, mipMove } from './mip/improve.js';
import type { HighsRuntime } from './mip/highs.js';
import type { Random } from './random.js';

export interface RowGenerationSearchOptions {
  deadline: Deadline;
  random: Random;
  highs: HighsRuntime;
  /** Days per window; the whole horizon when it is at most this long. */
  window?: number;
  onImprove?: (engine: string) => void;
  /** Called with a proven lower bound on the objective (whole-horizon windows only). */
  onBound?: (bound: number) => void;
  /**
   * Re-decide only these employees in each window (others stay fixed): the neighbourhood for
   * long horizons, where every employee's whole row would make pricing too slow.
   */
  members?: () => number[];
  /** Time per neighbourhood (window or group) in ms; by default the rest split over a pass. */
  budgetMs?: number;
  /**
   * Called on the whole horizon when a dive and the restricted master found nothing better:
   * another engine may work on the roster for about this many seconds (the generated rows stay
   * valid, and the roster it leaves joins the next master).
   */
  onStall?: (seconds: number) => void;
  /** Short local-search polish after a dive improved the roster; returns whether it helped. */
  polish?: (seconds: number) => boolean;
  /**
   * Clock value by which the first column generation must have converged; when it has not
   * (pricing too slow for the instance, e.g. hundreds of people or a dozen shift types), the
   * search stops and returns true so that the caller can spend the time on another engine.
   */
  giveUpAt?: number;
  /** Checked between steps: stop when it returns true (e.g. the roster is proven optimal). */
  stop?: () => boolean;
  log?: (line: string) => void;
}

/**
 * Improves the roster by column generation, on the whole horizon when it is short and on
 * sliding windows of days otherwise: each window is re-solved by dives and a restricted-master
 * MIP over the generated rows, and the result replaces the roster when the scorer agrees it is
 * better. On the whole horizon the generated columns are kept across dives, so later dives and
 * the final MIP see more and more rows.
 */
export function rowGenerationSearch(
  m: CompiledModel,
  state: RosterState,
  o: RowGenerationSearchOptions,
): boolean {
  const { D } = m;
  const W = Math.min(D, o.window ?? 42);
  const whole = W >= D;
  // One master for the whole run only when it holds the whole roster; windows of days or
  // groups of employees are neighbourhoods, each with its own master and time budget.
  const single = whole && !o.members;
  const step = Math.max(7, Math.floor(W / 2));
  let offset = o.random.int(step);
  let pass = 0;
  let improvedEver = false;
  const finish = diveFinisher(m, state, o);
  for (;;) {
    const now = o.deadline.clock();
    if (now >= o.deadline.at || o.stop?.()) return false;
    let a: number;
    let b: number;
    if (whole) {
      a = 0;
      b = D - 1;
    } else {
      a = offset;
      if (a + W > D) {
        a = Math.max(0, D - W);
        offset = -step; // wrap after this window
      }
      b = Math.min(D - 1, a + W - 1);
      offset += step;
      if (offset < 0 || offset >= D - 1) {
        offset = o.random.int(step);
        pass++;
      }
    }
    const windows = whole ? 1 : Math.ceil(D / step);
    const budget = single
      ? o.deadline.at - now
      : (o.budgetMs ??
        Math.max(
          3000,
          (o.deadline.at - now) / Math.max(1, windows - ((pass * windows) % windows)),
        ));
    const windowDeadline = { clock: o.deadline.clock, at: Math.min(o.deadline.at, now + budget) };
    const members = o.members?.();
    const rg = new RowGeneration(m, o.highs, state.cells, a, b, members);
    let improvedHere = false;
    try {
      const giveUp = o.giveUpAt !== undefined && pass === 0 && !improvedEver;
      rg.generate(
        giveUp
          ? { clock: o.deadline.clock, at: Math.min(windowDeadline.at, o.giveUpAt!) }
          : windowDeadline,
        o.random,
      );
      if (giveUp && !rg.converged) {
        o.log?.(
          `rows ${a}-${b}: column generation did not converge in time (lp ${rg.lp.toFixed(2)})`,
        );
        return true;
      }
      if (single && rg.bound > -Infinity) o.onBound?.(rg.bound);
      o.log?.(
        `rows ${a}-${b}: lp ${rg.lp.toFixed(2)} bound ${rg.bound.toFixed(2)} columns ${rg.size} (${rg.iterations} rounds)`,
      );
      let dives = 0;
      for (;;) {
        if (o.deadline.clock() >= windowDeadline.at) break;
        const soft = state.soft;
        const chosen = rg.dive(
          windowDeadline,
          o.random,
          dives === 0 ? 0 : 1 + dives,
          o.log,
          single ? finish.size : 0,
        );
        dives++;
        if (chosen) {
          const before = state.soft;
          const next = single ? finish.complete(rg, chosen, windowDeadline) : rg.toCells(chosen);
          if (applyIfNotWorse(state, next)) {
            o.onImprove?.('row-generation');
            improvedHere = true;
            improvedEver = true;
            // On the whole horizon the generated rows stay valid whatever the polish changes.
            if (single && o.polish && !o.stop?.())
              o.polish(
                Math.min(5, Math.max(0.5, (windowDeadline.at - o.deadline.clock()) / 10000)),
              );
          }
          o.log?.(`  dive ${dives}: ${before} → ${state.soft} (columns ${rg.size})`);
          if (o.stop?.()) return false;
        }
        // The restricted master over everything generated so far, from the best roster.
        const ipDeadline = {
          clock: o.deadline.clock,
          at: Math.min(windowDeadline.at, o.deadline.clock() + 2000 + 1000 * dives),
        };
        const incumbent = rg.addRoster(state.cells);
        const ip = rg.solveIp(ipDeadline, incumbent);
        if (ip) {
          const before = state.soft;
          if (applyIfNotWorse(state, rg.toCells(ip))) {
            o.onImprove?.('row-generation-mip');
            improvedHere = true;
            improvedEver = true;
          }
          o.log?.(`  master mip: ${before} → ${state.soft}`);
        }
        if (o.stop?.()) return false;
        if (single && o.onStall && state.soft >= soft - 1e-9) {
          const left = (windowDeadline.at - o.deadline.clock()) / 1000;
          if (left > 1) o.onStall(Math.min(10, Math.max(1, left * 0.15)));
          if (o.stop?.()) return false;
        }
        // Proven optimal (the caller's `stop` compares the best with every bound it knows;
        // rounding the bound up is only right when every cost is a whole number).
        if (single && rg.bound > -Infinity && o.stop?.()) return false;
        if (!single && dives >= 2) break;
      }
    } finally {
      rg.dispose();
    }
    if (!single && improvedHere && o.polish && !o.stop?.())
      o.polish(Math.min(3, Math.max(0.5, budget / 10000)));
  }
}

/** Most seconds HiGHS may spend deciding the rows a dive left free. */
const FINISH_SECONDS = 4;

/**
 * Decides the rows a whole-horizon dive leaves free, all together and exactly: the dive's
 * fixed rows stay, and the free employees' rows are re-solved with the compact MIP, starting
 * from their rows in the best roster (valid beside any other valid rows, since every hard rule
 * is about one employee). How many rows a dive leaves free adapts: more while HiGHS proves
 * the finish quickly, fewer when it runs out of time.
 */
export function diveFinisher(
  m: CompiledModel,
  state: RosterState,
  o: Pick<RowGenerationSearchOptions, 'highs' | 'log'>,
): {
  readonly size: number;
  complete(rg: RowGeneration, chosen: Int32Array, deadline: Deadline): Int16Array;
} {
  const { E, D } = m;
  const cap = Math.min(12, Math.floor(E / 3));
  let size = Math.min(cap, 6);
  return {
    get size() {
      return size;
    },
    complete(rg, chosen, deadline) {
      const next = rg.toCells(chosen, state.cells);
      const free = new Uint8Array(E * D);
      let rows = 0;
      for (let e = 0; e < E; e++) {
        if (chosen[e] !== -1) continue;
        free.fill(1, e * D + rg.a, e * D + rg.b + 1);
        rows++;
      }
      const limit = Math.min(FINISH_SECONDS, remaining(deadline) / 1000);
      if (rows === 0 || limit <= 0.05) return next;
      const best = state.cells.slice();
      state.load(next);
      const r = mipMove(m, state, o.highs, free, limit, { relativeGap: 1e-6, deadline });
      o.log?.(
        `  finish: ${rows} rows, ${r.vars} vars ${r.run.status} ${r.run.seconds.toFixed(2)}s → ${state.soft}`,
      );
      if (r.run.status === 'optimal' && r.run.seconds < limit / 4) size = Math.min(cap, size + 1);
      else if (r.run.status !== 'optimal') size = Math.max(1, size - 1);
      const out = state.cells.slice();
      state.load(best);
      return out;
    },
  };
}
