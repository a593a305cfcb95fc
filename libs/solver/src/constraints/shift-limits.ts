import { limitCount, limitNoun, type CompiledModel } from '../model/compiled-model.js';
import {
  employeeName,
  hardBreach,
  rowOf,
  softBreach,
  type Breach,
  type EmployeeRule,
} from './rule.js';

/** What shift limit i wants, as a sentence about its employee. */
export function limitSentence(model: CompiledModel, i: number): string {
  const l = model.shiftLimits[i]!;
  return l.weight > 0
    ? `would rather not work more than ${l.max} ${limitNoun(l, l.max)}`
    : `works at most ${l.max} ${limitNoun(l, l.max)}`;
}

function sentences(model: CompiledModel, e: number, hard: boolean): string {
  const parts: string[] = [];
  for (let i = model.limitStart[e]!; i < model.limitStart[e + 1]!; i++) {
    if (model.shiftLimits[i]!.weight > 0 !== hard) parts.push(limitSentence(model, i));
  }
  return parts.join(' and ');
}

function check(
  model: CompiledModel,
  rule: string,
  hard: boolean,
  row: Int16Array,
  e: number,
): Breach[] {
  const out: Breach[] = [];
  for (let i = model.limitStart[e]!; i < model.limitStart[e + 1]!; i++) {
    const l = model.shiftLimits[i]!;
    if (l.weight > 0 === hard) continue;
    const count = limitCount(model, i, row);
    if (count <= l.max) continue;
    const who = employeeName(model, e);
    // The limit is about a set of days, not one of them: the breach names no day.
    const breach = hard
      ? hardBreach(
          rule,
          e,
          null,
          count - l.max,
          `${who} works ${count} ${limitNoun(l, count)}, at most ${l.max} allowed`,
        )
      : softBreach(
          rule,
          e,
          null,
          null,
          count - l.max,
          l.weight * (count - l.max),
          `${who} works ${count} ${limitNoun(l, count)}, would rather not work more than ${l.max}`,
        );
    out.push({ ...breach, limit: i });
  }
  return out;
}

/**
 * Hard: the contract's shift limits without a weight — at most `max` shifts of some shift types
 * on some days (the total per period, or a group of shift types).
 */
export const shiftLimits: EmployeeRule = {
  name: 'shiftLimits',
  hard: true,
  scope: 'employee',
  sentence: (model, e) => sentences(model, e, true) || 'has no limit on shifts',
  sentenceFor: (model, breach) =>
    breach.limit === undefined
      ? sentences(model, breach.employee ?? 0, true)
      : limitSentence(model, breach.limit),
  check(model, roster, e) {
    return check(model, this.name, true, rowOf(roster, e), e);
  },
};

/**
 * Soft: the shift limits with a weight (e.g. a preferred maximum of cover duties per month);
 * each shift above the maximum costs the weight.
 */
export const preferredShiftLimits: EmployeeRule = {
  name: 'preferredShiftLimits',
  hard: false,
  scope: 'employee',
  sentence: (model, e) => sentences(model, e, false) || 'has no preferred limit on shifts',
  sentenceFor: (model, breach) =>
    breach.limit === undefined
      ? sentences(model, breach.employee ?? 0, false)
      : limitSentence(model, breach.limit),
  check(model, roster, e) {
    return check(model, this.name, false, rowOf(roster, e), e);
  },
};
