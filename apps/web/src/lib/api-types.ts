/**
 * The HTTP contract as the web app sees it. Hand-written on purpose: the web app talks to the API
 * over HTTP only and never imports apps/api. Instants are ISO-8601 strings, ids are UUIDs.
 */

export type Role = 'admin' | 'manager' | 'employee';

export const SKILL_CATEGORIES = ['channel', 'language', 'role', 'other'] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

/** Every list endpoint answers with one page of items and the total across all pages. */
export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export interface PageQuery {
  limit?: number;
  offset?: number;
}

/** The server refuses `limit` above this on every list endpoint. */
export const MAX_PAGE_SIZE = 200;

// --- errors -----------------------------------------------------------------------------------

export interface FieldError {
  field: string;
  reason: string;
}

/** RFC 9457 problem details, as `application/problem+json`, with our stable `code`. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  errors?: FieldError[];
  retryAfterSeconds?: number;
  correlationId?: string;
}

// --- auth -------------------------------------------------------------------------------------

export interface LoginRequest {
  email: string;
  password: string;
}

export interface SessionUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export interface LoginResponse {
  accessToken: string;
  /** ISO instant after which the server refuses the token. */
  expiresAt: string;
  user: SessionUser;
}

export interface Me {
  id: string;
  name: string;
  email: string;
  role: Role;
  teamId: string;
  homeTimeZone: string;
  managedTeamIds: string[];
  skills: Skill[];
}

// --- teams, skills, employees -----------------------------------------------------------------

export interface Team {
  id: string;
  name: string;
  /** IANA zone, e.g. `Europe/Warsaw`; the team's rules and rota are local to it. */
  timeZone: string;
  countryCode: string;
  regionCode: string | null;
  /** The team's managers (employee ids); admins change them. */
  managerIds?: string[];
  /** Leave policy: at most this many people off on one date; null = no limit. */
  maxPeopleOff?: number | null;
  allowNegativeBalance?: boolean;
  version?: number;
}

export interface TeamsQuery extends PageQuery {
  q?: string;
}

export interface Skill {
  id: string;
  code: string;
  name: string;
  category: SkillCategory;
}

export interface SkillsQuery extends PageQuery {
  category?: SkillCategory;
  q?: string;
}

export interface Contract {
  weeklyMinutes: number;
  fte: number;
  maxShiftsPerPeriod: number | null;
  maxMinutesPerPeriod: number | null;
  minMinutesPerPeriod: number | null;
  periodDays: number;
  minRestHours: number;
  maxConsecutiveDays: number;
  maxWeekendsPer4Weeks: number;
  /** Once a run of working days starts, it lasts at least this many days (1–14; 1 = no minimum). */
  minConsecutiveDays: number;
  /** Days off come at least this many in a row (1–14; 1 = no minimum). */
  minConsecutiveDaysOff: number;
  /** Per shift type of the employee's team, at most so many shifts of it per period (`periodDays`). */
  maxShiftsPerType: ShiftTypeLimit[];
}

export interface ShiftTypeLimit {
  shiftTypeId: string;
  maxPerPeriod: number;
}

export interface Employee {
  id: string;
  name: string;
  email: string;
  teamId: string;
  homeTimeZone: string;
  role: Role;
  active: boolean;
  /** ISO instant; null while active. */
  deactivatedAt?: string | null;
  skills: EmployeeSkill[];
  /** Only for the person themself, their managers and admins. */
  contract?: Contract;
  leave?: EmploymentLeave;
  version?: number;
}

