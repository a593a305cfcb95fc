import type { ProposedChange } from '../../../components/rota/use-rota-model';
import type { PlanChange, PlanResult, Rota, RotaShift } from '../../../lib/api-types';
import { addDays } from '../../../lib/local-date';

export interface PlanDiff {
  /** The rota with the plan's additions in it and its removals kept (to be struck through). */
  rota: Rota;
  /** Shift key → added or removed. */
  proposed: Map<string, ProposedChange>;
  /** Shift key → the change that explains it. */
  changeByShiftKey: Map<string, PlanChange>;
}

/** `HH:MM` on a roster date as a local stamp; an end not after the start is the next day. */
function stamps(change: PlanChange): { startLocal: string; endLocal: string } {
  const endDate = change.endLocal <= change.startLocal ? addDays(change.date, 1) : change.date;
  return {
    startLocal: `${change.date}T${change.startLocal}`,
    endLocal: `${endDate}T${change.endLocal}`,
  };
}

const slot = (employeeId: string, date: string, shiftTypeId: string) =>
  `${employeeId}|${date}|${shiftTypeId}`;

function synthesise(change: PlanChange, kind: ProposedChange): RotaShift {
  const local = stamps(change);
  return {
    key: `plan-${kind}:${change.key}`,
    employeeId: change.employeeId,
    shiftTypeId: change.shiftTypeId,
    date: change.date,
    // Only local stamps are shown; the instants are not needed on the grid.
    start: '',
    end: '',
    ...local,
    source: kind === 'added' ? 'solver' : 'rotation',
    assignmentId: null,
    coverFor: change.coverForEmployeeId,
    pinned: false,
    note: null,
  };
}

/**
 * Lays a plan's changes over the rota of its dates. A change is matched to a shift on the rota by
 * its published key (removals), else by person, date and shift type: before publishing, removals are on the rota and
 * additions are not; after publishing it is the other way round. Unmatched changes are drawn as
 * shifts of their own. Matched shifts are copied, so that the rota's own texts (cached per shift
 * object) are never reused for them.
 */
export function applyPlanChanges(rota: Rota, result: PlanResult): PlanDiff {
  const proposed = new Map<string, ProposedChange>();
  const changeByShiftKey = new Map<string, PlanChange>();
  const byKey = new Map(rota.shifts.map((shift, index) => [shift.key, index]));
  const bySlot = new Map(
    rota.shifts.map((shift, index) => [
      slot(shift.employeeId, shift.date, shift.shiftTypeId),
      index,
    ]),
  );
  const shifts = [...rota.shifts];
  const extra: RotaShift[] = [];

  const mark = (change: PlanChange, kind: ProposedChange) => {
    const index =
      byKey.get(change.publishedKey ?? change.key) ??
      bySlot.get(slot(change.employeeId, change.date, change.shiftTypeId));
    let shift: RotaShift;
    if (index === undefined) {
      shift = synthesise(change, kind);
      extra.push(shift);
    } else {
      shift = { ...shifts[index]! };
      shifts[index] = shift;
      byKey.delete(shift.key);
      bySlot.delete(slot(shift.employeeId, shift.date, shift.shiftTypeId));
    }
    proposed.set(shift.key, kind);
    changeByShiftKey.set(shift.key, change);
  };
  for (const change of result.removed) mark(change, 'removed');
  for (const change of result.added) mark(change, 'added');

  return { rota: { ...rota, shifts: [...shifts, ...extra] }, proposed, changeByShiftKey };
}
