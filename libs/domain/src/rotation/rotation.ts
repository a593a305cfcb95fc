import { DomainError, type FieldError } from '../errors.js';
import { checkLocalDate, fromDayNumber, toDayNumber, type LocalDate } from '../time/local-date.js';
import { assertDateWindow, type DateWindow } from '../time/window.js';
import { isValidTimeZone } from '../time/zone.js';
import { shiftEpochMs, type ShiftTypeDef } from '../shift/shift-type.js';

/**
 * One membership period. An employee who leaves and later rejoins gets a second entry, so past
 * rosters keep expanding exactly as they were.
 */
export interface RotationMember {
  employeeId: string;
  /**
   * Days after the anchor at which this member is on cycle day 0: staggering members by 7 on a
   * 28-day pattern puts each a week apart.
   */
  offsetDays: number;
  from: LocalDate;
  /** First date no longer in the rotation (exclusive); null = open-ended. */
  to: LocalDate | null;
}

export interface RotationDef {
  id: string;
  teamId: string;
  /** The rotation's IANA zone: roster dates and shift times are local to it. */
  zone: string;
  /** Cycle day 0. */
  anchorDate: LocalDate;
  /** One entry per cycle day: a shift type id, or null for a day off. */
  pattern: (string | null)[];
  members: RotationMember[];
}

export type ShiftSource = 'rotation' | 'manual' | 'solver';

/** One concrete shift of one employee, as UTC instants. */
export interface PlannedShift {
  /**
   * Stable occurrence id `rotationId:employeeId:date:shiftTypeId`: re-expanding the same rotation
   * yields the same keys, which is what lets manual and solver overrides survive re-expansion.
   */
  key: string;
  employeeId: string;
  shiftTypeId: string;
  /** Roster date: the local start date in the rotation's zone. */
  date: LocalDate;
  start: Date;
  end: Date;
  source: ShiftSource;
  rotationId?: string;
}

export const MAX_PATTERN_DAYS = 1000;
export const DEFAULT_MAX_SHIFTS = 500_000;

export function occurrenceKey(
  rotationId: string,
  employeeId: string,
  date: LocalDate,
  shiftTypeId: string,
): string {
  return `${rotationId}:${employeeId}:${date}:${shiftTypeId}`;
}

/** Every problem with `rotation`, each naming its field. */
export function rotationProblems(
  rotation: RotationDef,
  shiftTypeIds?: ReadonlySet<string>,
): FieldError[] {
  const errors: FieldError[] = [];
  if (typeof rotation.id !== 'string' || rotation.id === '') {
    errors.push({ field: 'id', reason: 'must be a non-empty string' });
  }
  if (!isValidTimeZone(rotation.zone)) {
    errors.push({ field: 'zone', reason: 'must be an IANA time zone such as Europe/Warsaw' });
  }
  checkLocalDate(rotation.anchorDate, 'anchorDate', errors);
  patternProblems(rotation.pattern, shiftTypeIds, errors);
  memberProblems(rotation.members, errors);
  return errors;
}

function patternProblems(
  pattern: unknown,
  shiftTypeIds: ReadonlySet<string> | undefined,
  errors: FieldError[],
): void {
  if (!Array.isArray(pattern) || pattern.length === 0) {
    errors.push({ field: 'pattern', reason: 'must list at least one cycle day' });
    return;
  }
  if (pattern.length > MAX_PATTERN_DAYS) {
    errors.push({ field: 'pattern', reason: `must have at most ${MAX_PATTERN_DAYS} cycle days` });
    return;
  }
  pattern.forEach((entry: unknown, day) => {
    if (entry === null) return;
    if (typeof entry !== 'string' || (shiftTypeIds !== undefined && !shiftTypeIds.has(entry))) {
      errors.push({
        field: `pattern[${day}]`,
        reason: `unknown shift type ${JSON.stringify(entry)}`,
      });
    }
  });
}

