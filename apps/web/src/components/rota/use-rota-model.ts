import { useMemo } from 'react';
import type {
  CancelledShift,
  CoverageGap,
  Rota,
  RotaDay,
  RotaEmployee,
  RotaLeave,
  RotaShift,
  RotaShiftType,
} from '../../lib/api-types';
import { addDays } from '../../lib/local-date';

/** What one employee has on one roster date. */
export interface CellItems {
  shifts: RotaShift[];
  cancelled: CancelledShift[];
  /** Pending or approved leave on this date. */
  leave: RotaLeave[];
}

export type DayCoverageState = 'gap' | 'shortfall' | 'ok';

/** A plan's proposal for a shift on the grid: added by the plan, or taken off the rota by it. */
export type ProposedChange = 'added' | 'removed';

const NO_PROPOSALS: ReadonlyMap<string, ProposedChange> = new Map();

/** One coverage row under the grid: a skill (or, with `skillId` null, any skill) by day. */
export interface CoverageLine {
  /** `''` stands for the null skill (a plain headcount) in keys. */
  key: string;
  skillId: string | null;
  /** Per day index; undefined where nothing is required that day. */
  states: (DayCoverageState | undefined)[];
  gapDays: number;
  shortfallDays: number;
}

export interface DayCoverageDetail {
  gaps: CoverageGap[];
  /** Shortfalls that are not also gaps over the same time. */
  shortfalls: CoverageGap[];
}

export interface RotaModel {
  rota: Rota;
  days: RotaDay[];
  dayIndex: Map<string, number>;
  employees: RotaEmployee[];
  employeeById: Map<string, RotaEmployee>;
  shiftTypeById: Map<string, RotaShiftType>;
  /** employeeId → items per day index. */
  cells: Map<string, (CellItems | undefined)[]>;
  shiftCount: number;
  /** Leave entries touching the window. */
  leaveCount: number;
  coverage: CoverageLine[];
  /** `${line.key}|${dayIndex}` → what is missing that day. */
  coverageDetails: Map<string, DayCoverageDetail>;
  /** Shift key → the change a plan proposes for it (plan review); empty on the rota itself. */
  proposed: ReadonlyMap<string, ProposedChange>;
}

export const skillKey = (skillId: string | null) => skillId ?? '';

/**
 * The roster dates an interval of local stamps (`YYYY-MM-DDTHH:mm`) touches. An interval that
 * ends at midnight does not reach into the next date.
 */
export function datesTouched(startLocal: string, endLocal: string): string[] {
  const first = startLocal.slice(0, 10);
  let last = endLocal.slice(0, 10);
  if (last > first && endLocal.slice(11, 16) === '00:00') last = addDays(last, -1);
  if (last <= first) return [first];
  const out = [first];
  for (let date = addDays(first, 1); date <= last && out.length < 400; date = addDays(date, 1)) {
    out.push(date);
  }
  return out;
}

const RANK: Record<DayCoverageState, number> = { ok: 0, shortfall: 1, gap: 2 };

function buildCoverage(rota: Rota, dayIndex: Map<string, number>) {
  const dayCount = rota.days.length;
  const lines = new Map<string, CoverageLine>();
  const line = (skillId: string | null): CoverageLine => {
    const key = skillKey(skillId);
    let found = lines.get(key);
    if (!found) {
      found = { key, skillId, states: new Array(dayCount), gapDays: 0, shortfallDays: 0 };
      lines.set(key, found);
    }
    return found;
  };

  // The worst state of each requirement over each day it touches.
  for (const row of rota.coverage.rows) {
    const dates = datesTouched(row.startLocal, row.endLocal);
    for (const requirement of row.requirements) {
      const state: DayCoverageState = requirement.gap
        ? 'gap'
        : requirement.shortfall
          ? 'shortfall'
          : 'ok';
      const states = line(requirement.skillId).states;
      for (const date of dates) {
        const index = dayIndex.get(date);
        if (index === undefined) continue;
        const current = states[index];
        if (current === undefined || RANK[state] > RANK[current]) states[index] = state;
      }
    }
  }

  const details = new Map<string, DayCoverageDetail>();
  const detail = (key: string): DayCoverageDetail => {
    let found = details.get(key);
    if (!found) {
      found = { gaps: [], shortfalls: [] };
      details.set(key, found);
    }
    return found;
  };
  const gapSpans = new Set<string>();
  for (const gap of rota.coverage.gaps) {
    const key = skillKey(gap.skillId);
    // A gap reported without rows (older servers) still marks its days.
    const states = line(gap.skillId).states;
    gapSpans.add(`${key}|${gap.start}|${gap.end}`);
    for (const date of datesTouched(gap.startLocal, gap.endLocal)) {
      const index = dayIndex.get(date);
      if (index === undefined) continue;
      states[index] = 'gap';
      detail(`${key}|${index}`).gaps.push(gap);
    }
  }
  for (const shortfall of rota.coverage.shortfalls) {
    const key = skillKey(shortfall.skillId);
    // Every gap is also a shortfall; the same interval is listed once, as the gap.
    if (gapSpans.has(`${key}|${shortfall.start}|${shortfall.end}`)) continue;
    const states = line(shortfall.skillId).states;
    for (const date of datesTouched(shortfall.startLocal, shortfall.endLocal)) {
      const index = dayIndex.get(date);
      if (index === undefined) continue;
      if (states[index] !== 'gap') states[index] = 'shortfall';
      detail(`${key}|${index}`).shortfalls.push(shortfall);
    }
  }

  for (const found of lines.values()) {
    for (const state of found.states) {
      if (state === 'gap') found.gapDays += 1;
      else if (state === 'shortfall') found.shortfallDays += 1;
    }
  }
  return { lines: [...lines.values()], details };
}

