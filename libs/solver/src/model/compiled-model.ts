import { ModelError } from './model-error.js';
import {
  DEFAULT_WEIGHTS,
  type IsoWeekday,
  type PreferenceSpec,
  type RosterModel,
  type SoftWeights,
} from './roster-model.js';

/** "No limit" for integer contract fields stored in typed arrays. */
export const NO_LIMIT = 1 << 30;

/**
 * Why an employee cannot take a shift type on a day (bit flags). `limit`: a hard shift limit
 * with a maximum of 0 counts the cell (e.g. "no nights"), so no engine need consider it.
 */
export const Block = { skill: 1, leave: 2, pinned: 4, limit: 8 } as const;
/** Why shift type t may not follow shift type s on the next day (bit flags). */
export const Succession = { sequence: 1, rest: 2, overlap: 4 } as const;

export interface CompiledPreference {
  employee: number;
  day: number;
  kind: 'on' | 'off';
  /** Shift-type index, or -1 for "any shift" / "the whole day". */
  shiftType: number;
  weight: number;
}

export interface CompiledFairness {
  name: string;
  weight: number;
  /** `counts[day * S + s]` is 1 when shift type s on that day counts toward the category. */
  counts: Uint8Array;
  /** Fair share per employee, including history. */
  target: Float64Array;
  /** History per employee (load already carried). */
  history: Float64Array;
}

/**
 * A compiled `ShiftLimitSpec`: employee e works at most `max` shifts on the cells (d, s) with
 * `days[d]` and `types[s]` set. Hard when `weight` is 0; otherwise each shift above `max` costs
 * `weight`.
 */
export interface CompiledShiftLimit {
  employee: number;
  /** What is limited, for sentences ("shifts per 4 weeks", "cover duties in December"). */
  name: string;
  /** The same after the number one ("shift per 4 weeks"); see `limitNoun`. */
  nameOne: string;
  days: Uint8Array;
  types: Uint8Array;
  max: number;
  weight: number;
}

/** One hand-over link: the absent employee worked `fromShift` on `day` and `toShift` on `day + 1`. */
export interface ContinuityLink {
  day: number;
  fromShift: number;
  toShift: number;
  absent: number;
  /** Employees who were already published on one of the two cells (regular staff, not substitutes). */
  regular: Uint8Array;
}

/**
 * The model compiled to dense arrays: what the scorer, the local search and the MIP read.
 * E employees, D days, S shift types; cell (e, d) is indexed `e * D + d`.
 */
export interface CompiledModel {
  source: RosterModel;
  E: number;
  D: number;
  S: number;
  employeeIds: string[];
  employeeNames: string[];
  shiftIds: string[];
  /** Display names of the shift types (the id when none is given). */
  shiftNames: string[];
  employeeIndex: Map<string, number>;
  shiftIndex: Map<string, number>;
  shiftMinutes: Int32Array;
  /** `succession[(e * S + s) * S + t]`: why t may not follow s for employee e (0 = allowed). */
  succession: Uint8Array;
  /** `block[(e * D + d) * S + s]`: why e may not work s on d (0 = allowed). */
  block: Uint8Array;
  /** `leave[e * D + d]`: 1 leave, 2 unavailable, 0 free. */
  leave: Uint8Array;
  /** `pinned[e * D + d]`: -2 not pinned, -1 pinned off, else the pinned shift type. */
  pinned: Int16Array;
  maxPerType: Int32Array;
  maxMinutes: Int32Array;
  minMinutes: Int32Array;
  maxConsecutive: Int32Array;
  minConsecutive: Int32Array;
  minConsecutiveOff: Int32Array;
  maxWeekends: Int32Array;
  minRest: Int32Array;
  /** Shift limits of every employee, grouped by employee: `limitStart[e] … limitStart[e + 1]`. */
  shiftLimits: CompiledShiftLimit[];
  limitStart: Int32Array;
  /**
   * The limits that count shift type s for employee e (the day is still to be checked):
   * `limitByType[limitByTypeStart[e * S + s] … limitByTypeStart[e * S + s + 1])`. Empty for
   * employees without limits, so that a cell change costs them nothing extra.
   */
  limitByTypeStart: Int32Array;
  limitByType: Int32Array;
  backup: Uint8Array;
  /** Weekend index of each day, or -1 on weekdays. */
  weekendOf: Int32Array;
  /** Days of each weekend. */
  weekendDays: number[][];
  /** Demand per `day * S + s`. */
  demandMin: Int32Array;
  demandIdeal: Int32Array;
  demandMax: Int32Array;
  weightBelowMin: Float64Array;
  weightBelowIdeal: Float64Array;
  weightAboveMax: Float64Array;
  preferences: CompiledPreference[];
  /** Published roster when repairing (`-1` off), else null. */
  published: Int16Array | null;
  fairness: CompiledFairness[];
  continuity: ContinuityLink[];
  weights: SoftWeights;
  /**
   * Cell-local soft cost: `cellCost[(e * D + d) * (S + 1) + v + 1]` for value v (−1 = off).
   * Sums preferences, stability and backup-pool cost, so the search reads one number per cell.
   */
  cellCost: Float64Array;
  /** Average shift length, used to express minute breaches in shifts. */
  meanShiftMinutes: number;
}