function memberProblems(members: unknown, errors: FieldError[]): void {
  if (!Array.isArray(members)) {
    errors.push({ field: 'members', reason: 'must be a list' });
    return;
  }
  const periods = new Map<string, { from: LocalDate; to: LocalDate | null; index: number }[]>();
  (members as RotationMember[]).forEach((m, i) => {
    const at = `members[${i}]`;
    if (typeof m.employeeId !== 'string' || m.employeeId === '') {
      errors.push({ field: `${at}.employeeId`, reason: 'must be a non-empty string' });
    }
    if (!Number.isInteger(m.offsetDays) || Math.abs(m.offsetDays) > 100_000) {
      errors.push({ field: `${at}.offsetDays`, reason: 'must be a whole number of days' });
    }
    const fromOk = checkLocalDate(m.from, `${at}.from`, errors);
    const toOk = m.to === null || checkLocalDate(m.to, `${at}.to`, errors);
    if (!fromOk || !toOk) return;
    if (m.to !== null && m.to <= m.from) {
      errors.push({ field: `${at}.to`, reason: 'must be after from (it is exclusive)' });
      return;
    }
    const own = periods.get(m.employeeId) ?? [];
    const clash = own.find(
      (p) => (p.to === null || m.from < p.to) && (m.to === null || p.from < m.to),
    );
    if (clash) {
      errors.push({
        field: `${at}.from`,
        reason: `overlaps the membership of the same employee at members[${clash.index}]`,
      });
    }
    own.push({ from: m.from, to: m.to, index: i });
    periods.set(m.employeeId, own);
  });
}

export interface ExpandRotationOptions {
  maxShifts?: number;
}

/**
 * The shifts `rotation` plans in `window` (roster dates [from, to)), ordered by date then member.
 * Each member works pattern[(date − anchor − offsetDays) mod length] while a member.
 */
export function expandRotation(
  rotation: RotationDef,
  shiftTypes: readonly ShiftTypeDef[],
  window: DateWindow,
  options: ExpandRotationOptions = {},
): PlannedShift[] {
  assertDateWindow(window);
  const typeById = new Map(shiftTypes.map((t) => [t.id, t]));
  const errors = rotationProblems(rotation, new Set(typeById.keys()));
  if (errors.length > 0) throw DomainError.validation(errors);

  const from = toDayNumber(window.from);
  const to = toDayNumber(window.to);
  const anchor = toDayNumber(rotation.anchorDate);
  const length = rotation.pattern.length;
  const maxShifts = options.maxShifts ?? DEFAULT_MAX_SHIFTS;
  const members = rotation.members.map((m) => ({
    employeeId: m.employeeId,
    keyPrefix: `${rotation.id}:${m.employeeId}:`,
    offset: m.offsetDays,
    from: Math.max(from, toDayNumber(m.from)),
    to: m.to === null ? to : Math.min(to, toDayNumber(m.to)),
  }));
  const shifts: PlannedShift[] = [];
  for (let day = from; day < to; day++) {
    const date = fromDayNumber(day);
    // One instant computation per (date, shift type), shared by every member working it.
    const instants = new Map<string, { start: number; end: number; keySuffix: string }>();
    for (const member of members) {
      if (day < member.from || day >= member.to) continue;
      const index = (((day - anchor - member.offset) % length) + length) % length;
      const shiftTypeId = rotation.pattern[index];
      if (shiftTypeId === null || shiftTypeId === undefined) continue;
      let at = instants.get(shiftTypeId);
      if (!at) {
        const type = typeById.get(shiftTypeId) as ShiftTypeDef;
        at = {
          ...shiftEpochMs(date, type.startTime, type.endTime, rotation.zone),
          keySuffix: `${date}:${shiftTypeId}`,
        };
        instants.set(shiftTypeId, at);
      }
      if (shifts.length >= maxShifts) {
        throw new DomainError(
          'TOO_MANY_OCCURRENCES',
          `the window holds more than ${maxShifts} shifts`,
          {
            errors: [
              { field: 'window', reason: `more than ${maxShifts} shifts; narrow the window` },
            ],
            limit: maxShifts,
          },
        );
      }
      shifts.push({
        // Same text as occurrenceKey(), built from per-member and per-day parts.
        key: member.keyPrefix + at.keySuffix,
        employeeId: member.employeeId,
        shiftTypeId,
        date,
        start: new Date(at.start),
        end: new Date(at.end),
        source: 'rotation',
        rotationId: rotation.id,
      });
    }
  }
  return shifts;
}
