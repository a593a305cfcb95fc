import type {
  CoverageGap,
  Rota,
  RotaEmployee,
  RotaLeave,
  RotaShift,
  RotaShiftType,
} from '../../../lib/api-types';
import { addDays } from '../../../lib/local-date';

/**
 * One duty of an absence: a shift a substitute took over (marked `coverFor` the absent person),
 * or one still planned for the absent person themself, which nobody covers yet.
 */
export interface CoverDuty {
  shift: RotaShift;
  type: RotaShiftType | undefined;
  /** False: the absent person's own shift, still open. */
  covered: boolean;
  /** Who covers (covered duties only). */
  substitute: RotaEmployee | undefined;
}

export interface CoverDay {
  /** Roster date, `YYYY-MM-DD`. */
  date: string;
  duties: CoverDuty[];
}

/** One absence in the window with who covers it, day by day, and the gaps still open meanwhile. */
export interface AbsenceCover {
  leave: RotaLeave;
  employee: RotaEmployee | undefined;
  /** The absence's dates inside the window (inclusive). */
  from: string;
  until: string;
  /** Only days with duties, in date order. */
  days: CoverDay[];
  /** Duties taken over by substitutes. */
  coveredCount: number;
  /** The absent person's own shifts during the absence: nobody covers them yet. */
  openCount: number;
  /** Coverage gaps (below minimum) overlapping the absence, in time order. */
  gaps: CoverageGap[];
}

export interface CoverList {
  absences: AbsenceCover[];
  /** Absences with duties nobody covers yet. */
  uncovered: number;
  /** Distinct gaps overlapping any absence. */
  openGaps: number;
}

/**
 * Who covers whom in a rota window: each pending or approved absence with the shifts that cover
 * for that person on its dates, the absent person's own shifts that nobody has taken over yet
 * (the rota keeps them until a manager gives them away), and the gaps (below minimum) that stay
 * open during it.
 *
 * Leave dates are in the absent person's home zone and gap stamps on the team's wall clock; both
 * are compared as local dates and times as sent, never through the browser's zone. A gap overlaps
 * an absence when it starts before the day after the absence and ends after its first midnight.
 */
export function buildCoverList(
  rota: Rota,
  compareNames: (a: string, b: string) => number,
): CoverList {
  const employees = new Map(rota.employees.map((employee) => [employee.id, employee]));
  const types = new Map(rota.shiftTypes.map((type) => [type.id, type]));
  const windowFirst = rota.from;
  const windowLast = addDays(rota.to, -1);

  const coverShifts = new Map<string, RotaShift[]>();
  const ownShifts = new Map<string, RotaShift[]>();
  for (const shift of rota.shifts) {
    const [owner, index] = shift.coverFor
      ? [shift.coverFor, coverShifts]
      : [shift.employeeId, ownShifts];
    const list = index.get(owner) ?? [];
    list.push(shift);
    index.set(owner, list);
  }

  const gapKeys = new Set<string>();
  const absences: AbsenceCover[] = [];
  for (const leave of rota.leave) {
    if (leave.endDate < windowFirst || leave.startDate > windowLast) continue;
    const from = leave.startDate < windowFirst ? windowFirst : leave.startDate;
    const until = leave.endDate > windowLast ? windowLast : leave.endDate;

    const byDate = new Map<string, CoverDuty[]>();
    const add = (shift: RotaShift, covered: boolean) => {
      if (shift.date < leave.startDate || shift.date > leave.endDate) return;
      const duties = byDate.get(shift.date) ?? [];
      duties.push({
        shift,
        type: types.get(shift.shiftTypeId),
        covered,
        substitute: covered ? employees.get(shift.employeeId) : undefined,
      });
      byDate.set(shift.date, duties);
    };
    for (const shift of coverShifts.get(leave.employeeId) ?? []) add(shift, true);
    for (const shift of ownShifts.get(leave.employeeId) ?? []) add(shift, false);
    const days = [...byDate]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([date, duties]) => ({
        date,
        duties: duties.sort((a, b) =>
          a.shift.startLocal < b.shift.startLocal
            ? -1
            : a.shift.startLocal > b.shift.startLocal
              ? 1
              : compareNames(a.substitute?.name ?? '', b.substitute?.name ?? ''),
        ),
      }));

    const startsAt = `${leave.startDate}T00:00`;
    const endsAt = `${addDays(leave.endDate, 1)}T00:00`;
    const gaps = rota.coverage.gaps
      .filter((gap) => gap.startLocal < endsAt && gap.endLocal > startsAt)
      .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    for (const gap of gaps) gapKeys.add(`${gap.skillId ?? ''}|${gap.start}|${gap.end}`);

    const duties = days.flatMap((day) => day.duties);
    absences.push({
      leave,
      employee: employees.get(leave.employeeId),
      from,
      until,
      days,
      coveredCount: duties.filter((duty) => duty.covered).length,
      openCount: duties.filter((duty) => !duty.covered).length,
      gaps,
    });
  }

  absences.sort(
    (a, b) =>
      (a.leave.startDate < b.leave.startDate
        ? -1
        : a.leave.startDate > b.leave.startDate
          ? 1
          : 0) || compareNames(a.employee?.name ?? '', b.employee?.name ?? ''),
  );
  return {
    absences,
    uncovered: absences.filter((absence) => absence.openCount > 0).length,
    openGaps: gapKeys.size,
  };
}
