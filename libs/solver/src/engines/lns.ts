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
    mipMove(m, state, o.highs, free, Math.min(left / 1000, 5), {
      relativeGap: 1e-4,
      deadline: o.deadline,
    });
  }
}

/** A kind of neighbourhood, its adaptive size and how well it has paid lately. */
interface Arm {
  kind: 'employees' | 'days' | 'block';
  /** Employees (kind 'employees') or days (kinds 'days' and 'block'). */
  size: number;
  min: number;
  max: number;
  /** Smoothed objective gained per second spent on this kind. */
  rate: number;
}

/**
 * Large-neighbourhood search: repeatedly re-solves part of the roster exactly with HiGHS, the
 * rest fixed. Three kinds of neighbourhood: a group of related employees (who can work the same
 * shift types, so that they can trade) over the whole horizon; everybody over a window of days;
 * and half the team (related) over a window twice as long. Which kind to try is chosen by how
 * much each gained per second lately (with some exploration), since what pays differs between
 * instances and changes as the roster improves. Each kind's size adapts: it grows while HiGHS
 * proves optimality quickly and shrinks when it runs into the per-move time limit.
 */
export function largeNeighbourhoodSearch(
  m: CompiledModel,
  state: RosterState,
  o: LnsOptions,
): void {
  const { E, D } = m;
  const free = new Uint8Array(E * D);
  const moveLimit = 2;
  const arms: Arm[] = [
    { kind: 'employees', size: Math.min(E, 4), min: Math.min(E, 2), max: E, rate: 1 },
    { kind: 'days', size: Math.min(D, 7), min: Math.min(D, 2), max: D, rate: 1 },
    { kind: 'block', size: Math.min(D, 14), min: Math.min(D, 4), max: D, rate: 1 },
  ];
  const related = relatedEmployees(m);
  let cursor = o.random.int(D);
  for (;;) {
    const left = (o.deadline.at - o.deadline.clock()) / 1000;
    if (left <= 0.05) return;
    if (o.target !== undefined && state.hard < 1e-9 && state.soft <= o.target + 1e-9) return;
    // Mostly by the recent gain per second; a fifth of the time uniformly, so that a kind that
    // paid nothing for a while is tried again (the roster it faces keeps changing).
    let arm: Arm;
    if (o.random.next() < 0.2) arm = arms[o.random.int(arms.length)]!;
    else {
      const total = arms.reduce((sum, a) => sum + a.rate, 0);
      let x = o.random.next() * total;
      arm = arms[arms.length - 1]!;
      for (const a of arms) {
        x -= a.rate;
        if (x <= 0) {
          arm = a;
          break;
        }
      }
    }
    free.fill(0);
    if (arm.kind === 'employees') {
      for (const e of related(o.random, arm.size)) free.fill(1, e * D, (e + 1) * D);
    } else {
      // Windows step through the horizon (half a window at a time, from a random start) so that
      // every part of it is revisited evenly.
      const n = Math.min(D, arm.size);
      const a = Math.min(cursor, D - n);
      cursor =
        cursor + Math.max(1, n >> 1) >= D
          ? o.random.int(Math.max(1, n >> 1))
          : cursor + Math.max(1, n >> 1);
      const who =
        arm.kind === 'days'
          ? Array.from({ length: E }, (_, e) => e)
          : related(o.random, Math.max(1, Math.ceil(E / 2)));
      for (const e of who) free.fill(1, e * D + a, e * D + a + n);
    }
    const before = state.soft;
    const startedAt = o.deadline.clock();
    const r = mipMove(m, state, o.highs, free, Math.min(left, moveLimit), {
      deadline: o.deadline,
    });
    const spent = Math.max(0.05, (o.deadline.clock() - startedAt) / 1000);
    const gain = Math.max(0, before - state.soft);
    arm.rate = 0.7 * arm.rate + 0.3 * (gain / spent + 0.01);
    o.log?.(
      `${arm.kind} ${arm.size} vars ${r.vars} ${r.run.status} ${r.run.seconds.toFixed(2)}s ${before} → ${state.soft}`,
    );
    if (r.improved) o.onImprove?.('mip-lns');
    const quick = r.run.status === 'optimal' && r.run.seconds < moveLimit / 4;
    if (quick) arm.size = Math.min(arm.max, arm.size + 1);
    else if (r.run.status !== 'optimal') arm.size = Math.max(arm.min, arm.size - 1);
  }
}

/**
 * Picks groups of employees who can trade shifts: a random employee and the others ranked by
 * how many shift types they share with them (with random tie-breaking and a little noise, so
 * that groups vary).
 */
function relatedEmployees(m: CompiledModel): (random: Random, size: number) => number[] {
  const { E, D, S } = m;
  const can = new Uint8Array(E * S);
  for (let e = 0; e < E; e++) {
    for (let s = 0; s < S; s++) {
      if (m.maxPerType[e * S + s] === 0) continue;
      for (let d = 0; d < D; d++) {
        if (!m.block[(e * D + d) * S + s]) {
          can[e * S + s] = 1;
          break;
        }
      }
    }
  }
  return (random, size) => {
    const n = Math.min(E, size);
    const seed = random.int(E);
    const score = new Float64Array(E);
    for (let f = 0; f < E; f++) {
      let both = 0;
      let either = 0;
      for (let s = 0; s < S; s++) {
        both += can[seed * S + s]! & can[f * S + s]!;
        either += can[seed * S + s]! | can[f * S + s]!;
      }
      score[f] = (either > 0 ? both / either : 0) + 0.5 * random.next();
    }
    score[seed] = Infinity;
    return Array.from({ length: E }, (_, e) => e)
      .sort((x, y) => score[y]! - score[x]!)
      .slice(0, n);
  };
}
