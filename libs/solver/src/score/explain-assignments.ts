import { HARD_RULES, SOFT_RULES } from '../constraints/index.js';
import { categoryLoad } from '../constraints/fair-share-of-duties.js';
import { employeeName, shiftName, type Breach } from '../constraints/rule.js';
import { limitSentence } from '../constraints/shift-limits.js';
import {
  Block,
  limitCount,
  limitNoun,
  NO_LIMIT,
  type CompiledModel,
} from '../model/compiled-model.js';
import { OFF, type Roster } from '../model/roster.js';
import { blockerFor } from './explain.js';
import { RosterState } from './roster-state.js';

/** Another person who could have been put on the shift, and why they were not. */
export interface AlternativeReason {
  employee: string;
  /** The hard rule that stops them, or the soft rule that makes them dearer; null if neither. */
  rule: string | null;
  reason: string;
  /** How much higher the total objective would be with them instead; null when a hard rule stops them. */
  extraCost: number | null;
}

/** Why the solver put this person on this shift (an assignment it added or changed). */
export interface AssignmentExplanation {
  employee: string;
  day: number;
  shiftType: string;
  /** Sentences: skills, free, rested and within the contract, fair-share position. */
  reasons: string[];
  /** The next best candidates, best first. */
  alternatives: AlternativeReason[];
}

export interface ExplainAssignmentsOptions {
  /** How many alternatives to give per assignment (default 3). */
  maxAlternatives?: number;
  /** How a day is named in sentences (default "day 3"); e.g. the date in the team's zone. */
  dayLabel?: (day: number) => string;
}

/** Soft rules in a manager's words, for "more expensive because of …". */
const SOFT_RULE_LABELS: Record<string, string> = {
  coverageBelowMinimum: 'cover below the minimum',
  coverageBelowIdeal: 'cover below the ideal headcount',
  overStaffing: 'over-staffing',
  shiftOnRequests: 'shift requests',
  shiftOffRequests: 'requests for time off',
  preferredShiftLimits: 'preferred limits on shifts',
  fairShareOfDuties: 'the fair share of duties',
  stability: 'changes to the published rota',
  continuityOfCover: 'continuity of cover',
  backupPoolUsedLast: 'using the backup pool',
};

const round2 = (x: number): number => Math.round(x * 100) / 100;
const fmt = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));
const hours = (minutes: number): string => fmt(Math.round((minutes / 60) * 10) / 10);

/**
 * For every cell that is a shift in `after` and differs from `before` (what the solver added
 * or changed), why this person — skills, free, rested and within the contract, fair-share
 * position — and why not the next best candidates: the hard rule that stops each, or how much
 * more the objective would be with them instead and which soft rule makes the difference.
 * Pure; prices candidates incrementally, so a few hundred people × a few weeks take milliseconds.
 */
