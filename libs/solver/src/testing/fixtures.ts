/**
 * Small fixed models for the rule and scorer specs: a two-week horizon starting on Monday
 * 2026-03-02 (day 5 and 6 are the first weekend) with an early, a late and a night shift.
 */
import { compileModel, type CompiledModel } from '../model/compiled-model.js';
import { OFF, type Roster } from '../model/roster.js';
import type { ContractSpec, EmployeeSpec, RosterModel } from '../model/roster-model.js';

export function fixtureModel(
  options: {
    days?: number;
    employees?: number;
    contract?: ContractSpec;
    employee?: Partial<EmployeeSpec>;
  } & Partial<Omit<RosterModel, 'employees'>> = {},
): RosterModel {
  const { employees = 1, contract = {}, employee = {}, ...rest } = options;
  return {
    days: 14,
    firstWeekday: 1,
    shiftTypes: [
      { id: 'E', minutes: 480, startMinute: 6 * 60, requiredSkills: ['phone'] },
      {
        id: 'L',
        minutes: 480,
        startMinute: 14 * 60,
        cannotBeFollowedBy: ['E'],
        requiredSkills: ['phone'],
      },
      {
        id: 'N',
        minutes: 600,
        startMinute: 22 * 60,
        cannotBeFollowedBy: ['E', 'L'],
        requiredSkills: ['phone'],
      },
    ],
    employees: Array.from({ length: employees }, (_, i) => ({
      id: `P${i}`,
      name: ['Anna', 'Bartek', 'Chloé', 'Dmitri', 'Eva'][i] ?? `P${i}`,
      skills: ['phone'],
      contract,
      ...employee,
    })),
    demand: [],
    leave: [],
    preferences: [],
    pinned: [],
    ...rest,
  };
}

/**
 * A roster from one string per employee: one token per day separated by spaces, `.` for off,
 * e.g. `'E E L . . N N'`. Missing trailing days are off.
 */
export function rosterOf(model: CompiledModel, rows: string[]): Roster {
  const cells = new Int16Array(model.E * model.D).fill(OFF);
  rows.forEach((row, e) => {
    row
      .trim()
      .split(/\s+/)
      .forEach((token, d) => {
        if (token === '.' || token === '') return;
        const s = model.shiftIndex.get(token);
        if (s === undefined) throw new Error(`unknown shift '${token}'`);
        cells[e * model.D + d] = s;
      });
  });
  return { employees: model.E, days: model.D, cells };
}

export function compiledFixture(options: Parameters<typeof fixtureModel>[0] = {}): CompiledModel {
  return compileModel(fixtureModel(options));
}
