import { DomainError, type FieldError } from '../errors.js';
import type { Interval } from '../time/interval.js';
import type { DemandSlot, Requirement } from './demand.js';

export interface CoverageEmployee {
  id: string;
  skillIds: readonly string[];
  /** Skills for which this employee is in the backup pool: counted only to reach a minimum. */
  backupSkillIds?: readonly string[];
}

/** An employee on a shift, as instants (a PlannedShift fits). */
export interface StaffedInterval {
  employeeId: string;
  start: Date;
  end: Date;
}

export interface EmployeeLeave {
  employeeId: string;
  /** Instants of leave (see `leaveIntervals`). */
  intervals: readonly Interval[];
}

export interface CoverageInput {
  slots: readonly DemandSlot[];
  shifts: readonly StaffedInterval[];
  employees: readonly CoverageEmployee[];
  leave?: readonly EmployeeLeave[];
}

export interface RequirementCoverage extends Requirement {
  /** Distinct employees counted, regular and backup. */
  staffed: number;
  /** Regular staff counted, in input order of `employees`. */
  employeeIds: string[];
  /** Backup-pool members counted because regular staff fell short of the minimum. */
  backupEmployeeIds: string[];
  /** max(0, min − staffed). */
  missing: number;
  /** staffed < min. */
  gap: boolean;
  /** staffed < ideal (so every gap is also a shortfall). */
  shortfall: boolean;
}

/** A piece of a demand slot over which staffing is constant. */
export interface CoverageRow {
  start: Date;
  end: Date;
  requirements: RequirementCoverage[];
}

/** Contiguous rows in which one requirement stays below its minimum (or ideal). */
export interface CoverageGap {
  start: Date;
  end: Date;
  skillId: string | null;
  min: number;
  ideal: number;
  /** The lowest staffed headcount inside the gap. */
  staffed: number;
  /** The largest shortage against min (gaps) or ideal (shortfalls) inside the gap. */
  missing: number;
  priority: number;
  ruleIds: string[];
}

export interface CoverageSummary {
  gaps: number;
  shortfalls: number;
  gapMinutes: number;
  shortfallMinutes: number;
  /** Σ missing headcount × minutes below the minimum. */
  missingMinutes: number;
}

export interface CoverageResult {
  rows: CoverageRow[];
  gaps: CoverageGap[];
  shortfalls: CoverageGap[];
  summary: CoverageSummary;
}

/**
 * Who staffs each demand slot. Slots are cut at every shift and leave boundary, so every row has
 * constant staffing and "the shift covers the whole row" is exact.
 *
 * Counting: an employee counts at most once per row and requirement however many shifts or
 * skills they have; they count for a skill requirement only when they hold the skill, for a
 * null-skill requirement always, and never while on leave. A person may count towards several
 * requirements of one row (a Polish phone agent staffs both "phone" and "pl"): skills are
 * capabilities, not separate seats. Backup-pool members count only to lift regular staff up to
 * the minimum, never towards the ideal.
 *
 * Runs as one sweep over sorted boundaries on epoch ms with per-skill membership bitmaps.
 */
export function computeCoverage(input: CoverageInput): CoverageResult {
  const slots = sortedSlots(input.slots);
  const employeeIndex = indexEmployees(input.employees);
  const skills = skillTables(slots, input.employees);
  const timeline = buildTimeline(input, slots, employeeIndex);
  const rows = sweep(timeline, slots, skills, input.employees);
  const gaps = listGaps(rows, 'gap');
  const shortfalls = listGaps(rows, 'shortfall');
  return { rows, gaps, shortfalls, summary: summarise(rows, gaps, shortfalls) };
}