export function explainAssignments(
  m: CompiledModel,
  before: Roster,
  after: Roster,
  opts: ExplainAssignmentsOptions = {},
): AssignmentExplanation[] {
  const { E, D, S } = m;
  const maxAlternatives = opts.maxAlternatives ?? 3;
  const dayLabel = opts.dayLabel ?? ((d: number) => `day ${d}`);
  const state = new RosterState(m, after);
  const out: AssignmentExplanation[] = [];
  const ranked: Array<{ c: number; hard: number; soft: number }> = [];
  for (let e = 0; e < E; e++) {
    for (let d = 0; d < D; d++) {
      const s = after.cells[e * D + d]!;
      const was = before.cells[e * D + d]!;
      if (s === OFF || s === was) continue;
      const reasons = whyThisPerson(m, after, e, d, s, was, dayLabel);

      // The counterfactual: this person keeps what they had, somebody else takes the shift.
      const base = state.soft;
      const back = was !== OFF && m.block[(e * D + d) * S + was] === 0 ? was : OFF;
      state.set(e, d, back);
      const softWithout = state.soft;
      ranked.length = 0;
      for (let c = 0; c < E; c++) {
        if (c === e || state.cells[c * D + d] === s) continue;
        if (m.block[(c * D + d) * S + s]! & Block.skill) continue; // not a candidate at all
        state.evalSet(c, d, s);
        ranked.push({ c, hard: state.dHard, soft: softWithout + state.dSoft - base });
      }
      // Fewest new hard breaches first, then the cheapest; the person who had this shift
      // before (now absent or moved) first among equals, since that is who a manager asks about.
      const had = (c: number): number => (before.cells[c * D + d] === s ? 0 : 1);
      ranked.sort(
        (x, y) =>
          (x.hard > 1e-9 ? 1 : 0) - (y.hard > 1e-9 ? 1 : 0) ||
          had(x.c) - had(y.c) ||
          x.hard - y.hard ||
          x.soft - y.soft ||
          x.c - y.c,
      );
      const alternatives: AlternativeReason[] = [];
      const view: Roster = { employees: E, days: D, cells: state.cells };
      for (const r of ranked.slice(0, maxAlternatives)) {
        if (r.hard > 1e-9) {
          const b = blockerFor(m, view, r.c, d, s);
          if (b.rule !== null) {
            alternatives.push({ ...b, extraCost: null });
            continue;
          }
        }
        alternatives.push(pricedAlternative(m, after, state, e, back, r.c, d, s, r.soft));
      }
      state.set(e, d, s);
      out.push({
        employee: m.employeeIds[e]!,
        day: d,
        shiftType: m.shiftIds[s]!,
        reasons,
        alternatives,
      });
    }
  }
  return out;
}

function whyThisPerson(
  m: CompiledModel,
  after: Roster,
  e: number,
  d: number,
  s: number,
  was: number,
  dayLabel: (day: number) => string,
): string[] {
  const { D, S } = m;
  const who = employeeName(m, e);
  const shift = shiftName(m, s);
  const reasons: string[] = [];
  const skills = m.source.shiftTypes[s]?.requiredSkills ?? [];
  reasons.push(
    m.block[(e * D + d) * S + s]! & Block.skill
      ? `${who} lacks a skill for ${shift}`
      : skills.length > 0
        ? `${who} has the skills ${shift} needs: ${skills.join(', ')}`
        : `${who} can work ${shift} (no particular skill needed)`,
  );
  const onLeave = m.leave[e * D + d] !== 0 || (m.block[(e * D + d) * S + s]! & Block.leave) !== 0;
  if (onLeave) reasons.push(`${who} is on leave or unavailable on ${dayLabel(d)}`);
  else if (was === OFF)
    reasons.push(`${who} was free on ${dayLabel(d)}: not on leave, not already working`);
  else
    reasons.push(
      `${who} moves from ${shiftName(m, was)} on ${dayLabel(d)} (not on leave or unavailable)`,
    );
  reasons.push(restSentence(m, after, e, d, s, dayLabel));
  reasons.push(contractSentence(m, after, e, d, s));
  const preferred = preferredLimitSentence(m, after, e, d, s);
  if (preferred) reasons.push(preferred);
  // Hard breaches of this row near the day (none in a valid roster): never claim what is false.
  const row: Breach[] = [];
  for (const rule of HARD_RULES) {
    if (rule.scope !== 'employee') continue;
    for (const b of rule.check(m, after, e)) {
      if (b.day === null || Math.abs(b.day - d) <= 1) row.push(b);
    }
  }
  for (const b of row) reasons.push(`But: ${b.message}`);
  for (const f of m.fairness) {
    const load = categoryLoad(m, f, after, e);
    const counts = f.counts[d * S + s] !== 0;
    const sofar = counts ? load - 1 : load;
    const history = f.history[e]! > 0 ? ` (${fmt(f.history[e]!)} from earlier periods)` : '';
    const tail = counts ? `; this shift makes ${fmt(load)}` : '';
    reasons.push(
      `${who}: ${fmt(sofar)} ${f.name} so far${history} against a fair share of ${f.target[e]!.toFixed(1)}${tail}`,
    );
  }
  return reasons;
}

