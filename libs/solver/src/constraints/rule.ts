import type { CompiledModel } from '../model/compiled-model.js';
import { OFF, type Roster } from '../model/roster.js';

/** One place where a rule is broken (hard) or costs something (soft). */
export interface Breach {
  rule: string;
  hard: boolean;
  /** Employee index, or null for roster-wide rules (coverage). */
  employee: number | null;
  /** First day concerned, or null when the breach is about the whole horizon. */
  day: number | null;
  shiftType: number | null;
  /** How far the rule is broken, in the rule's own unit (days, shifts, minutes, people). */
  amount: number;
  /** Soft cost; 0 for hard rules. */
  cost: number;
  /** A human sentence for explanations. */
  message: string;
  /** For a breach of one shift limit: its index in `model.shiftLimits`. */
  limit?: number;
}

/** A rule about one employee's row (contract, leave, preferences…). */
export interface EmployeeRule {
  readonly name: string;
  readonly hard: boolean;
  readonly scope: 'employee';
  /** What the rule wants, as a sentence about the employee ("works at most 5 days in a row"). */
  sentence(model: CompiledModel, employee: number): string;
  /**
   * What the rule wants about the part of it that `breach` breaks, for rules that hold several
   * limits per employee ("works at most 16 shifts per 4 weeks"); `sentence` when absent.
   */
  sentenceFor?(model: CompiledModel, breach: Breach): string;
  check(model: CompiledModel, roster: Roster, employee: number): Breach[];
}

/** A rule about the roster as a whole (coverage). */
export interface RosterRule {
  readonly name: string;
  readonly hard: boolean;
  readonly scope: 'roster';
  sentence(model: CompiledModel): string;
  check(model: CompiledModel, roster: Roster): Breach[];
}

export type Rule = EmployeeRule | RosterRule;

export function rowOf(roster: Roster, employee: number): Int16Array {
  return roster.cells.subarray(employee * roster.days, (employee + 1) * roster.days);
}

/** Maximal runs of days where `working(day)` has the given value: [start, length] pairs. */
export function runsOf(row: ArrayLike<number>, working: boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = -1;
  for (let d = 0; d <= row.length; d++) {
    const match = d < row.length && (row[d] !== OFF) === working;
    if (match && start < 0) start = d;
    if (!match && start >= 0) {
      out.push([start, d - start]);
      start = -1;
    }
  }
  return out;
}

export function shiftName(model: CompiledModel, s: number): string {
  return model.shiftNames[s] ?? model.shiftIds[s] ?? `#${s}`;
}

export function employeeName(model: CompiledModel, e: number): string {
  return model.employeeNames[e] ?? `#${e}`;
}

export function hardBreach(
  rule: string,
  employee: number,
  day: number | null,
  amount: number,
  message: string,
  shiftType: number | null = null,
): Breach {
  return { rule, hard: true, employee, day, shiftType, amount, cost: 0, message };
}

export function softBreach(
  rule: string,
  employee: number | null,
  day: number | null,
  shiftType: number | null,
  amount: number,
  cost: number,
  message: string,
): Breach {
  return { rule, hard: false, employee, day, shiftType, amount, cost, message };
}