/** Indexes the API's rota for the grid: one pass over shifts, coverage rows and gaps. */
export function buildRotaModel(
  rota: Rota,
  proposed: ReadonlyMap<string, ProposedChange> = NO_PROPOSALS,
): RotaModel {
  const days = rota.days;
  const dayIndex = new Map(days.map((day, index) => [day.date, index]));
  const employeeById = new Map(rota.employees.map((e) => [e.id, e]));
  const shiftTypeById = new Map(rota.shiftTypes.map((t) => [t.id, t]));
  const cells = new Map<string, (CellItems | undefined)[]>();

  const itemsAt = (employeeId: string, date: string): CellItems | null => {
    const index = dayIndex.get(date);
    if (index === undefined) return null;
    let row = cells.get(employeeId);
    if (!row) {
      row = new Array<CellItems | undefined>(days.length);
      cells.set(employeeId, row);
    }
    let items = row[index];
    if (!items) {
      items = { shifts: [], cancelled: [], leave: [] };
      row[index] = items;
    }
    return items;
  };

  let shiftCount = 0;
  for (const shift of rota.shifts) {
    const items = itemsAt(shift.employeeId, shift.date);
    if (!items) continue;
    items.shifts.push(shift);
    shiftCount += 1;
  }
  for (const cancelled of rota.cancelled)
    itemsAt(cancelled.employeeId, cancelled.date)?.cancelled.push(cancelled);

  // Leave is inclusive local dates in the person's home zone; it is drawn on the same dates of
  // the grid, clipped to the window (a year-long leave costs only the days on screen).
  const first = days[0]?.date;
  const last = days[days.length - 1]?.date;
  let leaveCount = 0;
  for (const leave of rota.leave ?? []) {
    if (!first || !last || leave.endDate < first || leave.startDate > last) continue;
    leaveCount += 1;
    const end = leave.endDate < last ? leave.endDate : last;
    for (let date = leave.startDate < first ? first : leave.startDate; date <= end;) {
      itemsAt(leave.employeeId, date)?.leave.push(leave);
      date = addDays(date, 1);
    }
  }

  const coverage = buildCoverage(rota, dayIndex);
  return {
    rota,
    days,
    dayIndex,
    employees: rota.employees,
    employeeById,
    shiftTypeById,
    cells,
    shiftCount,
    leaveCount,
    coverage: coverage.lines,
    coverageDetails: coverage.details,
    proposed,
  };
}

export function useRotaModel(
  rota: Rota | undefined,
  proposed?: ReadonlyMap<string, ProposedChange>,
): RotaModel | null {
  return useMemo(() => (rota ? buildRotaModel(rota, proposed) : null), [rota, proposed]);
}

/** `Anna Kowalska` → `Anna K.`: enough to recognise a colleague in a narrow cell. */
export function shortName(name: string): string {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return name.trim();
  const last = parts[parts.length - 1] ?? '';
  return `${parts[0]} ${last.charAt(0)}.`;
}

/** `HH:mm` of a local stamp `YYYY-MM-DDTHH:mm`, as sent; never converted through a zone. */
export function localTime(stamp: string): string {
  return stamp.slice(11, 16);
}

/** How many days after the roster date a local stamp falls (a night shift ends on day +1). */
export function dayOffset(stamp: string, date: string): number {
  const stampDate = stamp.slice(0, 10);
  if (stampDate === date) return 0;
  let offset = 0;
  for (let d = date; d < stampDate && offset < 7; d = addDays(d, 1)) offset += 1;
  return offset;
}
