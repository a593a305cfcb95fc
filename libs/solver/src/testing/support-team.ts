/**
 * A support team as the API would hand it to the solver: two weeks from Monday 2026-03-02,
 * early/late/night shifts with times (so rest and overlap apply), phone and chat skills, a
 * backup-pool member, approved leave, wishes, a pinned shift and a fairness rule for nights.
 */
import type { DemandSpec, RosterModel } from '../model/roster-model.js';

export function supportTeam(options: { days?: number; nightsNeeded?: number } = {}): RosterModel {
  const days = options.days ?? 14;
  const demand: DemandSpec[] = [];
  for (let day = 0; day < days; day++) {
    const weekend = day % 7 >= 5;
    demand.push(
      {
        day,
        shiftType: 'E',
        minimum: weekend ? 1 : 2,
        ideal: weekend ? 1 : 3,
        weightBelowMinimum: 1000,
        weightBelowIdeal: 30,
        weightAboveMaximum: 5,
      },
      {
        day,
        shiftType: 'L',
        minimum: weekend ? 1 : 2,
        weightBelowMinimum: 1000,
        weightAboveMaximum: 5,
      },
      {
        day,
        shiftType: 'N',
        minimum: options.nightsNeeded ?? 1,
        weightBelowMinimum: 2000,
        weightAboveMaximum: 50,
      },
    );
  }
  const regular = {
    maxMinutes: Math.round((days * 5) / 7) * 480,
    minMinutes: Math.round((days * 3) / 7) * 480,
    maxConsecutiveWorkingDays: 5,
    minConsecutiveWorkingDays: 2,
    minConsecutiveDaysOff: 2,
    maxWorkingWeekends: 1,
    minRestMinutes: 11 * 60,
    maxShiftsPerType: { N: 4 },
  };
  const people = ['Anna', 'Bartek', 'Chloé', 'Dmitri', 'Eva', 'Filip', 'Greta', 'Hugo', 'Iga'];
  return {
    days,
    firstWeekday: 1,
    shiftTypes: [
      { id: 'E', minutes: 480, startMinute: 6 * 60, requiredSkills: ['phone'] },
      { id: 'L', minutes: 480, startMinute: 14 * 60, requiredSkills: ['phone'] },
      { id: 'N', minutes: 480, startMinute: 22 * 60, requiredSkills: ['phone', 'night'] },
    ],
    employees: [
      ...people.map((name, i) => ({
        id: `emp-${i + 1}`,
        name,
        skills: i % 3 === 0 ? ['phone', 'chat'] : ['phone', 'night'],
        contract: regular,
      })),
      {
        id: 'backup-1',
        name: 'Zofia',
        skills: ['phone', 'night'],
        contract: { maxConsecutiveWorkingDays: 4 },
        backup: true,
      },
    ],
    demand,
    leave: [3, 4, 5, 6, 7].filter((day) => day < days).map((day) => ({ employee: 'emp-2', day })),
    preferences: [
      { employee: 'emp-1', day: 0, kind: 'on' as const, shiftType: 'E', weight: 5 },
      { employee: 'emp-3', day: 4, kind: 'off' as const, weight: 8 },
      { employee: 'emp-5', day: 9, kind: 'off' as const, shiftType: 'N', weight: 4 },
    ].filter((p) => p.day < days),
    pinned: [{ employee: 'emp-4', day: 2, shiftType: 'L' }],
    fairness: [{ name: 'nights', shiftTypes: ['N'], weight: 2 }],
    weights: { backup: 300, stability: 0, continuity: 0 },
  };
}
