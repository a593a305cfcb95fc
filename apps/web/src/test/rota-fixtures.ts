import type {
  CancelledShift,
  CoverageGap,
  CoverageRow,
  Rota,
  RotaDay,
  RotaEmployee,
  RotaShift,
  RotaShiftType,
} from '../lib/api-types';
import { employees, skills, teams } from './fixtures';

/**
 * A week of EMEA Support's rota (Warsaw, UTC+2 in May) around 1 May 2025, a Polish public
 * holiday. Instants are consistent with the local stamps, so a UI that converted instants through
 * the browser's zone would show other times than the local stamps say.
 */

export const ROTA_FROM = '2025-04-28';
export const ROTA_TO = '2025-05-05';

const rotationId = 'a0000000-0000-4000-8000-000000000001';

export const shiftTypes = {
  early: {
    id: 'b0000000-0000-4000-8000-000000000001',
    code: 'E',
    name: 'Early',
    colour: '#4f8fe0',
    startTime: '06:00',
    endTime: '14:00',
    requiredSkillIds: [skills.chat.id],
  },
  late: {
    id: 'b0000000-0000-4000-8000-000000000002',
    code: 'L',
    name: 'Late',
    colour: '#e0a04f',
    startTime: '14:00',
    endTime: '22:00',
    requiredSkillIds: [],
  },
  night: {
    id: 'b0000000-0000-4000-8000-000000000003',
    code: 'N',
    name: 'Night',
    colour: '#6b4fe0',
    startTime: '22:00',
    endTime: '06:00',
    requiredSkillIds: [],
  },
} satisfies Record<string, RotaShiftType>;

const [anna, ben, celina] = employees as [
  (typeof employees)[0],
  (typeof employees)[0],
  (typeof employees)[0],
];

export const dawid = {
  id: 'e0000000-0000-4000-8000-000000000004',
  name: 'Dawid Zieliński',
};

export const rotaEmployees: RotaEmployee[] = [
  {
    id: anna.id,
    name: anna.name,
    homeTimeZone: 'Europe/Warsaw',
    active: true,
    skills: [
      { id: skills.chat.id, code: 'chat', backup: false },
      { id: skills.phone.id, code: 'phone', backup: false },
    ],
  },
  {
    id: ben.id,
    name: ben.name,
    homeTimeZone: 'America/New_York',
    active: true,
    skills: [{ id: skills.chat.id, code: 'chat', backup: false }],
  },
  {
    id: celina.id,
    name: celina.name,
    homeTimeZone: 'Europe/Warsaw',
    active: true,
    skills: [{ id: skills.phone.id, code: 'phone', backup: false }],
  },
  {
    id: dawid.id,
    name: dawid.name,
    homeTimeZone: 'Europe/Warsaw',
    active: true,
    skills: [{ id: skills.chat.id, code: 'chat', backup: true }],
  },
];

const DAYS: RotaDay[] = [
  { date: '2025-04-28', weekday: 1, holiday: null },
  { date: '2025-04-29', weekday: 2, holiday: null },
  { date: '2025-04-30', weekday: 3, holiday: null },
  { date: '2025-05-01', weekday: 4, holiday: 'Labour Day' },
  { date: '2025-05-02', weekday: 5, holiday: null },
  { date: '2025-05-03', weekday: 6, holiday: 'Constitution Day' },
  { date: '2025-05-04', weekday: 7, holiday: null },
];

/** `2025-04-28T06:00` in Warsaw (UTC+2 in May) → `2025-04-28T04:00:00.000Z`. */
function warsawInstant(local: string): string {
  const [date, time] = local.split('T') as [string, string];
  const [h, m] = time.split(':').map(Number) as [number, number];
  const at = new Date(`${date}T00:00:00.000Z`);
  at.setUTCMinutes(h * 60 + m - 120);
  return at.toISOString();
}

function nextDate(date: string): string {
  const at = new Date(`${date}T00:00:00.000Z`);
  at.setUTCDate(at.getUTCDate() + 1);
  return at.toISOString().slice(0, 10);
}

export function rotationShift(
  employeeId: string,
  type: RotaShiftType,
  date: string,
  overrides: Partial<RotaShift> = {},
): RotaShift {
  const startLocal = `${date}T${type.startTime}`;
  const endDate = type.endTime <= type.startTime ? nextDate(date) : date;
  const endLocal = `${endDate}T${type.endTime}`;
  return {
    key: `${rotationId}:${employeeId}:${date}:${type.id}`,
    employeeId,
    shiftTypeId: type.id,
    date,
    start: warsawInstant(startLocal),
    end: warsawInstant(endLocal),
    startLocal,
    endLocal,
    source: 'rotation',
    assignmentId: null,
    coverFor: null,
    pinned: false,
    note: null,
    ...overrides,
  };
}

