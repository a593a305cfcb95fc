import { DomainError, type FieldError } from '../errors.js';
import { parseRecurrence } from '../recurrence/parse-recurrence.js';
import { DEFAULT_MAX_OCCURRENCES, expandDayNumbers } from '../recurrence/expand-dates.js';
import { shiftEpochMs } from '../shift/shift-type.js';
import { fromDayNumber, toDayNumber, type LocalDate } from '../time/local-date.js';
import { minutesOfDay } from '../time/local-time.js';
import { assertDateWindow, windowEpochMs, type DateWindow } from '../time/window.js';
import { isValidTimeZone } from '../time/zone.js';
import {
  coverageRuleProblems,
  DEFAULT_RULE_ANCHOR,
  type CoverageRuleDef,
} from './coverage-rule.js';

/** The combined demand for one skill (null = any staff) in a demand slot. */
export interface Requirement {
  skillId: string | null;
  min: number;
  ideal: number;
  /** The most critical priority among the contributing rules. */
  priority: number;
  ruleIds: string[];
}

/** A maximal interval over which the required headcount per skill is constant. */
export interface DemandSlot {
  start: Date;
  end: Date;
  /** Sorted by skill id, null first. */
  requirements: Requirement[];
}

export type HolidayInput = Iterable<LocalDate | { date: LocalDate }>;

export interface ExpandDemandOptions {
  /** Cap on rule occurrences per rule in the window. */
  maxOccurrences?: number;
}

interface Occurrence {
  rule: number;
  start: number;
  end: number;
}

/**
 * Demand slots for one team's rules over `window` (local dates in the team's `zone`), clipped
 * to the window's instants. Occurrences are expanded on the rule's local dates (the day before
 * the window too, for windows that cross midnight into it) and placed with the DST policy of
 * `localToInstant`.
 *
 * Rules for the same skill combine by maximum, not sum: "at least 1 phone agent 24/7" and "at
 * least 3 phone agents 08–20" mean 3 during the day.
 */
export function expandDemand(
  rules: readonly CoverageRuleDef[],
  window: DateWindow,
  zone: string,
  holidays: HolidayInput = [],
  options: ExpandDemandOptions = {},
): DemandSlot[] {
  assertDateWindow(window);
  assertDemandInput(rules, zone);
  const bounds = windowEpochMs(window, zone);
  const holidaySet = new Set([...holidays].map((h) => (typeof h === 'string' ? h : h.date)));
  const occurrences = rules
    .flatMap((rule, index) =>
      ruleOccurrences(rule, index, rules, window, zone, holidaySet, options.maxOccurrences),
    )
    .map((o) => ({
      ...o,
      start: Math.max(o.start, bounds.start),
      end: Math.min(o.end, bounds.end),
    }))
    .filter((o) => o.start < o.end);
  return sweepSlots(occurrences, rules);
}

function assertDemandInput(rules: readonly CoverageRuleDef[], zone: string): void {
  const errors: FieldError[] = [];
  if (!isValidTimeZone(zone)) errors.push({ field: 'zone', reason: 'must be an IANA time zone' });
  const ids = new Set<string>();
  rules.forEach((rule, i) => {
    errors.push(...coverageRuleProblems(rule, `rules[${i}].`));
    if (ids.has(rule.id))
      errors.push({ field: `rules[${i}].id`, reason: 'is used by another rule' });
    ids.add(rule.id);
  });
  if (errors.length > 0) throw DomainError.validation(errors);
}

function ruleOccurrences(
  rule: CoverageRuleDef,
  index: number,
  rules: readonly CoverageRuleDef[],
  window: DateWindow,
  zone: string,
  holidays: ReadonlySet<LocalDate>,
  maxOccurrences = DEFAULT_MAX_OCCURRENCES,
): Occurrence[] {
  // A window starting the evening before can still reach into the first day.
  let from = toDayNumber(window.from) - 1;
  let to = toDayNumber(window.to);
  if (rule.validFrom !== null) from = Math.max(from, toDayNumber(rule.validFrom));
  if (rule.validTo !== null) to = Math.min(to, toDayNumber(rule.validTo) + 1);
  if (from >= to) return [];
  const field = `rules[${index}].recurrence`;
  const days = expandDayNumbers(
    parseRecurrence(rule.recurrence, field),
    toDayNumber(rule.anchorDate ?? rule.validFrom ?? DEFAULT_RULE_ANCHOR),
    from,
    to,
    { zone, startMinutes: minutesOfDay(rule.startTime), maxOccurrences, field },
  );
  const replacedOn = overridesReplacing(rule, rules);
  const result: Occurrence[] = [];
  for (const day of days) {
    const date = fromDayNumber(day);
    if (!holidayAllows(rule, holidays.has(date))) continue;
    if (replacedOn(date)) continue;
    const { start, end } = shiftEpochMs(date, rule.startTime, rule.endTime, zone);
    result.push({ rule: index, start, end });
  }
  return result;
}

