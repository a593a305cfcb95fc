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
