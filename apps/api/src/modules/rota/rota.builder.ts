import {
  addDays,
  computeCoverage,
  type CoverageResult,
  type DemandSlot,
  type EmployeeLeave,
  type LeaveDates,
  leaveIntervals,
  type DateWindow,
  expandDemand,
  expandRotation,
  instantToLocal,
  isoWeekday,
  eachDate,
  type PlannedShift,
  publicHolidays,
  type ShiftTypeDef,
} from '@planner/domain';
import { toCoverageRuleDef } from '../coverage-rules/coverage-rule.mapper.js';
import { toCoverageRuleResponse } from '../coverage-rules/coverage-rule.mapper.js';
import type { TeamPlanInputs } from './rota.repository.js';

/** A shift on the rota: a rotation occurrence or an assignment, as instants. */
export interface RotaShift extends PlannedShift {
  assignmentId: string | null;
  coverForEmployeeId: string | null;
  pinned: boolean;
  note: string | null;
}

export interface ComputedRota {
  inputs: TeamPlanInputs;
  window: DateWindow;
  shifts: RotaShift[];
  /** Rotation occurrences that a manual or solver edit cancelled. */
  cancelled: {
    key: string;
    employeeId: string;
    shiftTypeId: string;
    date: string;
    source: string;
    reason: string | null;
  }[];
  holidays: Map<string, string>;
  coverage: CoverageResult;
}

/** The shifts and the demand of a window, before anyone is counted. */
export interface RotaPlan {
  window: DateWindow;
  shifts: RotaShift[];
  cancelled: ComputedRota['cancelled'];
  holidays: Map<string, string>;
  slots: DemandSlot[];
}

/**
 * The rota of a window, computed: rotation occurrences (expanded from the day before, so that a
 * night starting on the eve is there), minus cancelled ones and those an assignment replaces,
 * plus assignments; then demand from the coverage rules and who staffs it.
 */
export function buildRota(inputs: TeamPlanInputs, window: DateWindow): ComputedRota {
  const plan = planRota(inputs, window);
  const { slots: _slots, ...rest } = plan;
  return { inputs, ...rest, coverage: staffRota(plan, inputs, inputs.leave) };
}

/** The window's shifts: rotation occurrences less cancelled and replaced ones, plus assignments. */
export function planShifts(
  inputs: TeamPlanInputs,
  window: DateWindow,
): Pick<RotaPlan, 'shifts' | 'cancelled'> {
  const zone = inputs.team.timeZone;
  const wide: DateWindow = { from: addDays(window.from, -1), to: window.to };
  const types: ShiftTypeDef[] = inputs.shiftTypes.map((t) => ({
    id: t.id,
    code: t.code,
    startTime: t.startTime,
    endTime: t.endTime,
    requiredSkillIds: t.requiredSkillIds,
  }));

  const removed = new Map(inputs.exceptions.map((e) => [e.key, e]));
  const replaced = new Set(
    inputs.assignments.flatMap((a) => (a.replacesKey ? [a.replacesKey] : [])),
  );
  const shifts: RotaShift[] = [];
  const cancelled: ComputedRota['cancelled'] = [];
  // Only people on the team's list take part (a deactivated member's later turns are not shifts).
  const listed = new Set(inputs.employees.map((e) => e.id));
  for (const rotation of inputs.rotations) {
    for (const occurrence of expandRotation({ ...rotation, zone }, types, wide)) {
      if (!listed.has(occurrence.employeeId)) continue;
      const exception = removed.get(occurrence.key);
      if (exception) {
        cancelled.push({
          key: occurrence.key,
          employeeId: occurrence.employeeId,
          shiftTypeId: occurrence.shiftTypeId,
          date: occurrence.date,
          source: exception.source,
          reason: exception.reason,
        });
      } else if (!replaced.has(occurrence.key)) {
        shifts.push({
          key: occurrence.key,
          employeeId: occurrence.employeeId,
          shiftTypeId: occurrence.shiftTypeId,
          date: occurrence.date,
          start: occurrence.start,
          end: occurrence.end,
          source: 'rotation',
          rotationId: rotation.id,
          assignmentId: null,
          coverForEmployeeId: null,
          pinned: false,
          note: null,
        });
      }
    }
  }
  for (const a of inputs.assignments) {
    shifts.push({
      key: `assignment:${a.id}`,
      employeeId: a.employeeId,
      shiftTypeId: a.shiftTypeId,
      date: a.date,
      start: new Date(a.start),
      end: new Date(a.end),
      source: a.source,
      assignmentId: a.id,
      coverForEmployeeId: a.coverForEmployeeId,
      pinned: a.pinned,
      note: a.note,
    });
  }
  // Shifts are shown on their roster date; the eve's night still counts for coverage.
  shifts.sort(
    (a, b) =>
      a.start.getTime() - b.start.getTime() ||
      (a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0),
  );
  return { shifts, cancelled };
}

