import { addDays, shiftEpochMs } from '@planner/domain';
import type { RosterSolution } from '@planner/solver';
import { planRota, staffRota, type RotaShift } from '../rota/rota.builder.js';
import type { TeamPlanInputs } from '../rota/rota.repository.js';
import type { PlanChange, PlanGap, PlanResult } from './dto/plan.dto.js';
import { diffRoster, type CellChange, type Duty, type RosterMapping } from './roster-mapping.js';

/** Explanations of the solver's additions, by `employeeId|day`. */
export type Explanations = Map<
  string,
  { why: string[]; alternatives: { employeeId: string; reason: string }[] }
>;

/** Solver sentences speak of day numbers; the product speaks of dates. */
export function withDates(mapping: RosterMapping, sentence: string): string {
  return sentence.replace(/\bday (\d+)\b/g, (whole, d: string) => {
    const date = mapping.dates[Number(d)];
    return date ? date : whole;
  });
}

function dutyName(duty: Duty, skills: ReadonlyMap<string, string>): string | null {
  return duty.skillId ? (skills.get(duty.skillId) ?? duty.skillId) : null;
}

/** The shift an addition puts on the rota, as instants (for the coverage after the plan). */
function addedShift(inputs: TeamPlanInputs, c: CellChange): RotaShift {
  const { start, end } = shiftEpochMs(
    c.date,
    c.duty.shiftType.startTime,
    c.duty.shiftType.endTime,
    inputs.team.timeZone,
  );
  return {
    key: `plan:${c.employeeId}:${c.date}`,
    employeeId: c.employeeId,
    shiftTypeId: c.duty.shiftType.id,
    date: c.date,
    start: new Date(start),
    end: new Date(end),
    source: 'solver',
    assignmentId: null,
    coverForEmployeeId: c.coverForEmployeeId,
    pinned: false,
    note: null,
  };
}

/**
 * The plan a run proposes, in the product's terms: the diff against the published rota with the
 * explanation of each addition, the gaps still open (per candidate, the rule that blocked them),
 * the soft wishes it could not honour, and the coverage gaps of the plan's dates before and after
 * — counted by the product's own coverage engine, not the solver's.
 */
export function describePlan(
  inputs: TeamPlanInputs,
  mapping: RosterMapping,
  window: { from: string; to: string },
  solution: RosterSolution,
  explanations: Explanations,
  timings: PlanResult['timings'],
): PlanResult {
  const names = new Map(inputs.employees.map((e) => [e.id, e.name]));
  const skills = new Map(inputs.employees.flatMap((e) => e.skills.map((s) => [s.id, s.code])));
  const { added, removed } = diffRoster(mapping, solution.assignments);
  const toChange = (c: CellChange): PlanChange => {
    const explained = explanations.get(`${c.employeeId}|${c.day}`);
    return {
      key: c.shift?.key ?? `plan:${c.employeeId}:${c.date}`,
      employeeId: c.employeeId,
      employeeName: names.get(c.employeeId) ?? c.employeeId,
      date: c.date,
      shiftTypeId: c.duty.shiftType.id,
      shiftTypeName: c.duty.shiftType.name,
      startLocal: c.duty.shiftType.startTime,
      endLocal: c.duty.shiftType.endTime,
      skillName: dutyName(c.duty, skills),
      coverForEmployeeId: c.coverForEmployeeId,
      coverForName: c.coverForEmployeeId ? (names.get(c.coverForEmployeeId) ?? null) : null,
      why: (explained?.why ?? []).map((s) => withDates(mapping, s)),
      alternatives: (explained?.alternatives ?? []).map((a) => ({
        employeeId: a.employeeId,
        employeeName: names.get(a.employeeId) ?? a.employeeId,
        reason: withDates(mapping, a.reason),
      })),
      publishedKey: c.shift?.key ?? null,
    };
  };

  const gaps: PlanGap[] = solution.gaps
    .filter((g) => g.day >= mapping.firstPlanDay)
    .map((g) => {
      const duty = mapping.duties.get(g.shiftType)!;
      return {
        date: mapping.dates[g.day]!,
        shiftTypeId: duty.shiftType.id,
        shiftTypeName: duty.shiftType.name,
        skillName: dutyName(duty, skills),
        missing: g.missing,
        candidates: g.candidates.map((c) => ({
          employeeId: c.employee,
          employeeName: names.get(c.employee) ?? c.employee,
          rule: c.rule,
          reason: withDates(mapping, c.reason),
        })),
      };
    });

  const SOFT_NOTES = new Set([
    'shiftOnRequests',
    'shiftOffRequests',
    'fairShareOfDuties',
    'preferredShiftLimits',
  ]);
  const notes = solution.breaches
    .filter((b) => SOFT_NOTES.has(b.rule) && (b.day === null || b.day >= mapping.firstPlanDay))
    .slice(0, 100)
    .map((b) => withDates(mapping, b.message));

  // Coverage of the plan's dates, before and after, by the product's coverage engine.
  const planWindow = { from: window.from, to: addDays(window.to, 1) };
  const before = planRota(inputs, planWindow);
  const removedKeys = new Set(removed.flatMap((r) => (r.shift ? [r.shift.key] : [])));
  const after = {
    ...before,
    shifts: [
      ...before.shifts.filter((s) => !removedKeys.has(s.key)),
      ...added.map((a) => addedShift(inputs, a)),
    ],
  };
  const gapsAfter = staffRota(after, inputs, inputs.leave).gaps;
  // The earliest a shift of the plan's first day starts.
  const firstStart = Math.min(
    ...inputs.shiftTypes.map(
      (t) => shiftEpochMs(window.from, t.startTime, t.endTime, inputs.team.timeZone).start,
    ),
  );
  return {
    objective: solution.objective,
    bound: solution.bound,
    hardViolations: solution.hardViolations,
    gapsBefore: staffRota(before, inputs, inputs.leave).gaps.length,
    gapsAfter: gapsAfter.length,
    coverageGapsAfter: gapsAfter.slice(0, 50).map((g) => ({
      start: g.start.toISOString(),
      end: g.end.toISOString(),
      skillId: g.skillId,
      skillName: g.skillId ? (skills.get(g.skillId) ?? g.skillId) : null,
      missing: g.missing,
      beforePlan: g.start.getTime() < firstStart,
    })),
    added: added.map(toChange),
    removed: removed.map(toChange),
    gaps,
    notes,
    seconds: Math.round(Object.values(timings).reduce((a, b) => a + b, 0)) / 1000,
    timings,
  };
}
