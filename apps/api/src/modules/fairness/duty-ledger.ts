import { endsNextDay, isoWeekday } from '@planner/domain';
import { approvedLeave, type RotaShift } from '../rota/rota.builder.js';
import type { TeamPlanInputs } from '../rota/rota.repository.js';

export const DUTY_CATEGORIES = ['cover', 'nights', 'weekends', 'holidays'] as const;
export type DutyCategory = (typeof DUTY_CATEGORIES)[number];
export type DutyCounts = Record<DutyCategory, number>;

export const zeroCounts = (): DutyCounts => ({ cover: 0, nights: 0, weekends: 0, holidays: 0 });

/**
 * The fairness ledger of a stretch of rota: per employee and month ('YYYY-MM' of the roster
 * date), the cover duties (shifts worked for an absent colleague), nights (shifts that run past
 * midnight), weekend shifts and public-holiday shifts they worked. A shift its holder did not
 * work because of approved leave does not count.
 */
export function dutyLedger(
  inputs: Pick<TeamPlanInputs, 'shiftTypes' | 'leave' | 'employees'>,
  shifts: readonly RotaShift[],
  holidays: ReadonlyMap<string, string> | ReadonlySet<string>,
): Map<string, Map<string, DutyCounts>> {
  const nights = new Set(
    inputs.shiftTypes.filter((t) => endsNextDay(t.startTime, t.endTime)).map((t) => t.id),
  );
  const away = new Map(approvedLeave(inputs).map((l) => [l.employeeId, l.intervals]));
  const ledger = new Map<string, Map<string, DutyCounts>>();
  for (const s of shifts) {
    const leave = away.get(s.employeeId);
    if (leave?.some((i) => i.start < s.end && s.start < i.end)) continue;
    const month = s.date.slice(0, 7);
    let months = ledger.get(s.employeeId);
    if (!months) ledger.set(s.employeeId, (months = new Map()));
    let counts = months.get(month);
    if (!counts) months.set(month, (counts = zeroCounts()));
    if (s.coverForEmployeeId) counts.cover++;
    if (nights.has(s.shiftTypeId)) counts.nights++;
    if (isoWeekday(s.date) >= 6) counts.weekends++;
    if (holidays.has(s.date)) counts.holidays++;
  }
  return ledger;
}

/** Totals of a ledger over its months, per employee. */
export function ledgerTotals(
  ledger: Map<string, Map<string, DutyCounts>>,
): Map<string, DutyCounts> {
  const totals = new Map<string, DutyCounts>();
  for (const [employeeId, months] of ledger) {
    const sum = zeroCounts();
    for (const c of months.values()) for (const k of DUTY_CATEGORIES) sum[k] += c[k];
    totals.set(employeeId, sum);
  }
  return totals;
}
