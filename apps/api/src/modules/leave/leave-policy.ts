import { addDays } from '@planner/domain';
import type { LeaveDraft } from './leave-impact.js';
import type { LeaveRecord } from './leave.repository.js';

export interface PolicyViolation {
  rule: 'blackout' | 'max-people-off' | 'max-people-off-skill';
  detail: string;
  dates: string[];
  blackoutId?: string;
  skillId?: string;
}

export interface PolicyContext {
  blackouts: {
    id: string;
    name: string;
    startDate: string;
    endDate: string;
    leaveTypeIds: string[] | null;
  }[];
  maxPeopleOff: number | null;
  skillLimits: { skillId: string; maxPeopleOff: number }[];
  /** Pending and approved leave of the team overlapping the draft. */
  otherLeave: Pick<LeaveRecord, 'id' | 'employeeId' | 'startDate' | 'endDate'>[];
  skillsOf: Map<string, string[]>;
}

function datesOf(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) dates.push(d);
  return dates;
}

/**
 * The team's leave policies that `draft` would break: a blackout period for its type, and the
 * most people (of the team, or holding a skill) away on the same date.
 */
export function policyViolations(draft: LeaveDraft, ctx: PolicyContext): PolicyViolation[] {
  const violations: PolicyViolation[] = [];
  const days = datesOf(draft.startDate, draft.endDate);
  for (const b of ctx.blackouts) {
    if (b.leaveTypeIds && !b.leaveTypeIds.includes(draft.leaveTypeId)) continue;
    const hit = days.filter((d) => d >= b.startDate && d <= b.endDate);
    if (hit.length > 0) {
      violations.push({
        rule: 'blackout',
        blackoutId: b.id,
        detail: `${b.name} (${b.startDate} – ${b.endDate}) is a blackout period`,
        dates: hit,
      });
    }
  }
  const others = ctx.otherLeave.filter(
    (l) => l.id !== draft.id && l.employeeId !== draft.employeeId,
  );
  const awayOn = (date: string) =>
    others.filter((l) => l.startDate <= date && l.endDate >= date).map((l) => l.employeeId);
  if (ctx.maxPeopleOff !== null) {
    const over = days.filter((d) => new Set(awayOn(d)).size + 1 > ctx.maxPeopleOff!);
    if (over.length > 0) {
      violations.push({
        rule: 'max-people-off',
        detail: `at most ${ctx.maxPeopleOff} people of the team may be away at once`,
        dates: over,
      });
    }
  }
  const mine = new Set(ctx.skillsOf.get(draft.employeeId) ?? []);
  for (const limit of ctx.skillLimits) {
    if (!mine.has(limit.skillId)) continue;
    const over = days.filter((d) => {
      const away = new Set(
        awayOn(d).filter((id) => (ctx.skillsOf.get(id) ?? []).includes(limit.skillId)),
      );
      return away.size + 1 > limit.maxPeopleOff;
    });
    if (over.length > 0) {
      violations.push({
        rule: 'max-people-off-skill',
        skillId: limit.skillId,
        detail: `at most ${limit.maxPeopleOff} people with this skill may be away at once`,
        dates: over,
      });
    }
  }
  return violations;
}
