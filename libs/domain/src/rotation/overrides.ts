import { DomainError, type FieldError } from '../errors.js';
import type { LocalDate } from '../time/local-date.js';
import type { PlannedShift } from './rotation.js';

/**
 * A manual edit or solver change to one rotation occurrence, addressed by its stable key. It is
 * stored apart from the rotation and applied after every expansion, so it survives re-expansion
 * and editing the rotation never rewrites it.
 */
export type ShiftOverride =
  | { key: string; action: 'remove'; source: 'manual' | 'solver' }
  | {
      key: string;
      action: 'replace';
      source: 'manual' | 'solver';
      /** Another employee takes the shift. */
      employeeId?: string;
      /** A different shift type or roster date needs its own instants (`shiftInstants`). */
      shiftTypeId?: string;
      date?: LocalDate;
      start?: Date;
      end?: Date;
    };

export function overrideProblems(overrides: readonly ShiftOverride[]): FieldError[] {
  const errors: FieldError[] = [];
  overrides.forEach((o, i) => {
    const at = `overrides[${i}]`;
    if (typeof o.key !== 'string' || o.key === '')
      errors.push({ field: `${at}.key`, reason: 'is required' });
    if (o.action !== 'remove' && o.action !== 'replace') {
      errors.push({ field: `${at}.action`, reason: "must be 'remove' or 'replace'" });
      return;
    }
    if (o.action === 'replace') {
      const movesTime = o.shiftTypeId !== undefined || o.date !== undefined;
      if (movesTime && (o.start === undefined || o.end === undefined)) {
        errors.push({
          field: `${at}.start`,
          reason: 'a new shift type or date needs its start and end',
        });
      }
      if (o.start !== undefined && o.end !== undefined && o.end.getTime() <= o.start.getTime()) {
        errors.push({ field: `${at}.end`, reason: 'must be after start' });
      }
    }
  });
  return errors;
}

/**
 * `planned` with the overrides applied: a removal drops the occurrence, a replacement keeps its
 * key and takes the given fields. Later overrides of the same key win. Overrides whose key is not
 * in `planned` (outside the window, or the member has left) change nothing.
 */
export function applyOverrides(
  planned: readonly PlannedShift[],
  overrides: readonly ShiftOverride[],
): PlannedShift[] {
  const errors = overrideProblems(overrides);
  if (errors.length > 0) throw DomainError.validation(errors);
  const byKey = new Map<string, ShiftOverride>();
  for (const o of overrides) byKey.set(o.key, o);
  const result: PlannedShift[] = [];
  for (const shift of planned) {
    const o = byKey.get(shift.key);
    if (o === undefined) result.push(shift);
    else if (o.action === 'replace') {
      result.push({
        ...shift,
        employeeId: o.employeeId ?? shift.employeeId,
        shiftTypeId: o.shiftTypeId ?? shift.shiftTypeId,
        date: o.date ?? shift.date,
        start: o.start ?? shift.start,
        end: o.end ?? shift.end,
        source: o.source,
      });
    }
  }
  return result;
}
