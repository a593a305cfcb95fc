import type { LocalDate } from '../time/local-date.js';
import type { RotationDef } from './rotation.js';

export interface RotatingDutyInput {
  id: string;
  teamId: string;
  zone: string;
  /** The first turn (employeeIds[0]) starts on this date. */
  anchorDate: LocalDate;
  /** Usually a 24-hour type (start = end, e.g. 09:00–09:00) for on-call. */
  shiftTypeId: string;
  /** Turn order. */
  employeeIds: string[];
  /** Length of one turn; 7 for a weekly duty. */
  daysPerTurn?: number;
}

/**
 * A duty that passes through an ordered list, e.g. weekly on-call. It is an ordinary rotation —
 * one turn on, the others' turns off, members staggered by one turn — so joins, leaves and
 * overrides work exactly as for shift patterns.
 */
export function rotatingDuty(input: RotatingDutyInput): RotationDef {
  const turn = input.daysPerTurn ?? 7;
  const n = input.employeeIds.length;
  const pattern = Array.from({ length: Math.max(1, n) * turn }, (_, day) =>
    day < turn ? input.shiftTypeId : null,
  );
  return {
    id: input.id,
    teamId: input.teamId,
    zone: input.zone,
    anchorDate: input.anchorDate,
    pattern,
    members: input.employeeIds.map((employeeId, i) => ({
      employeeId,
      offsetDays: i * turn,
      from: input.anchorDate,
      to: null,
    })),
  };
}