function sortedSlots(slots: readonly DemandSlot[]): DemandSlot[] {
  const sorted = [...slots].sort((a, b) => a.start.getTime() - b.start.getTime());
  const errors: FieldError[] = [];
  sorted.forEach((slot, i) => {
    const previous = sorted[i - 1];
    if (slot.end.getTime() <= slot.start.getTime()) {
      errors.push({
        field: 'slots',
        reason: `slot at ${slot.start.toISOString()} ends before it starts`,
      });
    } else if (previous && slot.start.getTime() < previous.end.getTime()) {
      errors.push({ field: 'slots', reason: `slots overlap at ${slot.start.toISOString()}` });
    }
  });
  if (errors.length > 0) throw DomainError.validation(errors);
  return sorted;
}

function indexEmployees(employees: readonly CoverageEmployee[]): Map<string, number> {
  const index = new Map<string, number>();
  employees.forEach((e, i) => {
    if (index.has(e.id))
      throw DomainError.validation([{ field: `employees[${i}].id`, reason: 'is listed twice' }]);
    index.set(e.id, i);
  });
  return index;
}

interface SkillTables {
  regular: Map<string, Uint8Array>;
  backup: Map<string, Uint8Array>;
}

/** One membership bitmap per demanded skill: the inner loop is an array read, not a set lookup. */
function skillTables(
  slots: readonly DemandSlot[],
  employees: readonly CoverageEmployee[],
): SkillTables {
  const regular = new Map<string, Uint8Array>();
  const backup = new Map<string, Uint8Array>();
  for (const slot of slots) {
    for (const r of slot.requirements) {
      if (r.skillId === null || regular.has(r.skillId)) continue;
      regular.set(r.skillId, new Uint8Array(employees.length));
      backup.set(r.skillId, new Uint8Array(employees.length));
    }
  }
  employees.forEach((e, i) => {
    for (const skill of e.skillIds) {
      const table = regular.get(skill);
      if (table) table[i] = 1;
    }
    for (const skill of e.backupSkillIds ?? []) {
      const table = backup.get(skill);
      if (table) table[i] = 1;
    }
  });
  return { regular, backup };
}

const SHIFT_START = 0;
const SHIFT_END = 1;
const LEAVE_START = 2;
// LEAVE_START + 1 (3) ends a leave.

interface Timeline {
  times: number[];
  /** Event codes at each time: employee index × 4 + kind. */
  events: Map<number, number[]>;
}

function buildTimeline(
  input: CoverageInput,
  slots: readonly DemandSlot[],
  employeeIndex: ReadonlyMap<string, number>,
): Timeline {
  const events = new Map<number, number[]>();
  const push = (at: number, code: number) => {
    const list = events.get(at);
    if (list) list.push(code);
    else events.set(at, [code]);
  };
  const first = slots[0]?.start.getTime() ?? 0;
  const last = slots[slots.length - 1]?.end.getTime() ?? 0;
  const addSpan = (start: number, end: number, employee: number, startKind: number) => {
    if (end <= first || start >= last || end <= start) return;
    // Anything before the first slot only matters as state at its start.
    push(Math.max(start, first), employee * 4 + startKind);
    push(Math.min(end, last), employee * 4 + startKind + 1);
  };
  const indexOf = (employeeId: string, field: string): number => {
    const index = employeeIndex.get(employeeId);
    if (index === undefined) {
      throw DomainError.validation([
        { field, reason: `employee ${employeeId} is not in employees` },
      ]);
    }
    return index;
  };
  input.shifts.forEach((s, i) => {
    addSpan(
      s.start.getTime(),
      s.end.getTime(),
      indexOf(s.employeeId, `shifts[${i}].employeeId`),
      SHIFT_START,
    );
  });
  (input.leave ?? []).forEach((l, i) => {
    const employee = indexOf(l.employeeId, `leave[${i}].employeeId`);
    for (const span of l.intervals)
      addSpan(span.start.getTime(), span.end.getTime(), employee, LEAVE_START);
  });
  for (const slot of slots) {
    if (!events.has(slot.start.getTime())) events.set(slot.start.getTime(), []);
    if (!events.has(slot.end.getTime())) events.set(slot.end.getTime(), []);
  }
  return { times: [...events.keys()].sort((a, b) => a - b), events };
}

