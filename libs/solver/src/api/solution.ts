import type { Breach } from '../constraints/index.js';
import type { CompiledModel } from '../model/compiled-model.js';
import { toAssignments, type Roster } from '../model/roster.js';
import type { AssignmentSpec } from '../model/roster-model.js';
import { explainGaps, type Gap } from '../score/explain.js';
import type { AssignmentExplanation } from '../score/explain-assignments.js';
import { scoreRoster, type RuleTotal } from '../score/score-roster.js';
import type { SolveProgress } from '../engines/solve.js';

/** A breach with ids instead of indexes, ready for an API response. */
export interface BreachReport {
  rule: string;
  hard: boolean;
  employee: string | null;
  day: number | null;
  shiftType: string | null;
  amount: number;
  cost: number;
  message: string;
}

export interface RosterSolution {
  assignments: AssignmentSpec[];
  /** The soft objective (what the solver minimises). */
  objective: number;
  /** Number of hard breaches; 0 for every roster the solver returns when one exists. */
  hardViolations: number;
  valid: boolean;
  /** Proven lower bound on the objective, when the run found one. */
  bound: number | null;
  byRule: Record<string, RuleTotal>;
  breaches: BreachReport[];
  /** Demand below minimum, with why each qualified person could not take it. */
  gaps: Gap[];
  /** Best objective over time. */
  history: SolveProgress[];
  /** True when the run was stopped before its time limit. */
  cancelled: boolean;
  /** Why each added assignment, when asked for (`explain` in `solveRoster`). */
  explanations?: AssignmentExplanation[];
}

function toReport(m: CompiledModel, b: Breach): BreachReport {
  return {
    rule: b.rule,
    hard: b.hard,
    employee: b.employee === null ? null : (m.employeeIds[b.employee] ?? null),
    day: b.day,
    shiftType: b.shiftType === null || b.shiftType < 0 ? null : (m.shiftIds[b.shiftType] ?? null),
    amount: b.amount,
    cost: b.cost,
    message: b.message,
  };
}

/** Scores a roster with the product's rules and explains its gaps. */
export function describeSolution(
  m: CompiledModel,
  roster: Roster,
  extra: { bound: number | null; history: SolveProgress[]; cancelled: boolean },
): RosterSolution {
  const report = scoreRoster(m, roster);
  return {
    assignments: toAssignments(m, roster),
    objective: report.objective,
    hardViolations: report.hardViolations,
    valid: report.hardViolations === 0,
    bound: extra.bound,
    byRule: report.byRule,
    breaches: report.breaches.map((b) => toReport(m, b)),
    gaps: explainGaps(m, roster),
    history: extra.history,
    cancelled: extra.cancelled,
  };
}
