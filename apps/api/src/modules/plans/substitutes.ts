import {
  compileModel,
  explainAssignments,
  fromAssignments,
  OFF,
  RosterState,
} from '@planner/solver';
import { shiftEpochMs } from '@planner/domain';
import type { TeamPlanInputs } from '../rota/rota.repository.js';
import { buildRosterMapping, type PlanningPerson } from './roster-mapping.js';

export interface Substitute {
  employeeId: string;
  employeeName: string;
  /** Why them: skills, free, rested, fair-share position — or, for the runners-up, the cost. */
  why: string[];
}

/** A shift the absence leaves empty, with who could take it, best first. */
export interface VacatedShift {
  date: string;
  shiftTypeId: string;
  shiftTypeName: string;
  start: Date;
  end: Date;
  substitutes: Substitute[];
}

/**
 * Substitutes for the shifts `absentId` would leave empty (their leave is in `inputs` as
 * approved): each vacated shift, in date order, goes to the person the solver's scorer prices
 * cheapest without breaking a hard rule — counting the substitutes already proposed, so one
 * person can cover a whole absence — and the runners-up are given with what makes them dearer.
 * The same model, rules and explanations as a repair plan, without the search.
 */
export function proposeSubstitutes(
  inputs: TeamPlanInputs,
  people: readonly PlanningPerson[],
  absentId: string,
  window: { from: string; to: string },
  perShift = 3,
): VacatedShift[] {
  const mapping = buildRosterMapping(inputs, people, window, 'repair');
  const vacated = mapping.vacated
    .filter((v) => v.employeeId === absentId)
    .sort((a, b) => a.day - b.day);
  if (vacated.length === 0) return [];
  const m = compileModel(mapping.model);
  const before = fromAssignments(m, mapping.initial);
  const state = new RosterState(m, before);
  for (const v of vacated) {
    const s = m.shiftIndex.get(v.duty)!;
    let best = -1;
    let bestSoft = Infinity;
    for (let c = 0; c < m.E; c++) {
      if (state.cells[c * m.D + v.day] !== OFF) continue; // already working that day
      state.evalSet(c, v.day, s);
      if (state.dHard > 1e-9) continue;
      if (state.dSoft < bestSoft) {
        bestSoft = state.dSoft;
        best = c;
      }
    }
    if (best >= 0) state.set(best, v.day, s);
  }
  const explained = new Map(
    explainAssignments(m, before, state.toRoster(), {
      maxAlternatives: perShift - 1,
      dayLabel: (d) => mapping.dates[d] ?? `day ${d}`,
    }).map((x) => [`${x.day}|${x.shiftType}`, x]),
  );
  const names = new Map(inputs.employees.map((e) => [e.id, e.name]));
  return vacated.map((v) => {
    const duty = mapping.duties.get(v.duty)!;
    const date = mapping.dates[v.day]!;
    const { start, end } = shiftEpochMs(
      date,
      duty.shiftType.startTime,
      duty.shiftType.endTime,
      inputs.team.timeZone,
    );
    const x = explained.get(`${v.day}|${v.duty}`);
    const substitutes: Substitute[] = x
      ? [
          {
            employeeId: x.employee,
            employeeName: names.get(x.employee) ?? x.employee,
            why: x.reasons,
          },
          ...x.alternatives
            .filter((a) => a.extraCost !== null)
            .map((a) => ({
              employeeId: a.employee,
              employeeName: names.get(a.employee) ?? a.employee,
              why: [a.reason],
            })),
        ]
      : [];
    return {
      date,
      shiftTypeId: duty.shiftType.id,
      shiftTypeName: duty.shiftType.name,
      start: new Date(start),
      end: new Date(end),
      substitutes,
    };
  });
}