/** Per-requirement scratch space, reused across segments so unchanged staffing allocates nothing. */
interface Counter {
  regular: Int32Array;
  regularCount: number;
  backup: Int32Array;
  backupCount: number;
}

/** What a row counted, kept to detect whether the next segment changes anything. */
interface Counted {
  requirement: Requirement;
  regular: Int32Array;
  backup: Int32Array;
}

function sweep(
  timeline: Timeline,
  slots: readonly DemandSlot[],
  skills: SkillTables,
  employees: readonly CoverageEmployee[],
): CoverageRow[] {
  const size = employees.length;
  const onShift = new Int32Array(size);
  const onLeave = new Int32Array(size);
  const available = new Uint8Array(size);
  const staff = new Int32Array(size);
  const counters: Counter[] = [];
  const rows: CoverageRow[] = [];
  let previous: { slot: number; counted: Counted[]; row: CoverageRow } | null = null;
  let slotIndex = 0;
  const { times, events } = timeline;
  for (let i = 0; i < times.length - 1; i++) {
    const at = times[i] as number;
    for (const code of events.get(at) as number[]) {
      applyEvent(code, onShift, onLeave, available);
    }
    while (slotIndex < slots.length && (slots[slotIndex] as DemandSlot).end.getTime() <= at) {
      slotIndex++;
    }
    const slot = slots[slotIndex];
    if (!slot || slot.start.getTime() > at) {
      previous = null;
      continue;
    }
    const end = times[i + 1] as number;
    // Scanning in index order keeps every id list in input order without sorting.
    let staffCount = 0;
    for (let e = 0; e < size; e++) if (available[e] === 1) staff[staffCount++] = e;
    slot.requirements.forEach((requirement, k) => {
      countInto(requirement, staff, staffCount, skills, counterAt(counters, k, size));
    });
    if (previous && previous.slot === slotIndex && unchanged(previous.counted, counters)) {
      previous.row.end = new Date(end);
      continue;
    }
    const counted = slot.requirements.map((requirement, k) =>
      snapshot(requirement, counters[k] as Counter),
    );
    const row = {
      start: new Date(at),
      end: new Date(end),
      requirements: counted.map((c) => toCoverage(c, employees)),
    };
    rows.push(row);
    previous = { slot: slotIndex, counted, row };
  }
  return rows;
}

function applyEvent(
  code: number,
  onShift: Int32Array,
  onLeave: Int32Array,
  available: Uint8Array,
): void {
  const employee = code >> 2;
  const kind = code & 3;
  if (kind === SHIFT_START) onShift[employee]! += 1;
  else if (kind === SHIFT_END) onShift[employee]! -= 1;
  else if (kind === LEAVE_START) onLeave[employee]! += 1;
  else onLeave[employee]! -= 1;
  available[employee] = (onShift[employee] as number) > 0 && onLeave[employee] === 0 ? 1 : 0;
}

function counterAt(counters: Counter[], index: number, size: number): Counter {
  let counter = counters[index];
  if (!counter) {
    counter = {
      regular: new Int32Array(size),
      regularCount: 0,
      backup: new Int32Array(size),
      backupCount: 0,
    };
    counters[index] = counter;
  }
  return counter;
}

function countInto(
  requirement: Requirement,
  staff: Int32Array,
  staffCount: number,
  skills: SkillTables,
  into: Counter,
): void {
  into.regularCount = 0;
  into.backupCount = 0;
  const regularTable =
    requirement.skillId === null ? null : (skills.regular.get(requirement.skillId) as Uint8Array);
  for (let i = 0; i < staffCount; i++) {
    const e = staff[i] as number;
    if (regularTable === null || regularTable[e] === 1) into.regular[into.regularCount++] = e;
  }
  const needed = requirement.min - into.regularCount;
  if (regularTable === null || needed <= 0) return;
  const backupTable = skills.backup.get(requirement.skillId as string) as Uint8Array;
  for (let i = 0; i < staffCount && into.backupCount < needed; i++) {
    const e = staff[i] as number;
    if (backupTable[e] === 1 && regularTable[e] !== 1) into.backup[into.backupCount++] = e;
  }
}