function restSentence(
  m: CompiledModel,
  after: Roster,
  e: number,
  d: number,
  s: number,
  dayLabel: (day: number) => string,
): string {
  const { D } = m;
  const who = employeeName(m, e);
  const types = m.source.shiftTypes;
  const parts: string[] = [];
  const rest = (a: number, b: number): number | null => {
    const ta = types[a];
    const tb = types[b];
    if (ta?.startMinute === undefined || tb?.startMinute === undefined) return null;
    return 1440 + tb.startMinute - (ta.startMinute + ta.minutes);
  };
  const prev = d > 0 ? after.cells[e * D + d - 1]! : OFF;
  const next = d + 1 < D ? after.cells[e * D + d + 1]! : OFF;
  if (prev === OFF) parts.push(d > 0 ? `off on ${dayLabel(d - 1)}` : 'the first day of the plan');
  else {
    const r = rest(prev, s);
    parts.push(
      r === null
        ? `${shiftName(m, prev)} on ${dayLabel(d - 1)} may be followed by ${shiftName(m, s)}`
        : `${hours(r)} h after ${shiftName(m, prev)} on ${dayLabel(d - 1)}`,
    );
  }
  if (next !== OFF) {
    const r = rest(s, next);
    parts.push(
      r === null
        ? `${shiftName(m, next)} on ${dayLabel(d + 1)} may follow it`
        : `${hours(r)} h before ${shiftName(m, next)} on ${dayLabel(d + 1)}`,
    );
  }
  const needs = m.minRest[e]! > 0 ? ` (needs at least ${hours(m.minRest[e]!)} h)` : '';
  return `${who} is rested: ${parts.join(', ')}${needs}`;
}

/**
 * The contract limits this assignment uses: run length, minutes, weekends and the hard shift
 * limits that count it. Says "stays within" only when it does.
 */
function contractSentence(
  m: CompiledModel,
  after: Roster,
  e: number,
  d: number,
  s: number,
): string {
  const { D } = m;
  const who = employeeName(m, e);
  const row = after.cells.subarray(e * D, (e + 1) * D);
  let a = d;
  while (a > 0 && row[a - 1] !== OFF) a--;
  let b = d;
  while (b + 1 < D && row[b + 1] !== OFF) b++;
  const run = b - a + 1;
  const parts: string[] = [];
  let within = true;
  const maxC = m.maxConsecutive[e]!;
  within &&= run <= maxC;
  parts.push(
    `${run} day${run === 1 ? '' : 's'} in a row${maxC < NO_LIMIT ? ` (at most ${maxC})` : ''}`,
  );
  let minutes = 0;
  for (const v of row) if (v !== OFF) minutes += m.shiftMinutes[v]!;
  const maxM = m.maxMinutes[e]!;
  within &&= minutes <= maxM;
  parts.push(
    `${hours(minutes)} h in the plan${maxM < NO_LIMIT ? ` (at most ${hours(maxM)} h)` : ''}`,
  );
  const maxW = m.maxWeekends[e]!;
  if (maxW < NO_LIMIT) {
    let weekends = 0;
    for (const days of m.weekendDays) if (days.some((x) => row[x] !== OFF)) weekends++;
    within &&= weekends <= maxW;
    parts.push(`${weekends} of at most ${maxW} weekends`);
  }
  for (let i = m.limitStart[e]!; i < m.limitStart[e + 1]!; i++) {
    const l = m.shiftLimits[i]!;
    if (l.weight > 0 || !l.days[d] || !l.types[s]) continue;
    const count = limitCount(m, i, row);
    within &&= count <= l.max;
    parts.push(
      count <= l.max
        ? `${count} of at most ${l.max} ${limitNoun(l, l.max)}`
        : `${count} ${limitNoun(l, count)}, more than the ${l.max} allowed`,
    );
  }
  return within
    ? `${who} stays within the contract: ${parts.join(', ')}`
    : `${who} goes beyond the contract: ${parts.join(', ')}`;
}

