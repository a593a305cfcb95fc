import type { AssignmentExplanation } from '@planner/solver';
import type { Explanations } from './plan-result.js';
import type { RosterMapping } from './roster-mapping.js';

/**
 * The solver's explanations of its additions (made in its worker thread, with the plan's dates
 * in the sentences), by `employeeId|day`, for the plan's days.
 */
export function explanationsByCell(
  mapping: RosterMapping,
  explained: readonly AssignmentExplanation[],
): Explanations {
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
