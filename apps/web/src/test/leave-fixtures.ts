import type {
  CalendarFeed,
  LeaveBalance,
  LeaveImpact,
  LeaveRequest,
  LeaveType,
  Me,
} from '../lib/api-types';
import { employees, me, skills, teams } from './fixtures';

/** The organisation's leave types: a holiday that counts, and two absences that do not. */
export const leaveTypes = {
  vacation: {
    id: 'a1000000-0000-4000-8000-000000000001',
    code: 'vacation',
    name: 'Vacation',
    countsAgainstAllowance: true,
    requiresApproval: true,
    colour: '#2e86de',
  },
  sick: {
    id: 'a1000000-0000-4000-8000-000000000002',
    code: 'sick',
    name: 'Sick leave',
    countsAgainstAllowance: false,
    requiresApproval: false,
    colour: '#c0392b',
  },
  childcare: {
    id: 'a1000000-0000-4000-8000-000000000003',
    code: 'childcare',
    name: 'Childcare',
    countsAgainstAllowance: false,
    requiresApproval: false,
    colour: '#8e44ad',
  },
} satisfies Record<string, LeaveType>;

// Sorted by name, as the server lists them (a sick type first would not be the default).
export const leaveTypeList: LeaveType[] = [
  leaveTypes.childcare,
  leaveTypes.sick,
  leaveTypes.vacation,
];

const [anna, ben] = employees as [(typeof employees)[0], (typeof employees)[0]];

/** Anna, an agent of EMEA Support who decides nobody's leave. */
export const employeeMe: Me = {
  id: anna.id,
  name: anna.name,
  email: anna.email,
  role: 'employee',
  teamId: teams[0]!.id,
  homeTimeZone: 'Europe/Warsaw',
  managedTeamIds: [],
  skills: [],
};

/** Marta, who manages EMEA Support (the default `me` of the fixtures). */
export const managerMe: Me = me;

export function balance(overrides: Partial<LeaveBalance> = {}): LeaveBalance {
  return {
    employeeId: anna.id,
    year: 2025,
    allowance: 26,
    carriedOver: 4,
    taken: 5,
    refunded: 0,
    adjustments: 0,
    balance: 25,
    entries: [
      {
        id: '1',
        kind: 'allowance',
        days: 26,
        leaveRequestId: null,
        note: null,
        at: '2025-01-01T00:00:00.000Z',
      },
      {
        id: '2',
        kind: 'carry-over',
        days: 4,
        leaveRequestId: null,
        note: 'carried over from 2024',
        at: '2025-01-01T00:00:00.000Z',
      },
      {
        id: '3',
        kind: 'deduction',
        days: -5,
        leaveRequestId: 'l0000000-0000-4000-8000-000000000009',
        note: null,
        at: '2025-02-10T23:30:00.000Z',
      },
    ],
    ...overrides,
  };
}

/** Monday 5 May 2025 to Wednesday 7 May: three days, one chat gap and one phone shortfall. */
export function impact(overrides: Partial<LeaveImpact> = {}): LeaveImpact {
  return {
    days: 3,
    daysByYear: [{ year: 2025, days: 3 }],
    countsAgainstAllowance: true,
    balanceBefore: [{ year: 2025, days: 25 }],
    balanceAfter: [{ year: 2025, days: 22 }],
    policyViolations: [],
    gaps: [
      {
        skillId: skills.chat.id,
        // 08:00 in Warsaw is 06:00 UTC: a UI that converted the instant would show another time.
        start: '2025-05-05T06:00:00.000Z',
        end: '2025-05-05T14:00:00.000Z',
        startLocal: '2025-05-05T08:00',
        endLocal: '2025-05-05T16:00',
        min: 2,
        ideal: 3,
        staffedBefore: 2,
        staffedAfter: 1,
        priority: 1,
      },
    ],
    shortfalls: [
      {
        skillId: skills.chat.id,
        start: '2025-05-05T06:00:00.000Z',
        end: '2025-05-05T14:00:00.000Z',
        startLocal: '2025-05-05T08:00',
        endLocal: '2025-05-05T16:00',
        min: 2,
        ideal: 3,
        staffedBefore: 2,
        staffedAfter: 1,
        priority: 1,
      },
      {
        skillId: skills.phone.id,
        start: '2025-05-06T20:00:00.000Z',
        end: '2025-05-07T04:00:00.000Z',
        startLocal: '2025-05-06T22:00',
        endLocal: '2025-05-07T06:00',
        min: 1,
        ideal: 2,
        staffedBefore: 2,
        staffedAfter: 1,
        priority: 2,
      },
    ],
    ...overrides,
  };
}

export function leaveRequest(overrides: Partial<LeaveRequest> = {}): LeaveRequest {
  return {
    id: 'l0000000-0000-4000-8000-000000000001',
    employeeId: anna.id,
    teamId: teams[0]!.id,
    leaveTypeId: leaveTypes.vacation.id,
    startDate: '2099-07-07',
    endDate: '2099-07-11',
    halfDay: null,
    status: 'pending',
    days: 5,
    reason: null,
    handoverNote: null,
    requestedBy: anna.id,
    decidedBy: null,
    decidedAt: null,
    decisionComment: null,
    overrideReason: null,
    createdAt: '2025-04-20T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

/** Ben's pending request in Marta's inbox. */
export function benRequest(overrides: Partial<LeaveRequest> = {}): LeaveRequest {
  return leaveRequest({
    id: 'l0000000-0000-4000-8000-000000000002',
    employeeId: ben.id,
    requestedBy: ben.id,
    startDate: '2099-05-04',
    endDate: '2099-05-08',
    reason: 'Family wedding in Boston',
    handoverNote: 'Ticket #4411 waits for the customer; call Dana at ext. 212.',
    version: 3,
    ...overrides,
  });
}

export function feed(overrides: Partial<CalendarFeed> = {}): CalendarFeed {
  return {
    id: 'f0000000-0000-4000-8000-000000000001',
    employeeId: anna.id,
    kind: 'my-schedule',
    teamId: null,
    createdAt: '2025-03-01T09:00:00.000Z',
    rotatedAt: null,
    lastFetchedAt: null,
    ...overrides,
  };
}