function holidayAllows(rule: CoverageRuleDef, isHoliday: boolean): boolean {
  if (rule.holidays === 'excluded') return !isHoliday;
  if (rule.holidays === 'only') return isHoliday;
  return true;
}

/** Whether an override that replaces `rule` covers one of its roster dates. */
function overridesReplacing(
  rule: CoverageRuleDef,
  rules: readonly CoverageRuleDef[],
): (date: LocalDate) => boolean {
  if (rule.overrides === true) return () => false;
  const ranges = rules
    .filter((r) => r.overrides === true && replaces(r, rule))
    .map((r) => [r.validFrom as LocalDate, r.validTo as LocalDate] as const);
  if (ranges.length === 0) return () => false;
  return (date) => ranges.some(([from, to]) => from <= date && date <= to);
}

function replaces(override: CoverageRuleDef, rule: CoverageRuleDef): boolean {
  if (override.teamId !== rule.teamId || override.skillId !== rule.skillId) return false;
  const targets = override.replacesRuleIds ?? [];
  return targets.length === 0 || targets.includes(rule.id);
}

/** Sweep over occurrence boundaries, emitting a slot wherever the combined demand changes. */
function sweepSlots(occurrences: Occurrence[], rules: readonly CoverageRuleDef[]): DemandSlot[] {
  const events = new Map<number, number[]>();
  const push = (at: number, code: number) => {
    const list = events.get(at);
    if (list) list.push(code);
    else events.set(at, [code]);
  };
  // Code r + 1 opens rule r, −(r + 1) closes it.
  for (const o of occurrences) {
    push(o.start, o.rule + 1);
    push(o.end, -(o.rule + 1));
  }
  const times = [...events.keys()].sort((a, b) => a - b);
  const active = new Array<number>(rules.length).fill(0);
  const slots: DemandSlot[] = [];
  let previousSignature = '';
  for (let i = 0; i < times.length - 1; i++) {
    const at = times[i] as number;
    for (const code of events.get(at) as number[]) {
      const rule = Math.abs(code) - 1;
      active[rule] = (active[rule] ?? 0) + Math.sign(code);
    }
    const requirements = combine(active, rules);
    if (requirements.length === 0) {
      previousSignature = '';
      continue;
    }
    const signature = requirements
      .map((r) => `${r.skillId}|${r.min}|${r.ideal}|${r.priority}`)
      .join(';');
    const last = slots[slots.length - 1];
    if (last && signature === previousSignature && last.end.getTime() === at) {
      last.end = new Date(times[i + 1] as number);
      mergeRuleIds(last.requirements, requirements);
    } else {
      slots.push({ start: new Date(at), end: new Date(times[i + 1] as number), requirements });
    }
    previousSignature = signature;
  }
  return slots;
}

function combine(active: number[], rules: readonly CoverageRuleDef[]): Requirement[] {
  const bySkill = new Map<string | null, Requirement>();
  active.forEach((count, index) => {
    if (count <= 0) return;
    const rule = rules[index] as CoverageRuleDef;
    const existing = bySkill.get(rule.skillId);
    if (!existing) {
      bySkill.set(rule.skillId, {
        skillId: rule.skillId,
        min: rule.minHeadcount,
        ideal: rule.idealHeadcount,
        priority: rule.priority,
        ruleIds: [rule.id],
      });
      return;
    }
    existing.min = Math.max(existing.min, rule.minHeadcount);
    existing.ideal = Math.max(existing.ideal, rule.idealHeadcount);
    existing.priority = Math.min(existing.priority, rule.priority);
    existing.ruleIds.push(rule.id);
  });
  // A requirement of 0/0 (e.g. an override closing the line) is no demand at all.
  return [...bySkill.values()]
    .filter((r) => r.ideal > 0)
    .map((r) => ({ ...r, ruleIds: [...r.ruleIds].sort() }))
    .sort((a, b) => compareSkill(a.skillId, b.skillId));
}

export function compareSkill(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

function mergeRuleIds(into: Requirement[], from: Requirement[]): void {
  into.forEach((requirement, i) => {
    const other = from[i] as Requirement;
    const ids = new Set([...requirement.ruleIds, ...other.ruleIds]);
    if (ids.size !== requirement.ruleIds.length) requirement.ruleIds = [...ids].sort();
  });
}
