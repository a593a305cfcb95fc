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
  skills: Skill[];
  /** Only for the person themself, their managers and admins. */
  contract?: Contract;
  version?: number;
}

export interface EmployeesQuery extends PageQuery {
  teamId?: string;
  /** A skill code (`chat`) or id. */
  skill?: string;
  /** The server lists active people when this is omitted. */
  active?: boolean;
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

export type RotaShiftType = Omit<ShiftType, 'teamId'>;

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
  /** Coming soon: absences per employee. */
  leave: unknown[];
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
