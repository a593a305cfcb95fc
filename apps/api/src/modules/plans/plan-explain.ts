import {
  compileModel,
  explainAssignments,
  fromAssignments,
  type RosterSolution,
} from '@planner/solver';
import type { Explanations } from './plan-result.js';
import type { RosterMapping } from './roster-mapping.js';

/**
 * Why the solver chose each person it added (skills, free, rested, fair-share position) and
 * why not the next best candidates, with the plan's dates in the sentences.
 */
export function explainChanges(mapping: RosterMapping, solution: RosterSolution): Explanations {
  const m = compileModel(mapping.model);
  const explained = explainAssignments(
    m,
    fromAssignments(m, mapping.initial),
    fromAssignments(m, solution.assignments),
    { dayLabel: (d) => mapping.dates[d] ?? `day ${d}` },
  );
  const out: Explanations = new Map();
  for (const x of explained) {
    if (x.day < mapping.firstPlanDay) continue;
    out.set(`${x.employee}|${x.day}`, {
      why: x.reasons,
      alternatives: x.alternatives.map((a) => ({ employeeId: a.employee, reason: a.reason })),
    });
  }
  return out;
}