export function planRota(inputs: TeamPlanInputs, window: DateWindow): RotaPlan {
  const zone = inputs.team.timeZone;
  const { shifts, cancelled } = planShifts(inputs, window);
  const holidays = new Map(
    publicHolidays(
      inputs.team.countryCode,
      inputs.team.regionCode,
      Number(window.from.slice(0, 4)) - 1,
      Number(addDays(window.to, -1).slice(0, 4)),
    ).map((h) => [h.date, h.name]),
  );
  const slots = expandDemand(
    inputs.rules.map((r) => toCoverageRuleDef(toCoverageRuleResponse(r))),
    window,
    zone,
    [...holidays.keys()],
  );
  return { window, shifts, cancelled, holidays, slots };
}

/** Who staffs the plan's demand, with `leave` (its approved part) taking people out. */
export function staffRota(
  plan: RotaPlan,
  inputs: TeamPlanInputs,
  leave: TeamPlanInputs['leave'],
): CoverageResult {
  return computeCoverage({
    slots: plan.slots,
    shifts: plan.shifts,
    employees: inputs.employees.map((e) => ({
      id: e.id,
      skillIds: e.skills.filter((s) => !s.backup).map((s) => s.id),
      backupSkillIds: e.skills.filter((s) => s.backup).map((s) => s.id),
    })),
    leave: approvedLeave({ leave, employees: inputs.employees }),
  });
}

/**
 * Approved leave as instants: local dates in each person's home zone (a New York agent's day
 * off is a New York day), so the same dates mean different hours for different people.
 */
export function approvedLeave(
  inputs: Pick<TeamPlanInputs, 'leave' | 'employees'>,
): EmployeeLeave[] {
  const zones = new Map(inputs.employees.map((e) => [e.id, e.homeTimeZone]));
  const byEmployee = new Map<string, LeaveDates[]>();
  for (const l of inputs.leave) {
    if (l.status !== 'approved' || !zones.has(l.employeeId)) continue;
    const list = byEmployee.get(l.employeeId) ?? [];
    list.push({ from: l.startDate, to: addDays(l.endDate, 1), half: l.halfDay });
    byEmployee.set(l.employeeId, list);
  }
  return [...byEmployee].map(([employeeId, leaves]) => ({
    employeeId,
    intervals: leaveIntervals(leaves, zones.get(employeeId)!),
  }));
}

/** Roster dates of the window with their weekday and public holiday. */
export function rotaDays(
  rota: ComputedRota,
): { date: string; weekday: number; holiday: string | null }[] {
  return eachDate(rota.window.from, rota.window.to).map((date) => ({
    date,
    weekday: isoWeekday(date),
    holiday: rota.holidays.get(date) ?? null,
  }));
}

/**
 * 'YYYY-MM-DDTHH:mm' on the team's wall clock. A rota has few distinct instants (every member
 * of a shift starts at the same time), so each formatter remembers the ones it has seen.
 */
export function isoStamper(): (instant: Date) => string {
  const seen = new Map<number, string>();
  return (instant) => {
    const ms = instant.getTime();
    let stamp = seen.get(ms);
    if (stamp === undefined) {
      stamp = instant.toISOString();
      seen.set(ms, stamp);
    }
    return stamp;
  };
}

export function localStamper(zone: string): (instant: Date) => string {
  const seen = new Map<number, string>();
  return (instant) => {
    const ms = instant.getTime();
    let stamp = seen.get(ms);
    if (stamp === undefined) {
      const local = instantToLocal(ms, zone);
      stamp = `${local.date}T${local.time}`;
      seen.set(ms, stamp);
    }
    return stamp;
  };
}