/** The soft shift limits that count this assignment: how many it makes, and what going over costs. */
function preferredLimitSentence(
  m: CompiledModel,
  after: Roster,
  e: number,
  d: number,
  s: number,
): string | null {
  const row = after.cells.subarray(e * m.D, (e + 1) * m.D);
  const parts: string[] = [];
  for (let i = m.limitStart[e]!; i < m.limitStart[e + 1]!; i++) {
    const l = m.shiftLimits[i]!;
    if (l.weight === 0 || !l.days[d] || !l.types[s]) continue;
    const count = limitCount(m, i, row);
    const over = count - l.max;
    parts.push(
      over <= 0
        ? `${limitSentence(m, i)}: this makes ${count}`
        : `${limitSentence(m, i)}: this makes ${count}, ${over} over (cost ${fmt(round2(over * l.weight))})`,
    );
  }
  return parts.length > 0 ? `${employeeName(m, e)} ${parts.join('; ')}` : null;
}

/**
 * An alternative nothing hard stops: the extra cost of giving them the shift instead, and the
 * soft rule whose cost grows most (with that rule's sentence from the counterfactual roster).
 */
function pricedAlternative(
  m: CompiledModel,
  after: Roster,
  state: RosterState,
  e: number,
  back: number,
  c: number,
  d: number,
  s: number,
  extra: number,
): AlternativeReason {
  const { D } = m;
  const who = employeeName(m, c);
  const alt = after.cells.slice();
  alt[e * D + d] = back;
  alt[c * D + d] = s;
  const A = ruleCosts(m, after, [c, e]);
  const B = ruleCosts(m, { employees: m.E, days: D, cells: alt }, [c, e]);
  let worst: string | null = null;
  let worstDelta = 1e-9;
  for (const [rule, b] of B) {
    const delta = b.cost - (A.get(rule)?.cost ?? 0);
    if (delta > worstDelta) {
      worst = rule;
      worstDelta = delta;
    }
  }
  const moving =
    state.cells[c * D + d] === OFF ? '' : ` (moving off ${shiftName(m, state.cells[c * D + d]!)})`;
  const cost = round2(extra);
  if (cost <= 0 || worst === null) {
    const how = cost < 0 ? `at a total cost ${fmt(-cost)} lower` : 'at the same total cost';
    return {
      employee: m.employeeIds[c]!,
      rule: null,
      reason: `${who} could take it${moving} ${how}`,
      extraCost: cost,
    };
  }
  const known = new Set(A.get(worst)?.messages ?? []);
  const example = B.get(worst)!.messages.find((x) => !known.has(x));
  const label = SOFT_RULE_LABELS[worst] ?? worst;
  return {
    employee: m.employeeIds[c]!,
    rule: worst,
    reason: `${who} could take it${moving}, but the total cost would be ${fmt(cost)} higher, mostly from ${label}${example ? ` (${example})` : ''}`,
    extraCost: cost,
  };
}

/** Soft cost per rule: employee rules on the given rows only, roster rules on everything. */
function ruleCosts(
  m: CompiledModel,
  roster: Roster,
  employees: number[],
): Map<string, { cost: number; messages: string[] }> {
  const out = new Map<string, { cost: number; messages: string[] }>();
  for (const rule of SOFT_RULES) {
    const breaches: Breach[] =
      rule.scope === 'employee'
        ? employees.flatMap((e) => rule.check(m, roster, e))
        : rule.check(m, roster);
    let cost = 0;
    for (const b of breaches) cost += b.cost;
    out.set(rule.name, { cost, messages: breaches.map((b) => b.message) });
  }
  return out;
}