export const coverAssignmentId = 'c0000000-0000-4000-8000-000000000001';

export const rotaShifts: RotaShift[] = [
  rotationShift(anna.id, shiftTypes.early, '2025-04-28'),
  rotationShift(anna.id, shiftTypes.early, '2025-04-29'),
  rotationShift(anna.id, shiftTypes.early, '2025-04-30'),
  rotationShift(ben.id, shiftTypes.late, '2025-04-28'),
  rotationShift(ben.id, shiftTypes.late, '2025-04-29'),
  rotationShift(celina.id, shiftTypes.night, '2025-04-30'),
  // Anna is away on Friday; Dawid covers her early shift.
  rotationShift(dawid.id, shiftTypes.early, '2025-05-02', {
    key: `assignment:${coverAssignmentId}`,
    source: 'manual',
    assignmentId: coverAssignmentId,
    coverFor: anna.id,
  }),
];

export const rotaCancelled: CancelledShift[] = [
  {
    key: `${rotationId}:${ben.id}:2025-04-30:${shiftTypes.late.id}`,
    employeeId: ben.id,
    shiftTypeId: shiftTypes.late.id,
    date: '2025-04-30',
    source: 'manual',
    reason: 'Training',
  },
];

function requirementRow(
  startLocal: string,
  endLocal: string,
  skillId: string,
  staffed: number,
  min = 2,
  ideal = 3,
): CoverageRow {
  return {
    start: warsawInstant(startLocal),
    end: warsawInstant(endLocal),
    startLocal,
    endLocal,
    requirements: [
      {
        skillId,
        min,
        ideal,
        priority: 1,
        ruleIds: ['r1'],
        staffed,
        employeeIds: [],
        backupEmployeeIds: [],
        missing: Math.max(0, min - staffed),
        gap: staffed < min,
        shortfall: staffed < ideal,
      },
    ],
  };
}

function gapOf(row: CoverageRow): CoverageGap {
  const r = row.requirements[0]!;
  return {
    start: row.start,
    end: row.end,
    startLocal: row.startLocal,
    endLocal: row.endLocal,
    skillId: r.skillId,
    min: r.min,
    ideal: r.ideal,
    staffed: r.staffed,
    missing: r.missing,
    priority: r.priority,
    ruleIds: r.ruleIds,
  };
}

// Chat 08:00–20:00 on weekdays: fully staffed Mon–Wed, a gap on Thursday morning, a shortfall on
// Friday. Phone 08:00–16:00 on Monday only, fully staffed.
const chatOk = ['2025-04-28', '2025-04-29', '2025-04-30'].map((date) =>
  requirementRow(`${date}T08:00`, `${date}T20:00`, skills.chat.id, 3),
);
const thursdayGap = requirementRow('2025-05-01T08:00', '2025-05-01T12:00', skills.chat.id, 1);
const thursdayRest = requirementRow('2025-05-01T12:00', '2025-05-01T20:00', skills.chat.id, 3);
const fridayShort = requirementRow('2025-05-02T08:00', '2025-05-02T20:00', skills.chat.id, 2);
const phoneOk = requirementRow('2025-04-28T08:00', '2025-04-28T16:00', skills.phone.id, 2, 1, 2);

export function rotaResponse(overrides: Partial<Rota> = {}): Rota {
  const team = teams[0]!;
  return {
    teamId: team.id,
    teamName: team.name,
    timeZone: team.timeZone,
    from: ROTA_FROM,
    to: ROTA_TO,
    planVersion: 7,
    days: DAYS,
    shiftTypes: Object.values(shiftTypes),
    employees: rotaEmployees,
    shifts: rotaShifts,
    cancelled: rotaCancelled,
    leave: [],
    coverage: {
      rows: [...chatOk, thursdayGap, thursdayRest, fridayShort, phoneOk],
      gaps: [gapOf(thursdayGap)],
      shortfalls: [gapOf(thursdayGap), gapOf(fridayShort)],
      summary: {
        gaps: 1,
        shortfalls: 2,
        gapMinutes: 240,
        shortfallMinutes: 960,
        missingMinutes: 240,
      },
    },
    ...overrides,
  };
}

/** The days of any window, for tests that only look at the request. */
export function emptyRota(from: string, to: string): Rota {
  const days: RotaDay[] = [];
  for (let date = from; date < to; date = nextDate(date)) {
    const weekday = ((new Date(`${date}T00:00:00.000Z`).getUTCDay() + 6) % 7) + 1;
    days.push({ date, weekday, holiday: null });
  }
  return rotaResponse({
    from,
    to,
    days,
    shifts: [],
    cancelled: [],
    coverage: {
      rows: [],
      gaps: [],
      shortfalls: [],
      summary: { gaps: 0, shortfalls: 0, gapMinutes: 0, shortfallMinutes: 0, missingMinutes: 0 },
    },
  });
}