function isoWeekdayOf(firstWeekday: IsoWeekday, day: number): number {
  return ((firstWeekday - 1 + day) % 7) + 1;
}

/** Validates the model and compiles it. Throws a ModelError listing every problem found. */
export function compileModel(model: RosterModel): CompiledModel {
  const problems: string[] = [];
  const D = model.days;
  if (!Number.isInteger(D) || D <= 0) problems.push(`days must be a positive integer, got ${D}`);
  if (model.shiftTypes.length === 0) problems.push('the model has no shift types');
  const shiftIds = model.shiftTypes.map((t) => t.id);
  const employeeIds = model.employees.map((e) => e.id);
  const shiftIndex = new Map<string, number>();
  shiftIds.forEach((id, i) => {
    if (shiftIndex.has(id)) problems.push(`shift type '${id}' is defined twice`);
    shiftIndex.set(id, i);
  });
  const employeeIndex = new Map<string, number>();
  employeeIds.forEach((id, i) => {
    if (employeeIndex.has(id)) problems.push(`employee '${id}' is defined twice`);
    employeeIndex.set(id, i);
  });
  if (problems.length > 0) throw new ModelError(problems.join('; '), problems);

  const E = employeeIds.length;
  const S = shiftIds.length;
  const dayOk = (day: number, where: string): boolean => {
    if (Number.isInteger(day) && day >= 0 && day < D) return true;
    problems.push(`${where}: day ${day} is outside the horizon 0…${D - 1}`);
    return false;
  };
  const shiftOf = (id: string, where: string): number => {
    const s = shiftIndex.get(id);
    if (s === undefined) problems.push(`${where}: unknown shift type '${id}'`);
    return s ?? -1;
  };
  const employeeOf = (id: string, where: string): number => {
    const e = employeeIndex.get(id);
    if (e === undefined) problems.push(`${where}: unknown employee '${id}'`);
    return e ?? -1;
  };

  const shiftMinutes = new Int32Array(S);
  model.shiftTypes.forEach((t, s) => {
    if (!(t.minutes >= 0)) problems.push(`shift type '${t.id}': minutes must be ≥ 0`);
    shiftMinutes[s] = Math.round(t.minutes);
  });
  const meanShiftMinutes = S > 0 ? Math.max(1, shiftMinutes.reduce((a, b) => a + b, 0) / S) : 1;

  const limit = (v: number | undefined): number => (v === undefined ? NO_LIMIT : Math.round(v));
  const maxPerType = new Int32Array(E * S).fill(NO_LIMIT);
  const maxMinutes = new Int32Array(E);
  const minMinutes = new Int32Array(E);
  const maxConsecutive = new Int32Array(E);
  const minConsecutive = new Int32Array(E);
  const minConsecutiveOff = new Int32Array(E);
  const maxWeekends = new Int32Array(E);
  const minRest = new Int32Array(E);
  const backup = new Uint8Array(E);
  const block = new Uint8Array(E * D * S);
  const shiftLimits: CompiledShiftLimit[] = [];
  const limitStart = new Int32Array(E + 1);
  model.employees.forEach((emp, e) => {
    const c = emp.contract;
    limitStart[e] = shiftLimits.length;
    (c.shiftLimits ?? []).forEach((spec, i) => {
      const where = `employee '${emp.id}' shift limit ${spec.name === undefined ? i + 1 : `'${spec.name}'`}`;
      if (!(Number.isInteger(spec.max) && spec.max >= 0))
        problems.push(`${where}: max must be a whole number ≥ 0, got ${spec.max}`);
      if (spec.weight !== undefined && !(spec.weight > 0 && Number.isFinite(spec.weight)))
        problems.push(
          `${where}: weight must be > 0 (omit it for a hard limit), got ${spec.weight}`,
        );
      const types = new Uint8Array(S);
      if (spec.shiftTypes === undefined) types.fill(1);
      for (const id of spec.shiftTypes ?? []) {
        const s = shiftOf(id, where);
        if (s >= 0) types[s] = 1;
      }
      const days = new Uint8Array(D);
      if (spec.days === undefined) days.fill(1);
      for (const d of spec.days ?? []) if (dayOk(d, where)) days[d] = 1;
      shiftLimits.push({
        employee: e,
        name: spec.name ?? limitName(model, spec.shiftTypes, spec.days),
        nameOne: spec.nameOne ?? spec.name ?? limitName(model, spec.shiftTypes, spec.days, true),
        days,
        types,
        max: spec.max,
        weight: spec.weight ?? 0,
      });
    });
    for (const [id, max] of Object.entries(c.maxShiftsPerType ?? {})) {
      const s = shiftOf(id, `employee '${emp.id}' contract`);
      if (s >= 0) maxPerType[e * S + s] = Math.round(max);
    }
    maxMinutes[e] = limit(c.maxMinutes);
    minMinutes[e] = c.minMinutes === undefined ? 0 : Math.round(c.minMinutes);
    maxConsecutive[e] = limit(c.maxConsecutiveWorkingDays);
    minConsecutive[e] = c.minConsecutiveWorkingDays ?? 0;
    minConsecutiveOff[e] = c.minConsecutiveDaysOff ?? 0;
    maxWeekends[e] = limit(c.maxWorkingWeekends);
    minRest[e] = c.minRestMinutes ?? 0;
    backup[e] = emp.backup ? 1 : 0;
    const skills = new Set(emp.skills ?? []);
    model.shiftTypes.forEach((t, s) => {
      const missing = (t.requiredSkills ?? []).some((k) => !skills.has(k));
      if (missing) for (let d = 0; d < D; d++) block[(e * D + d) * S + s]! |= Block.skill;
    });
  });

  limitStart[E] = shiftLimits.length;
  const limitByTypeStart = new Int32Array(E * S + 1);
  const byType: number[] = [];
  for (let e = 0; e < E; e++) {
    for (let s = 0; s < S; s++) {
      limitByTypeStart[e * S + s] = byType.length;
      for (let i = limitStart[e]!; i < limitStart[e + 1]!; i++)
        if (shiftLimits[i]!.types[s]) byType.push(i);
    }
  }
  limitByTypeStart[E * S] = byType.length;
  const limitByType = Int32Array.from(byType);

  // Successions: forbidden sequences, minimum rest and cross-midnight overlap between day d and d + 1.
  const succession = new Uint8Array(E * S * S);
  model.shiftTypes.forEach((t, s) => {
    for (const next of t.cannotBeFollowedBy ?? []) {
      const u = shiftOf(next, `shift type '${t.id}' cannotBeFollowedBy`);
      if (u >= 0)
        for (let e = 0; e < E; e++) succession[(e * S + s) * S + u]! |= Succession.sequence;
    }
  });
  for (let s = 0; s < S; s++) {
    const a = model.shiftTypes[s]!;
    if (a.startMinute === undefined) continue;
    const end = a.startMinute + a.minutes;
    for (let u = 0; u < S; u++) {
      const b = model.shiftTypes[u]!;
      if (b.startMinute === undefined) continue;
      const gap = 1440 + b.startMinute - end;
      for (let e = 0; e < E; e++) {
        if (gap < 0) succession[(e * S + s) * S + u]! |= Succession.overlap;
        else if (gap < minRest[e]!) succession[(e * S + s) * S + u]! |= Succession.rest;
      }
    }
  }

  const leave = new Uint8Array(E * D);
  for (const l of model.leave) {
    const e = employeeOf(l.employee, 'leave');
    if (e < 0 || !dayOk(l.day, `leave of '${l.employee}'`)) continue;
    if (l.shiftTypes) {
      // Part of the day only (e.g. an evening class): just the shift types it rules out.
      for (const id of l.shiftTypes) {
        const s = shiftOf(id, `leave of '${l.employee}'`);
        if (s >= 0) block[(e * D + l.day) * S + s]! |= Block.leave;
      }
      continue;
    }
    leave[e * D + l.day] = l.kind === 'unavailable' ? 2 : 1;
    if (l.creditMinutes) minMinutes[e] = Math.max(0, minMinutes[e]! - Math.round(l.creditMinutes));
    for (let s = 0; s < S; s++) block[(e * D + l.day) * S + s]! |= Block.leave;
  }

  const pinned = new Int16Array(E * D).fill(-2);
  const pinnedIn = new Int32Array(shiftLimits.length);
  for (const p of model.pinned) {
    const e = employeeOf(p.employee, 'pinned assignment');
    const s = p.shiftType === null ? -1 : shiftOf(p.shiftType, 'pinned assignment');
    if (e < 0 || (p.shiftType !== null && s < 0) || !dayOk(p.day, `pinned '${p.employee}'`))
      continue;
    if (s >= 0 && leave[e * D + p.day]) {
      problems.push(`pinned '${p.employee}' on day ${p.day} to '${p.shiftType}' is on leave`);
    }
    pinned[e * D + p.day] = s;
    for (let u = 0; u < S; u++) if (u !== s) block[(e * D + p.day) * S + u]! |= Block.pinned;
    for (let i = limitStart[e]!; i < limitStart[e + 1]!; i++) {
      const l = shiftLimits[i]!;
      if (s >= 0 && l.days[p.day] && l.types[s]) pinnedIn[i]!++;
    }
  }
  shiftLimits.forEach((l, i) => {
    if (l.weight === 0 && l.max >= 0 && pinnedIn[i]! > l.max)
      problems.push(
        `employee '${employeeIds[l.employee]}' shift limit '${l.name}': ${pinnedIn[i]} pinned shifts exceed its maximum of ${l.max}`,
      );
    if (l.weight > 0 || l.max !== 0) return;
    for (let d = 0; d < D; d++) {
      if (!l.days[d]) continue;
      for (let s = 0; s < S; s++)
        if (l.types[s]) block[(l.employee * D + d) * S + s]! |= Block.limit;
    }
  });

  const weekendSet = new Set<number>(model.weekendDays ?? [6, 7]);
  const weekendOf = new Int32Array(D).fill(-1);
  const weekendDays: number[][] = [];
  let open = false;
  for (let d = 0; d < D; d++) {
    if (weekendSet.has(isoWeekdayOf(model.firstWeekday, d))) {
      if (!open) weekendDays.push([]);
      open = true;
      weekendDays[weekendDays.length - 1]!.push(d);
      weekendOf[d] = weekendDays.length - 1;
    } else open = false;
  }

  const demandMin = new Int32Array(D * S);
  const demandIdeal = new Int32Array(D * S);
  const demandMax = new Int32Array(D * S).fill(NO_LIMIT);
  const weightBelowMin = new Float64Array(D * S);
  const weightBelowIdeal = new Float64Array(D * S);
  const weightAboveMax = new Float64Array(D * S);
  for (const dm of model.demand) {
    const s = shiftOf(dm.shiftType, 'demand');
    if (s < 0 || !dayOk(dm.day, `demand for '${dm.shiftType}'`)) continue;
    const k = dm.day * S + s;
    const ideal = dm.ideal ?? dm.minimum;
    const max = dm.maximum ?? ideal;
    if (!(dm.minimum >= 0 && ideal >= dm.minimum && max >= ideal)) {
      problems.push(`demand day ${dm.day} '${dm.shiftType}': needs 0 ≤ minimum ≤ ideal ≤ maximum`);
    }
    demandMin[k] = dm.minimum;
    demandIdeal[k] = ideal;
    demandMax[k] = max;
    weightBelowMin[k] = dm.weightBelowMinimum;
    weightBelowIdeal[k] = dm.weightBelowIdeal ?? 0;
    weightAboveMax[k] = dm.weightAboveMaximum;
  }

  const weights: SoftWeights = { ...DEFAULT_WEIGHTS, ...model.weights };
  const V = S + 1;
  const cellCost = new Float64Array(E * D * V);
  const preferences: CompiledPreference[] = [];
  const addPreference = (p: PreferenceSpec): void => {
    const e = employeeOf(p.employee, 'preference');
    const s = p.shiftType === undefined ? -1 : shiftOf(p.shiftType, 'preference');
    if (
      e < 0 ||
      (p.shiftType !== undefined && s < 0) ||
      !dayOk(p.day, `preference of '${p.employee}'`)
    ) {
      return;
    }
    if (!(p.weight >= 0))
      problems.push(`preference of '${p.employee}' day ${p.day}: weight must be ≥ 0`);
    preferences.push({ employee: e, day: p.day, kind: p.kind, shiftType: s, weight: p.weight });
    const base = (e * D + p.day) * V;
    for (let v = -1; v < S; v++) {
      const unmet = p.kind === 'on' ? (s < 0 ? v === -1 : v !== s) : s < 0 ? v !== -1 : v === s;
      if (unmet) cellCost[base + v + 1]! += p.weight;
    }
  };
  model.preferences.forEach(addPreference);

  let published: Int16Array | null = null;
  if (model.published) {
    published = new Int16Array(E * D).fill(-1);
    for (const a of model.published) {
      const e = employeeOf(a.employee, 'published roster');
      const s = shiftOf(a.shiftType, 'published roster');
      if (e < 0 || s < 0 || !dayOk(a.day, `published '${a.employee}'`)) continue;
      published[e * D + a.day] = s;
    }
  }
  for (let e = 0; e < E; e++) {
    for (let d = 0; d < D; d++) {
      const base = (e * D + d) * V;
      for (let v = -1; v < S; v++) {
        if (published && weights.stability > 0 && published[e * D + d] !== v) {
          cellCost[base + v + 1]! += weights.stability;
        }
        if (backup[e] && v >= 0) cellCost[base + v + 1]! += weights.backup;
      }
    }
  }

  const fairness: CompiledFairness[] = (model.fairness ?? []).map((f) => {
    const counts = new Uint8Array(D * S);
    const types = f.shiftTypes?.map((id) => shiftOf(id, `fairness '${f.name}'`)) ?? null;
    const onlyDays = f.days ? new Set(f.days) : null;
    for (let d = 0; d < D; d++) {
      if (f.weekendsOnly && weekendOf[d]! < 0) continue;
      if (onlyDays && !onlyDays.has(d)) continue;
      for (let s = 0; s < S; s++) if (!types || types.includes(s)) counts[d * S + s] = 1;
    }
    const history = new Float64Array(E);
    for (const [id, load] of Object.entries(f.history ?? {})) {
      const e = employeeOf(id, `fairness '${f.name}' history`);
      if (e >= 0) history[e] = load;
    }
    // The fair share: the category's demanded load plus history, split by FTE × days available.
    let demanded = 0;
    for (let k = 0; k < D * S; k++) if (counts[k]) demanded += demandIdeal[k]!;
    const capacity = new Float64Array(E);
    let capacityTotal = 0;
    model.employees.forEach((emp, e) => {
      let free = 0;
      for (let d = 0; d < D; d++) if (!leave[e * D + d]) free++;
      capacity[e] = (emp.fte ?? 1) * (free / D) * (backup[e] ? 0 : 1);
      capacityTotal += capacity[e]!;
    });
    const total = demanded + history.reduce((a, b) => a + b, 0);
    const target = new Float64Array(E);
    for (let e = 0; e < E; e++) {
      target[e] = capacityTotal > 0 ? (total * capacity[e]!) / capacityTotal : 0;
    }
    return { name: f.name, weight: f.weight, counts, target, history };
  });

  // Continuity links: consecutive days of an absence on which the absent employee was published.
  const continuity: ContinuityLink[] = [];
  if (published && weights.continuity > 0) {
    for (let x = 0; x < E; x++) {
      for (let d = 0; d + 1 < D; d++) {
        const a = published[x * D + d]!;
        const b = published[x * D + d + 1]!;
        if (a < 0 || b < 0 || !leave[x * D + d] || !leave[x * D + d + 1]) continue;
        const regular = new Uint8Array(E);
        for (let e = 0; e < E; e++) {
          if (published[e * D + d] === a || published[e * D + d + 1] === b) regular[e] = 1;
        }
        regular[x] = 1;
        continuity.push({ day: d, fromShift: a, toShift: b, absent: x, regular });
      }
    }
  }

  if (problems.length > 0) throw new ModelError(problems.slice(0, 20).join('; '), problems);
  return {
    source: model,
    E,
    D,
    S,
    employeeIds,
    employeeNames: model.employees.map((e) => e.name ?? e.id),
    shiftIds,
    shiftNames: model.shiftTypes.map((t) => t.name ?? t.id),
    employeeIndex,
    shiftIndex,
    shiftMinutes,
    succession,
    block,
    leave,
    pinned,
    maxPerType,
    maxMinutes,
    minMinutes,
    maxConsecutive,
    minConsecutive,
    minConsecutiveOff,
    maxWeekends,
    minRest,
    shiftLimits,
    limitStart,
    limitByTypeStart,
    limitByType,
    backup,
    weekendOf,
    weekendDays,
    demandMin,
    demandIdeal,
    demandMax,
    weightBelowMin,
    weightBelowIdeal,
    weightAboveMax,
    preferences,
    published,
    fairness,
    continuity,
    weights,
    cellCost,
    meanShiftMinutes,
  };
}