function snapshot(requirement: Requirement, counter: Counter): Counted {
  return {
    requirement,
    regular: counter.regular.slice(0, counter.regularCount),
    backup: counter.backup.slice(0, counter.backupCount),
  };
}

function unchanged(counted: Counted[], counters: Counter[]): boolean {
  return counted.every((c, k) => {
    const counter = counters[k] as Counter;
    return (
      sameList(c.regular, counter.regular, counter.regularCount) &&
      sameList(c.backup, counter.backup, counter.backupCount)
    );
  });
}

function sameList(kept: Int32Array, current: Int32Array, count: number): boolean {
  if (kept.length !== count) return false;
  for (let i = 0; i < count; i++) if (kept[i] !== current[i]) return false;
  return true;
}

function toCoverage(c: Counted, employees: readonly CoverageEmployee[]): RequirementCoverage {
  const staffed = c.regular.length + c.backup.length;
  const { skillId, min, ideal, priority, ruleIds } = c.requirement;
  return {
    skillId,
    min,
    ideal,
    priority,
    ruleIds,
    staffed,
    employeeIds: idsOf(c.regular, employees),
    backupEmployeeIds: idsOf(c.backup, employees),
    missing: Math.max(0, min - staffed),
    gap: staffed < min,
    shortfall: staffed < ideal,
  };
}

function idsOf(indices: Int32Array, employees: readonly CoverageEmployee[]): string[] {
  const ids = new Array<string>(indices.length);
  for (let i = 0; i < indices.length; i++)
    ids[i] = (employees[indices[i] as number] as CoverageEmployee).id;
  return ids;
}

/** Merges contiguous rows in which the same skill's requirement is below min / ideal. */
export function listGaps(rows: readonly CoverageRow[], kind: 'gap' | 'shortfall'): CoverageGap[] {
  const open = new Map<string | null, CoverageGap>();
  const result: CoverageGap[] = [];
  for (const row of rows) {
    const seen = new Set<string | null>();
    for (const r of row.requirements) {
      if (!r[kind]) continue;
      seen.add(r.skillId);
      const missing = (kind === 'gap' ? r.min : r.ideal) - r.staffed;
      const current = open.get(r.skillId);
      if (current && current.end.getTime() === row.start.getTime()) {
        current.end = new Date(row.end.getTime());
        current.min = Math.max(current.min, r.min);
        current.ideal = Math.max(current.ideal, r.ideal);
        current.staffed = Math.min(current.staffed, r.staffed);
        current.missing = Math.max(current.missing, missing);
        current.priority = Math.min(current.priority, r.priority);
        current.ruleIds = [...new Set([...current.ruleIds, ...r.ruleIds])].sort();
        continue;
      }
      const gap: CoverageGap = {
        start: new Date(row.start.getTime()),
        end: new Date(row.end.getTime()),
        skillId: r.skillId,
        min: r.min,
        ideal: r.ideal,
        staffed: r.staffed,
        missing,
        priority: r.priority,
        ruleIds: r.ruleIds,
      };
      result.push(gap);
      open.set(r.skillId, gap);
    }
    for (const skill of [...open.keys()]) if (!seen.has(skill)) open.delete(skill);
  }
  return result;
}

function summarise(
  rows: readonly CoverageRow[],
  gaps: CoverageGap[],
  shortfalls: CoverageGap[],
): CoverageSummary {
  let gapMinutes = 0;
  let shortfallMinutes = 0;
  let missingMinutes = 0;
  for (const row of rows) {
    const minutes = (row.end.getTime() - row.start.getTime()) / 60_000;
    for (const r of row.requirements) {
      if (r.gap) gapMinutes += minutes;
      if (r.shortfall) shortfallMinutes += minutes;
      missingMinutes += r.missing * minutes;
    }
  }
  return {
    gaps: gaps.length,
    shortfalls: shortfalls.length,
    gapMinutes,
    shortfallMinutes,
    missingMinutes,
  };
}
