import type { AssignmentSpec } from './roster-model.js';
import type { CompiledModel } from './compiled-model.js';

/** Cell value for a day off. Other values are shift-type indexes. */
export const OFF = -1;

/**
 * A roster in dense form: `cells[employee * days + day]` is a shift-type index or `OFF`.
 * One cell per employee and day, so "at most one shift per day" holds by construction.
 */
export interface Roster {
  readonly employees: number;
  readonly days: number;
  readonly cells: Int16Array;
}

export function emptyRoster(employees: number, days: number): Roster {
  return { employees, days, cells: new Int16Array(employees * days).fill(OFF) };
}

export function cloneRoster(roster: Roster): Roster {
  return { employees: roster.employees, days: roster.days, cells: roster.cells.slice() };
}

export function cellOf(roster: Roster, employee: number, day: number): number {
  return roster.cells[employee * roster.days + day] ?? OFF;
}

/** The roster as id-based assignments, ordered by employee then day. */
export function toAssignments(model: CompiledModel, roster: Roster): AssignmentSpec[] {
  const out: AssignmentSpec[] = [];
  for (let e = 0; e < roster.employees; e++) {
    for (let d = 0; d < roster.days; d++) {
      const s = cellOf(roster, e, d);
      if (s !== OFF) {
        out.push({
          employee: model.employeeIds[e] ?? '',
          day: d,
          shiftType: model.shiftIds[s] ?? '',
        });
      }
    }
  }
  return out;
}

/** Builds a dense roster from id-based assignments; unknown ids are reported, not ignored. */
export function fromAssignments(
  model: CompiledModel,
  assignments: readonly AssignmentSpec[],
): Roster {
  const roster = emptyRoster(model.E, model.D);
  for (const a of assignments) {
    const e = model.employeeIndex.get(a.employee);
    const s = model.shiftIndex.get(a.shiftType);
    if (e === undefined) throw new Error(`unknown employee '${a.employee}'`);
    if (s === undefined) throw new Error(`unknown shift type '${a.shiftType}'`);
    if (!Number.isInteger(a.day) || a.day < 0 || a.day >= model.D) {
      throw new Error(`day ${a.day} is outside the horizon 0…${model.D - 1}`);
    }
    roster.cells[e * model.D + a.day] = s;
  }
  return roster;
}