/**
 * A limit's name when the model gives none: its shift types and days ("E or L shifts on days
 * 0–6"; with `one`, "E or L shift on days 0–6").
 */
function limitName(model: RosterModel, types?: string[], days?: number[], one = false): string {
  const names = types?.map((id) => model.shiftTypes.find((t) => t.id === id)?.name ?? id);
  const noun = one ? 'shift' : 'shifts';
  let out = names ? `${names.join(' or ')} ${noun}` : noun;
  if (days) {
    const sorted = [...new Set(days)].sort((x, y) => x - y);
    const ranges: string[] = [];
    for (let i = 0; i < sorted.length;) {
      let j = i;
      while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
      ranges.push(j === i ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
      i = j + 1;
    }
    out +=
      ranges.length === 1 && !ranges[0]!.includes('–')
        ? ` on day ${ranges[0]}`
        : ` on days ${ranges.join(', ')}`;
  }
  return out;
}

/** A limit's name to follow the number n: "1 cover duty in March", "2 cover duties in March". */
export function limitNoun(l: CompiledShiftLimit, n: number): string {
  return n === 1 ? l.nameOne : l.name;
}

/** How many of the shifts in `row` (one employee's D cells) count toward shift limit i. */
export function limitCount(m: CompiledModel, i: number, row: ArrayLike<number>): number {
  const l = m.shiftLimits[i]!;
  let n = 0;
  for (let d = 0; d < m.D; d++) {
    const v = row[d]!;
    if (v >= 0 && l.days[d] && l.types[v]) n++;
  }
  return n;
}

/** The soft cost of employee e's shift limits for a whole row (one employee's D cells). */
export function softLimitCost(m: CompiledModel, e: number, row: ArrayLike<number>): number {
  let cost = 0;
  for (let i = m.limitStart[e]!; i < m.limitStart[e + 1]!; i++) {
    const l = m.shiftLimits[i]!;
    if (l.weight > 0) cost += l.weight * Math.max(0, limitCount(m, i, row) - l.max);
  }
  return cost;
}

/** Soft cost of x people on demand cell k (convex, piecewise linear in x). */
export function coverCost(m: CompiledModel, k: number, x: number): number {
  const min = m.demandMin[k]!;
  const ideal = m.demandIdeal[k]!;
  const max = m.demandMax[k]!;
  let c = 0;
  if (x < min) c += m.weightBelowMin[k]! * (min - x);
  if (x < ideal) c += m.weightBelowIdeal[k]! * (ideal - x);
  if (x > max) c += m.weightAboveMax[k]! * (x - max);
  return c;
}
