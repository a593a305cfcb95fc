import type { FairnessReport, Plan, PlanChange, PlanResult } from '../lib/api-types';
import { employees, teams } from './fixtures';
import { dawid, ROTA_FROM, rotationShift, shiftTypes } from './rota-fixtures';

/**
 * A repair plan over the fixture week (28 April – 4 May 2025): Anna is away on Wednesday, so her
 * early shift goes, and Dawid takes the Thursday gap in her place. One late chat duty on Friday
 * stays open.
 */

const [anna, ben, celina] = employees as [
  (typeof employees)[0],
  (typeof employees)[0],
  (typeof employees)[0],
];

export const PLAN_ID = 'p0000000-0000-4000-8000-000000000001';
export const PLAN_TO = '2025-05-04';

export const addedChange: PlanChange = {
  key: 'add-1',
  employeeId: dawid.id,
  employeeName: dawid.name,
  date: '2025-05-01',
  shiftTypeId: shiftTypes.early.id,
  shiftTypeName: 'Early',
  startLocal: '06:00',
  endLocal: '14:00',
  skillName: 'chat',
  coverForEmployeeId: anna.id,
  coverForName: anna.name,
  why: [
    'Has the chat skill.',
    'Is free on Thursday.',
    'Rested 40 h since the last shift.',
    'Fewest cover duties per FTE in the team (1.5 below the fair share).',
  ],
  alternatives: [
    {
      employeeId: ben.id,
      employeeName: ben.name,
      reason: 'needs 11 h rest after the late shift of the day before',
    },
  ],
  publishedKey: null,
};

export const removedChange: PlanChange = {
  key: 'remove-1',
  employeeId: anna.id,
  employeeName: anna.name,
  date: '2025-04-30',
  shiftTypeId: shiftTypes.early.id,
  shiftTypeName: 'Early',
  startLocal: '06:00',
  endLocal: '14:00',
  skillName: 'chat',
  coverForEmployeeId: null,
  coverForName: null,
  why: ['Anna Kowalska is on approved leave that day.'],
  alternatives: [],
  // The rotation shift's own key, as the rota lists it.
  publishedKey: rotationShift(anna.id, shiftTypes.early, '2025-04-30').key,
};

export const planResult: PlanResult = {
  objective: 1250,
  bound: null,
  hardViolations: 0,
  notes: ['Ben Carter works a Sunday he asked to have off.'],
  seconds: 12,
  gapsBefore: 3,
  gapsAfter: 1,
  coverageGapsAfter: [
    {
      // 00:00–06:00 in Warsaw on the plan's first day: the night before's hours.
      start: '2025-04-27T22:00:00.000Z',
      end: '2025-04-28T04:00:00.000Z',
      skillId: null,
      skillName: 'phone',
      missing: 1,
      beforePlan: true,
    },
  ],
  added: [addedChange],
  removed: [removedChange],
  gaps: [
    {
      date: '2025-05-02',
      shiftTypeId: shiftTypes.late.id,
      shiftTypeName: 'Late',
      skillName: 'chat',
      missing: 1,
      candidates: [
        {
          employeeId: ben.id,
          employeeName: ben.name,
          rule: 'minimumRestBetweenShifts',
          reason: 'needs 11 h rest after a shift',
        },
        {
          employeeId: celina.id,
          employeeName: celina.name,
          rule: 'hasSkill',
          reason: 'lacks the chat skill',
        },
      ],
    },
  ],
};

export function plan(overrides: Partial<Plan> = {}): Plan {
  return {
    id: PLAN_ID,
    teamId: teams[0]!.id,
    mode: 'repair',
    from: ROTA_FROM,
    to: PLAN_TO,
    status: 'succeeded',
    timeLimitSeconds: 20,
    stale: false,
    timeLimitReached: false,
    createdAt: '2025-04-27T08:00:00.000Z',
    startedAt: '2025-04-27T08:00:01.000Z',
    finishedAt: '2025-04-27T08:00:13.000Z',
    publishedAt: null,
    error: null,
    progress: [
      { elapsedMs: 1000, objective: 5000, hardDegree: 2 },
      { elapsedMs: 4000, objective: 2100, hardDegree: 0 },
      { elapsedMs: 12000, objective: 1250, hardDegree: 0 },
    ],
    result: planResult,
    ...overrides,
  };
}

export function runningPlan(overrides: Partial<Plan> = {}): Plan {
  return plan({
    status: 'running',
    finishedAt: null,
    progress: [],
    result: null,
    ...overrides,
  });
}

export function summaryOf(full: Plan) {
  const { progress: _progress, result: _result, ...summary } = full;
  return summary;
}

export const fairnessReport: FairnessReport = {
  teamId: teams[0]!.id,
  from: '2025-03-01',
  to: '2025-04-30',
  categories: ['cover', 'nights', 'weekends', 'holidays'],
  fairShare: { cover: 3, nights: 4, weekends: 2, holidays: 0.5 },
  spread: {
    cover: { min: 1, max: 6, stddev: 2.05 },
    nights: { min: 4, max: 4, stddev: 0 },
    weekends: { min: 1, max: 3, stddev: 0.82 },
    holidays: { min: 0, max: 1, stddev: 0.5 },
  },
  employees: [
    {
      employeeId: anna.id,
      name: anna.name,
      fte: 1,
      totals: { cover: 6, nights: 4, weekends: 3, holidays: 1 },
      perFte: { cover: 6, nights: 4, weekends: 3, holidays: 1 },
      series: [
        { month: '2025-03', cover: 2, nights: 2, weekends: 1, holidays: 0 },
        { month: '2025-04', cover: 4, nights: 2, weekends: 2, holidays: 1 },
      ],
    },
    {
      employeeId: ben.id,
      name: ben.name,
      fte: 0.5,
      totals: { cover: 1, nights: 2, weekends: 1, holidays: 0 },
      perFte: { cover: 2, nights: 4, weekends: 2, holidays: 0 },
      series: [
        { month: '2025-03', cover: 1, nights: 1, weekends: 0, holidays: 0 },
        { month: '2025-04', cover: 0, nights: 1, weekends: 1, holidays: 0 },
      ],
    },
    {
      employeeId: dawid.id,
      name: dawid.name,
      fte: 1,
      totals: { cover: 1, nights: 4, weekends: 1, holidays: 0 },
      perFte: { cover: 1, nights: 4, weekends: 1, holidays: 0 },
      series: [{ month: '2025-04', cover: 1, nights: 4, weekends: 1, holidays: 0 }],
    },
  ],
};
