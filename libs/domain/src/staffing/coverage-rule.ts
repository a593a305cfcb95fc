import { DomainError, type FieldError } from '../errors.js';
import { checkLocalDate, type LocalDate } from '../time/local-date.js';
import { checkLocalTime, type LocalTime } from '../time/local-time.js';
import { recurrenceProblems } from '../recurrence/parse-recurrence.js';

export type HolidayTreatment = 'applies' | 'excluded' | 'only';

export const MAX_HEADCOUNT = 10_000;

/** Demand: "at least `minHeadcount` (ideally `idealHeadcount`) with `skillId` in this window". */
export interface CoverageRuleDef {
  id: string;
  teamId: string;
  /** null = any staff member on shift. */
  skillId: string | null;
  /** Local times in the team's zone; end ≤ start crosses midnight, end = start is 24 hours. */
  startTime: LocalTime;
  endTime: LocalTime;
  /** RRULE text choosing the local dates on which the window starts, e.g. weekdays. */
  recurrence: string;
  /** DTSTART of the recurrence; defaults to validFrom, then to 2000-01-03 (a Monday). */
  anchorDate?: LocalDate | null;
  minHeadcount: number;
  idealHeadcount: number;
  /** 1 = most critical … 5. */
  priority: number;
  /** Inclusive local dates limiting the roster dates on which the rule applies. */
  validFrom: LocalDate | null;
  validTo: LocalDate | null;
  /** On the team's public holidays the rule applies, does not apply, or applies only then. */
  holidays: HolidayTreatment;
  /**
   * A seasonal override (e.g. a peak week): on the roster dates of its validity it replaces every
   * non-override rule of the same team and skill; outside them it does nothing to them. An
   * override with ideal 0 closes the line for those dates.
   */
  overrides?: boolean;
  /**
   * With `overrides`, replace only these rules (e.g. the weekday rule but not the 24/7 one);
   * absent or empty = every non-override rule of the same team and skill.
   */
  replacesRuleIds?: string[] | null;
}

export const DEFAULT_RULE_ANCHOR: LocalDate = '2000-01-03';

const HOLIDAY_TREATMENTS = new Set<HolidayTreatment>(['applies', 'excluded', 'only']);

function isWholeNumber(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** Every problem with `rule`, each naming its field (prefixed with `prefix`). */
export function coverageRuleProblems(rule: CoverageRuleDef, prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  const field = (name: string) => `${prefix}${name}`;
  for (const name of ['id', 'teamId'] as const) {
    if (typeof rule[name] !== 'string' || rule[name] === '') {
      errors.push({ field: field(name), reason: 'must be a non-empty string' });
    }
  }
  if (rule.skillId !== null && (typeof rule.skillId !== 'string' || rule.skillId === '')) {
    errors.push({ field: field('skillId'), reason: 'must be a skill id or null for any staff' });
  }
  checkLocalTime(rule.startTime, field('startTime'), errors);
  checkLocalTime(rule.endTime, field('endTime'), errors);
  const recurrenceErrors = recurrenceProblems(rule.recurrence, field('recurrence'));
  errors.push(...recurrenceErrors);
  headcountProblems(rule, field, errors);
  validityProblems(rule, field, errors);
  if (!HOLIDAY_TREATMENTS.has(rule.holidays)) {
    errors.push({ field: field('holidays'), reason: "must be 'applies', 'excluded' or 'only'" });
  }
  if (rule.overrides !== undefined && typeof rule.overrides !== 'boolean') {
    errors.push({ field: field('overrides'), reason: 'must be true or false' });
  }
  const replaces = rule.replacesRuleIds ?? [];
  if (!Array.isArray(replaces) || replaces.some((id) => typeof id !== 'string' || id === '')) {
    errors.push({ field: field('replacesRuleIds'), reason: 'must be a list of rule ids' });
  } else if (replaces.length > 0 && rule.overrides !== true) {
    errors.push({
      field: field('replacesRuleIds'),
      reason: 'only an override (overrides: true) replaces rules',
    });
  }
  const hasAnchor = (rule.anchorDate ?? rule.validFrom ?? null) !== null;
  if (recurrenceErrors.length === 0 && /(^|;)COUNT=/i.test(rule.recurrence) && !hasAnchor) {
    errors.push({
      field: field('recurrence'),
      reason: 'COUNT needs anchorDate or validFrom to count from',
    });
  }
  return errors;
}

function headcountProblems(
  rule: CoverageRuleDef,
  field: (n: string) => string,
  errors: FieldError[],
) {
  if (!isWholeNumber(rule.minHeadcount, 0, MAX_HEADCOUNT)) {
    errors.push({
      field: field('minHeadcount'),
      reason: `must be a whole number 0..${MAX_HEADCOUNT}`,
    });
  }
  if (!isWholeNumber(rule.idealHeadcount, 0, MAX_HEADCOUNT)) {
    errors.push({
      field: field('idealHeadcount'),
      reason: `must be a whole number 0..${MAX_HEADCOUNT}`,
    });
  } else if (
    isWholeNumber(rule.minHeadcount, 0, MAX_HEADCOUNT) &&
    rule.idealHeadcount < rule.minHeadcount
  ) {
    errors.push({ field: field('idealHeadcount'), reason: 'must be at least minHeadcount' });
  }
  if (!isWholeNumber(rule.priority, 1, 5)) {
    errors.push({
      field: field('priority'),
      reason: 'must be a whole number from 1 (most critical) to 5',
    });
  }
}

function validityProblems(
  rule: CoverageRuleDef,
  field: (n: string) => string,
  errors: FieldError[],
) {
  if (rule.anchorDate != null) checkLocalDate(rule.anchorDate, field('anchorDate'), errors);
  const fromOk =
    rule.validFrom === null || checkLocalDate(rule.validFrom, field('validFrom'), errors);
  const toOk = rule.validTo === null || checkLocalDate(rule.validTo, field('validTo'), errors);
  if (
    fromOk &&
    toOk &&
    rule.validFrom !== null &&
    rule.validTo !== null &&
    rule.validTo < rule.validFrom
  ) {
    errors.push({
      field: field('validTo'),
      reason: 'must not be before validFrom (both are inclusive)',
    });
  }
  if (rule.overrides === true) {
    if (rule.validFrom === null)
      errors.push({ field: field('validFrom'), reason: 'an override needs a validity start' });
    if (rule.validTo === null)
      errors.push({ field: field('validTo'), reason: 'an override needs a validity end' });
  }
}

export function assertCoverageRule(rule: CoverageRuleDef): void {
  const errors = coverageRuleProblems(rule);
  if (errors.length > 0) throw DomainError.validation(errors);
}
