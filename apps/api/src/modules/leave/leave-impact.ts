import { addDays, type CoverageResult, type CoverageRow } from '@planner/domain';
import { localStamper, planRota, staffRota } from '../rota/rota.builder.js';
import type { PlanLeave, TeamPlanInputs } from '../rota/rota.repository.js';
import type { Substitute } from '../plans/substitutes.js';

/** A stretch of time in which a leave would leave a duty below its minimum (or ideal). */
export interface CoverageLoss {
  skillId: string | null;
  start: string;
  end: string;
  startLocal: string;
  endLocal: string;
  min: number;
  ideal: number;
  /** Staffed without the leave, and with it. */
  staffedBefore: number;
  staffedAfter: number;
  priority: number;
  /** For gaps in a preview: who could take the vacated shift, best first, and why. */
  substitutes?: Substitute[];
}

export interface LeaveDraft {
  id?: string;
  employeeId: string;
  leaveTypeId: string;
  startDate: string;
  endDate: string;
  halfDay: 'am' | 'pm' | null;
}

/** Roster dates wide enough to hold the leave in any zone (home zones differ from the team's). */
export function impactWindow(draft: Pick<LeaveDraft, 'startDate' | 'endDate'>): {
  from: string;
  to: string;
} {
  return { from: addDays(draft.startDate, -1), to: addDays(draft.endDate, 2) };
}

/** The inputs as if `draft` were approved (replacing its stored version, if any). */
export function withApproved(inputs: TeamPlanInputs, draft: LeaveDraft): TeamPlanInputs {
  const asApproved: PlanLeave = {
    ...draft,
    id: draft.id ?? 'draft',
    status: 'approved',
    version: 1,
  };
  return { ...inputs, leave: [...inputs.leave.filter((l) => l.id !== draft.id), asApproved] };
}

/**
 * What approving `draft` would do to coverage: the demand slots that fall below their minimum
 * (gaps) or their ideal (shortfalls) because of it, compared with the rota as it stands.
 */
export function coverageImpact(
  inputs: TeamPlanInputs,
  draft: LeaveDraft,
): { gaps: CoverageLoss[]; shortfalls: CoverageLoss[] } {
  const window = impactWindow(draft);
  const others = inputs.leave.filter((l) => l.id !== draft.id);
  // One plan, staffed twice: without and with the leave.
  const plan = planRota(inputs, window);
  const before = staffRota(plan, inputs, others);
  const after = staffRota(plan, inputs, withApproved(inputs, draft).leave);
  const stamp = localStamper(inputs.team.timeZone);
  return {
    gaps: losses(before, after, 'gap', stamp),
    shortfalls: losses(before, after, 'shortfall', stamp),
  };
}

function staffedAt(
  rows: readonly CoverageRow[],
  at: number,
  skillId: string | null,
): number | null {
  // Rows are sorted and disjoint; a binary search finds the one holding `at`.
  let lo = 0;
  let hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const row = rows[mid]!;
    if (row.end.getTime() <= at) lo = mid + 1;
    else if (row.start.getTime() > at) hi = mid - 1;
    else return row.requirements.find((r) => r.skillId === skillId)?.staffed ?? null;
  }
  return null;
}

function losses(
  before: CoverageResult,
  after: CoverageResult,
  kind: 'gap' | 'shortfall',
  stamp: (d: Date) => string,
): CoverageLoss[] {
  const result: CoverageLoss[] = [];
  for (const row of after.rows) {
    for (const r of row.requirements) {
      if (!r[kind]) continue;
      const staffedBefore = staffedAt(before.rows, row.start.getTime(), r.skillId) ?? r.staffed;
      if (staffedBefore <= r.staffed) continue;
      const last = result.findLast((l) => l.skillId === r.skillId);
      if (
        last &&
        last.end === row.start.toISOString() &&
        last.staffedAfter === r.staffed &&
        last.staffedBefore === staffedBefore
      ) {
        last.end = row.end.toISOString();
        last.endLocal = stamp(row.end);
        continue;
      }
      result.push({
        skillId: r.skillId,
        start: row.start.toISOString(),
        end: row.end.toISOString(),
        startLocal: stamp(row.start),
        endLocal: stamp(row.end),
        min: r.min,
        ideal: r.ideal,
        staffedBefore,
        staffedAfter: r.staffed,
        priority: r.priority,
      });
    }
  }
  return result.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}