/** An employee's skill as the employee endpoints answer it: in the backup pool or not. */
export interface EmployeeSkill extends Skill {
  backup?: boolean;
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface EmploymentLeave {
  annualLeaveDays: number;
  carryOverCapDays: number;
  workingWeekdays: number[];
  /** `YYYY-MM-DD` or null. */
  employmentStart: string | null;
  employmentEnd: string | null;
}

export interface EmployeesQuery extends PageQuery {
  teamId?: string;
  /** A skill code (`chat`) or id. */
  skill?: string;
  /** The server lists active people when this is omitted. */
  active?: boolean | 'all';
  role?: Role;
  /** Searches name and e-mail. */
  q?: string;
}

// --- shift types ------------------------------------------------------------------------------

export interface ShiftType {
  id: string;
  teamId: string;
  code: string;
  name: string;
  /** Local wall time in the team's zone, `HH:mm`; a shift may end the next day. */
  startTime: string;
  endTime: string;
  /** `#rrggbb` */
  colour: string;
  requiredSkillIds: string[];
  /** Shift types of the same team that may not be worked on the day after this one (may be itself). */
  cannotBeFollowedBy: string[];
  durationMinutes?: number;
  crossesMidnight?: boolean;
  version?: number;
}

// --- rota -------------------------------------------------------------------------------------

/** A roster date of the window. */
export interface RotaDay {
  /** `YYYY-MM-DD`, a calendar date in the team's zone. */
  date: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** The public holiday's name, or null. */
  holiday: string | null;
}

export type RotaShiftType = Omit<ShiftType, 'teamId' | 'cannotBeFollowedBy'>;

export interface RotaEmployeeSkill {
  id: string;
  code: string;
  /** In the backup pool for this skill: counted only to reach a minimum. */
  backup: boolean;
}

export interface RotaEmployee {
  id: string;
  name: string;
  homeTimeZone: string;
  active: boolean;
  skills: RotaEmployeeSkill[];
}

export type ShiftSource = 'rotation' | 'manual' | 'solver';

export interface RotaShift {
  /** Stable: `rotationId:employeeId:date:shiftTypeId` for rotation shifts, `assignment:<id>`. */
  key: string;
  employeeId: string;
  shiftTypeId: string;
  /** Roster date: the shift's local start date. */
  date: string;
  /** ISO instants. */
  start: string;
  end: string;
  /** `YYYY-MM-DDTHH:mm` on the team's wall clock, to be shown as they are. */
  startLocal: string;
  endLocal: string;
  source: ShiftSource;
  assignmentId: string | null;
  /** The absent colleague this shift covers for. */
  coverFor: string | null;
  pinned: boolean;
  note: string | null;
}

/** A rotation shift taken off the rota for one date. */
export interface CancelledShift {
  key: string;
  employeeId: string;
  shiftTypeId: string;
  date: string;
  source: string;
  reason: string | null;
}

export interface CoverageRequirement {
  /** Null: any skill (a headcount). */
  skillId: string | null;
  min: number;
  ideal: number;
  priority: number;
  ruleIds: string[];
  staffed: number;
  employeeIds: string[];
  backupEmployeeIds: string[];
  missing: number;
  /** staffed < min */
  gap: boolean;
  /** staffed < ideal (every gap is also a shortfall) */
  shortfall: boolean;
}

export interface CoverageRow {
  start: string;
  end: string;
  startLocal: string;
  endLocal: string;
  requirements: CoverageRequirement[];
}

/** Contiguous time in which one skill is below its minimum (gap) or its ideal (shortfall). */
export interface CoverageGap {
  start: string;
  end: string;
  startLocal: string;
  endLocal: string;
  skillId: string | null;
  min: number;
  ideal: number;
  /** The lowest headcount inside the interval. */
  staffed: number;
  missing: number;
  priority: number;
  ruleIds: string[];
}

export interface CoverageSummary {
  gaps: number;
  shortfalls: number;
  gapMinutes: number;
  shortfallMinutes: number;
  missingMinutes: number;
}

export interface Coverage {
  rows: CoverageRow[];
  gaps: CoverageGap[];
  shortfalls: CoverageGap[];
  summary: CoverageSummary;
}

export interface RotaQuery {
  teamId: string;
  /** First roster date. */
  from: string;
  /** First roster date after the window (exclusive). */
  to: string;
}

/** The server refuses longer windows. */
export const MAX_ROTA_DAYS = 186;

export interface Rota {
  teamId: string;
  teamName: string;
  timeZone: string;
  from: string;
  to: string;
  planVersion: number;
  days: RotaDay[];
  shiftTypes: RotaShiftType[];
  employees: RotaEmployee[];
  shifts: RotaShift[];
  cancelled: CancelledShift[];
  /** Pending and approved leave touching the window (dates in each person's home zone). */
  leave: RotaLeave[];
  coverage: Coverage;
}

// --- assignments ------------------------------------------------------------------------------

export interface CreateAssignmentRequest {
  employeeId: string;
  shiftTypeId: string;
  /** Roster date. */
  date: string;
  /** The rotation shift this one takes the place of. */
  replacesKey?: string;
  coverForEmployeeId?: string | null;
  pinned?: boolean;
  note?: string;
}

export interface UpdateAssignmentRequest {
  employeeId?: string;
  coverForEmployeeId?: string | null;
  pinned?: boolean;
  note?: string | null;
  version?: number;
}

export interface Assignment {
  id: string;
  teamId: string;
  employeeId: string;
  shiftTypeId: string;
  date: string;
  start: string;
  end: string;
  source: 'manual' | 'solver';
  coverForEmployeeId: string | null;
  replacesKey: string | null;
  pinned: boolean;
  note: string | null;
  version: number;
}

// --- leave ------------------------------------------------------------------------------------

export interface LeaveType {
  id: string;
  code: string;
  name: string;
  countsAgainstAllowance: boolean;
  requiresApproval: boolean;
  /** `#rrggbb` */
  colour: string;
}

export type HalfDay = 'am' | 'pm';

export const LEAVE_STATUSES = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type LeaveStatus = (typeof LEAVE_STATUSES)[number];

/** A leave as it is picked: inclusive local dates (`YYYY-MM-DD`) in the person's home zone. */
export interface LeaveDraft {
  /** Whose leave; the caller's own when absent (managers record absences for their staff). */
  employeeId?: string;
  leaveTypeId: string;
  startDate: string;
  /** Inclusive. */
  endDate: string;
  /** Only when start and end are the same date. */
  halfDay?: HalfDay | null;
}

export interface CreateLeaveRequest extends LeaveDraft {
  reason?: string;
  /** Open tasks and contacts; the substitutes see it. */
  handoverNote?: string;
  /** A manager overriding a leave policy says why (audited). */
  overrideReason?: string;
}

export interface YearDays {
  year: number;
  days: number;
}

export type PolicyRule = 'blackout' | 'max-people-off' | 'max-people-off-skill';

export interface PolicyViolation {
  rule: PolicyRule;
  /** A sentence from the server (English). */
  detail: string;
  /** The dates concerned, `YYYY-MM-DD`. */
  dates: string[];
}

/** A stretch of duty that a leave would leave below its minimum (gap) or its ideal (shortfall). */
export interface CoverageLoss {
  skillId: string | null;
  start: string;
  end: string;
  /** `YYYY-MM-DDTHH:mm` on the team's wall clock. */
  startLocal: string;
  endLocal: string;
  min: number;
  ideal: number;
  staffedBefore: number;
  staffedAfter: number;
  priority: number;
  /** For a stored request's gaps (asked with `?substitutes=true`): who could cover, best first. */
  substitutes?: Substitute[];
}

/** A colleague the solver would put on a vacated shift, and why. */
export interface Substitute {
  employeeId: string;
  employeeName: string;
  why: string[];
}

/** What a leave costs and which duties it would leave uncovered (preview and a request's impact). */
export interface LeaveImpact {
  days: number;
  daysByYear: YearDays[];
  countsAgainstAllowance: boolean;
  /** Null when the type does not count against the allowance. */
  balanceBefore: YearDays[] | null;
  balanceAfter: YearDays[] | null;
  policyViolations: PolicyViolation[];
  gaps: CoverageLoss[];
  shortfalls: CoverageLoss[];
}

export interface LeaveRequest {
  id: string;
  employeeId: string;
  teamId: string;
  /** Null when the viewer may not see why someone is away. */
  leaveTypeId: string | null;
  startDate: string;
  endDate: string;
  halfDay: HalfDay | null;
  status: LeaveStatus;
  days: number | null;
  reason: string | null;
  handoverNote: string | null;
  requestedBy: string | null;
  decidedBy: string | null;
  /** ISO instant. */
  decidedAt: string | null;
  decisionComment: string | null;
  overrideReason: string | null;
  createdAt: string;
  version: number;
}

export interface LeaveRequestsQuery extends PageQuery {
  teamId?: string;
  employeeId?: string;
  status?: LeaveStatus;
  /** Leave ending on or after this date. */
  from?: string;
  /** Leave starting on or before this date. */
  to?: string;
  /** Only pending requests the caller may decide. */
  inbox?: boolean;
}

export interface DecisionRequest {
  /** The version the decider saw; a stale one gets 409 VERSION_CONFLICT. */
  version: number;
  comment?: string;
  overrideReason?: string;
}

export type LedgerKind = 'allowance' | 'deduction' | 'refund' | 'carry-over' | 'adjustment';

export interface LedgerEntry {
  id: string;
  kind: LedgerKind;
  /** Positive adds to the balance, negative takes from it. */
  days: number;
  leaveRequestId: string | null;
  note: string | null;
  /** ISO instant. */
  at: string;
}

export interface LeaveBalance {
  employeeId: string;
  year: number;
  allowance: number;
  carriedOver: number;
  taken: number;
  refunded: number;
  adjustments: number;
  balance: number;
  entries: LedgerEntry[];
}

/** Leave as the rota shows it. */
export interface RotaLeave {
  id: string;
  employeeId: string;
  /** Null for viewers who may not see the type (colleagues). */
  leaveTypeId: string | null;
  startDate: string;
  /** Inclusive. */
  endDate: string;
  halfDay: HalfDay | null;
  status: 'pending' | 'approved';
  version: number;
}

// --- calendar feeds ---------------------------------------------------------------------------

export const FEED_KINDS = ['my-schedule', 'team-rota', 'team-absences'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

export interface CalendarFeed {
  id: string;
  employeeId: string;
  kind: FeedKind;
  teamId: string | null;
  createdAt: string;
  rotatedAt: string | null;
  lastFetchedAt: string | null;
}

/** Returned once, when a feed is created or rotated: the path holds the secret. */
export interface CalendarFeedSecret extends CalendarFeed {
  token: string;
  /** `/ical/<token>.ics` on the app's origin. */
  path: string;
}

export interface CreateCalendarFeedRequest {
  kind: FeedKind;
  /** For team feeds. */
  teamId?: string;
}

// --- setup: rotations, coverage rules, leave policies, imports --------------------------------

export interface RotationMember {
  id: string;
  employeeId: string;
  offsetDays: number;
  /** First date in the rotation, `YYYY-MM-DD`. */
  from: string;
  /** First date no longer in it, or null. */
  to: string | null;
}

export interface Rotation {
  id: string;
  teamId: string;
  name: string;
  anchorDate: string;
  cycleDays: number;
  /** One entry per day of the cycle: a shift type, or null for a day off. */
  pattern: (string | null)[];
  members: RotationMember[];
  version: number;
}

export const HOLIDAY_MODES = ['applies', 'excluded', 'only'] as const;
export type HolidayMode = (typeof HOLIDAY_MODES)[number];

export interface CoverageRule {
  id: string;
  teamId: string;
  name: string;
  skillId: string | null;
  /** `HH:mm`, team's wall clock; equal start and end = 24 h. */
  startTime: string;
  endTime: string;
  /** RRULE, e.g. `FREQ=WEEKLY;BYDAY=MO,TU`. */
  recurrence: string;
  minHeadcount: number;
  idealHeadcount: number | null;
  priority: number;
  validFrom: string | null;
  /** Inclusive. */
  validTo: string | null;
  holidays: HolidayMode;
  overrides: boolean;
  version?: number;
}

export interface LeaveBlackout {
  id: string;
  teamId: string;
  name: string;
  startDate: string;
  endDate: string;
  /** Empty: every leave type. */
  leaveTypeIds: string[];
}

export interface SkillLimit {
  skillId: string;
  maxPeopleOff: number;
}

export interface SkillLimits {
  teamId: string;
  limits: SkillLimit[];
}

export interface ImportRow {
  line: number;
  values: Record<string, string>;
  errors: FieldError[];
}

export interface ImportResult {
  rows: ImportRow[];
  valid: number;
  invalid: number;
  committed: boolean;
  created?: number;
}

export interface ImportRequest {
  teamId: string;
  csv: string;
  commit: boolean;
}

// --- availability -----------------------------------------------------------------------------

export interface UnavailableWindow {
  id?: string;
  /** `HH:mm` in the employee's home zone. */
  startTime: string;
  endTime: string;
  recurrence: string;
  validFrom: string;
  validTo: string | null;
  note: string;
}

export type Wish = 'prefer' | 'avoid';

export interface ShiftPreference {
  id?: string;
  wish: Wish;
  weekday: number | null;
  date: string | null;
  shiftTypeId: string | null;
  /** 1–10 */
  weight: number;
  note: string;
}

export interface Availability {
  employeeId: string;
  worksNights: boolean;
  maxCoverDutiesPerMonth: number | null;
  unavailable: UnavailableWindow[];
  preferences: ShiftPreference[];
}

// --- plans (solver runs) ----------------------------------------------------------------------

export const PLAN_MODES = ['build', 'repair'] as const;
export type PlanMode = (typeof PLAN_MODES)[number];

export type PlanStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled' | 'published';

/** A run that will not change any more (the event stream ends on one). */
export const TERMINAL_PLAN_STATUSES: readonly PlanStatus[] = [
  'succeeded',
  'failed',
  'cancelled',
  'published',
];

/** The server refuses longer plans. */
export const MAX_PLAN_DAYS = 93;

export interface CreatePlanRequest {
  teamId: string;
  /** Roster dates, inclusive at both ends. */
  from: string;
  to: string;
  mode: PlanMode;
  timeLimitSeconds: number;
}

/** The best score so far at a moment of the run. */
export interface PlanProgress {
  elapsedMs: number;
  objective: number;
  hardDegree: number;
}

export interface PlanChange {
  key: string;
  employeeId: string;
  employeeName: string;
  /** Roster date. */
  date: string;
  shiftTypeId: string;
  shiftTypeName: string;
  /** `HH:MM` on the team's wall clock; an end before the start is the next day. */
  startLocal: string;
  endLocal: string;
  /** The duty, e.g. "phone". */
  skillName: string | null;
  coverForEmployeeId: string | null;
  coverForName: string | null;
  /** Sentences: skill, free, rested, fair-share position. */
  why: string[];
  /** Why not these colleagues. */
  alternatives: { employeeId: string; employeeName: string; reason: string }[];
  /** For removals: the published shift's key (a rotation occurrence or `assignment:<id>`). */
  publishedKey: string | null;
}

export interface PlanGapCandidate {
  employeeId: string;
  employeeName: string;
  /** The rule that blocked them, or null. */
  rule: string | null;
  reason: string;
}

export interface PlanGap {
  date: string;
  shiftTypeId: string;
  shiftTypeName: string;
  skillName: string | null;
  missing: number;
  candidates: PlanGapCandidate[];
}

export interface CoverageGapAfter {
  /** ISO instants. */
  start: string;
  end: string;
  skillId: string | null;
  skillName: string | null;
  missing: number;
  beforePlan: boolean;
}

export interface PlanResult {
  objective: number;
  /** Proven lower bound, when the run found one. */
  bound: number | null;
  hardViolations: number;
  /** Unfilled minimum-demand slots before and after the plan. */
  gapsBefore: number;
  gapsAfter: number;
  /**
   * The coverage gaps left after the plan (the first 50); `beforePlan` ones start before the
   * plan's first shift could (the small hours of its first day belong to the night before).
   * Missing in plans stored before it existed.
   */
  coverageGapsAfter?: CoverageGapAfter[];
  added: PlanChange[];
  removed: PlanChange[];
  gaps: PlanGap[];
  /** Soft rules the plan could not fully honour (wishes, fairness), one sentence each. */
  notes: string[];
  /** How long the run took. */
  seconds: number;
}

export interface PlanSummary {
  id: string;
  teamId: string;
  mode: PlanMode;
  /** Inclusive roster dates. */
  from: string;
  to: string;
  status: PlanStatus;
  timeLimitSeconds: number;
  /** The rota changed since the plan was made: publishing is refused (409 PLAN_STALE). */
  stale: boolean;
  /** Stopped by the time limit with the best plan found so far. */
  timeLimitReached: boolean;
  /** ISO instants. */
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  publishedAt: string | null;
  /** Why it failed. */
  error: string | null;
}

export interface Plan extends PlanSummary {
  progress: PlanProgress[];
  /** When succeeded or published. */
  result: PlanResult | null;
}

// --- fairness ---------------------------------------------------------------------------------

export const FAIRNESS_CATEGORIES = ['cover', 'nights', 'weekends', 'holidays'] as const;
export type FairnessCategory = (typeof FAIRNESS_CATEGORIES)[number];

export interface FairnessQuery {
  teamId: string;
  /** Inclusive roster dates. */
  from: string;
  to: string;
}

export interface FairnessSpread {
  min: number;
  max: number;
  stddev: number;
}

export interface FairnessMonth {
  /** `YYYY-MM` */
  month: string;
  cover: number;
  nights: number;
  weekends: number;
  holidays: number;
}

export interface FairnessEmployee {
  employeeId: string;
  name: string;
  fte: number;
  totals: Record<FairnessCategory, number>;
  perFte: Record<FairnessCategory, number>;
  series: FairnessMonth[];
}

export interface FairnessReport {
  teamId: string;
  from: string;
  to: string;
  categories: FairnessCategory[];
  /** Per FTE over the period, history included. */
  fairShare: Record<FairnessCategory, number>;
  /** Of the per-FTE loads. */
  spread: Record<FairnessCategory, FairnessSpread>;
  employees: FairnessEmployee[];
}
