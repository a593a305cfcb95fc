/**
 * A generated support team of the size the product plans for: 200 people over four weeks,
 * Early/Late/Day/Night crossed with phone/chat/e-mail (the API turns a (shift type, skill) pair
 * into a solver shift type such as `early|phone` that requires that skill), contracts with
 * rest, consecutive-day, minute and weekend limits and shift limits (the total per period, and
 * nights over the three night types), demand per day and shift type, approved
 * leave, wishes, and fairness for nights and weekends with history from the ledger.
 * Deterministic for a seed.
 */
import { Random } from '../engines/random.js';
import type {
  DemandSpec,
  EmployeeSpec,
  FairnessSpec,
  LeaveSpec,
  PreferenceSpec,
  RosterModel,
  ShiftTypeSpec,
} from '../model/roster-model.js';

const BASES = [
  { id: 'early', name: 'Early', start: 6 * 60 },
  { id: 'day', name: 'Day', start: 9 * 60 },
  { id: 'late', name: 'Late', start: 14 * 60 },
  { id: 'night', name: 'Night', start: 22 * 60 },
] as const;
const SKILLS = ['phone', 'chat', 'email'] as const;

/** Weekday minimum headcount per base shift and skill (weekends get about 55 %). */
const WEEKDAY_MIN: Record<string, Record<string, number>> = {
  early: { phone: 18, chat: 12, email: 9 },
  day: { phone: 11, chat: 9, email: 14 },
  late: { phone: 16, chat: 12, email: 9 },
  night: { phone: 7, chat: 4, email: 3 },
};
/** Cost per missing person below the minimum, by skill: the rules' priorities. */
const PRIORITY: Record<string, number> = { phone: 1000, chat: 800, email: 500 };

export function productTeam(
  options: { employees?: number; days?: number; seed?: number; shiftLimits?: boolean } = {},
): RosterModel {
  const E = options.employees ?? 200;
  const days = options.days ?? 28;
  const rnd = new Random(options.seed ?? 7);
  const scale = E / 200;

  const shiftTypes: ShiftTypeSpec[] = [];
  for (const b of BASES) {
    for (const k of SKILLS) {
      shiftTypes.push({
        id: `${b.id}|${k}`,
        name: `${b.name} (${k})`,
        minutes: 480,
        startMinute: b.start,
        // No Early after a Night (the 11 h rest rule also forbids Day and Late after a Night).
        cannotBeFollowedBy: b.id === 'night' ? SKILLS.map((x) => `early|${x}`) : [],
        requiredSkills: [k],
      });
    }
  }

  const first = [
    'Anna',
    'Bartek',
    'Chloé',
    'Dmitri',
    'Eva',
    'Filip',
    'Greta',
    'Hugo',
    'Iga',
    'Jonas',
  ];
  const last = [
    'Nowak',
    'Smith',
    'Müller',
    'Kowalska',
    'Dubois',
    'Rossi',
    'Novák',
    'Berg',
    'Silva',
    'Kim',
  ];
  // The contract's shifts per period (as the minutes already imply: every shift is 8 h) and a
  // maximum of nights over the product's night shift, split into one solver type per skill.
  const period = days % 7 === 0 ? `${days / 7} weeks` : `${days} days`;
  const nightLimit = {
    name: `nights in ${period}`,
    shiftTypes: SKILLS.map((k) => `night|${k}`),
    max: Math.ceil(days / 4),
  };
  const employees: EmployeeSpec[] = [];
  for (let i = 0; i < E; i++) {
    const skills = SKILLS.filter((_, j) => rnd.next() < [0.6, 0.5, 0.4][j]!);
    if (skills.length === 0) skills.push(SKILLS[i % 3]!);
    const partTime = i % 5 === 4;
    const shifts = Math.round((days * (partTime ? 2.75 : 5)) / 7);
    employees.push({
      id: `emp-${i + 1}`,
      name: `${first[i % 10]} ${last[Math.floor(i / 10) % 10]}${i >= 100 ? ` ${Math.floor(i / 100) + 1}` : ''}`,
      skills,
      fte: partTime ? 0.55 : 1,
      contract: {
        maxMinutes: shifts * 480,
        minMinutes: Math.round(shifts * 0.75) * 480,
        maxConsecutiveWorkingDays: 5,
        minRestMinutes: 11 * 60,
        maxWorkingWeekends: Math.ceil(days / 14),
        ...(options.shiftLimits === false
          ? {}
          : { shiftLimits: [{ name: `shifts in ${period}`, max: shifts }, nightLimit] }),
      },
    });
  }

  const demand: DemandSpec[] = [];
  for (let day = 0; day < days; day++) {
    const weekend = day % 7 >= 5;
    for (const b of BASES) {
      for (const k of SKILLS) {
        const base = WEEKDAY_MIN[b.id]![k]! * scale;
        const minimum = Math.max(1, Math.round(weekend ? base * 0.55 : base));
        const ideal = minimum + Math.round(minimum * 0.08);
        demand.push({
          day,
          shiftType: `${b.id}|${k}`,
          minimum,
          ideal,
          maximum: ideal + 2,
          weightBelowMinimum: PRIORITY[k]!,
          weightBelowIdeal: 20,
          weightAboveMaximum: 5,
        });
      }
    }
  }

  // Approved leave: about one person in twelve has a week off somewhere in the horizon.
  const leave: LeaveSpec[] = [];
  for (let i = 0; i < E; i += 12) {
    const e = (i + rnd.int(12)) % E;
    const start = rnd.int(Math.max(1, days - 7));
    for (let d = start; d < Math.min(days, start + 5); d++)
      leave.push({ employee: `emp-${e + 1}`, day: d, creditMinutes: 480 });
  }
  const preferences: PreferenceSpec[] = [];
  for (let i = 0; i < E; i++) {
    if (rnd.next() < 0.4)
      preferences.push({ employee: `emp-${i + 1}`, day: rnd.int(days), kind: 'off', weight: 10 });
    if (rnd.next() < 0.2)
      preferences.push({
        employee: `emp-${i + 1}`,
        day: rnd.int(days),
        kind: 'off',
        shiftType: `night|${employees[i]!.skills![0]!}`,
        weight: 5,
      });
  }
  const nights: Record<string, number> = {};
  const weekends: Record<string, number> = {};
  for (let i = 0; i < E; i++) {
    nights[`emp-${i + 1}`] = rnd.int(7);
    weekends[`emp-${i + 1}`] = rnd.int(5);
  }
  const fairness: FairnessSpec[] = [
    { name: 'nights', shiftTypes: SKILLS.map((k) => `night|${k}`), weight: 10, history: nights },
    { name: 'weekend shifts', weekendsOnly: true, weight: 3, history: weekends },
  ];
  return {
    days,
    firstWeekday: 1,
    shiftTypes,
    employees,
    demand,
    leave,
    preferences,
    pinned: [],
    fairness,
    weights: { stability: 0, continuity: 0, backup: 0 },
  };
}
