import type {
  Contract,
  EmploymentLeave,
  HolidayMode,
  Role,
  SkillCategory,
} from '../../../lib/api-types';

/** Request bodies of the setup endpoints (the answers are in lib/api-types). */

export interface CreateTeamRequest {
  name: string;
  timeZone: string;
  countryCode: string;
  regionCode?: string | null;
  managerIds?: string[];
  maxPeopleOff?: number | null;
  allowNegativeBalance?: boolean;
}

export interface UpdateTeamRequest extends Partial<CreateTeamRequest> {
  id: string;
  version?: number;
}

export interface EmployeeRequest {
  name?: string;
  email?: string;
  teamId?: string;
  homeTimeZone?: string;
  role?: Role;
  password?: string;
  skillIds?: string[];
  backupSkillIds?: string[];
  contract?: Contract;
  leave?: EmploymentLeave;
  active?: boolean;
  version?: number;
}

export interface SkillRequest {
  code: string;
  name: string;
  category: SkillCategory;
}

export interface ShiftTypeRequest {
  teamId: string;
  code: string;
  name: string;
  startTime: string;
  endTime: string;
  colour: string;
  requiredSkillIds?: string[];
  /** Ids of the team's shift types that may not be worked the day after this one. */
  cannotBeFollowedBy?: string[];
}

export interface RotationMemberRequest {
  employeeId: string;
  offsetDays?: number;
  from: string;
  to?: string | null;
}

export interface RotationRequest {
  teamId: string;
  name: string;
  anchorDate: string;
  pattern: (string | null)[];
  members?: RotationMemberRequest[];
}

export interface CoverageRuleRequest {
  teamId: string;
  name: string;
  skillId: string | null;
  startTime: string;
  endTime: string;
  recurrence: string;
  minHeadcount: number;
  idealHeadcount?: number | null;
  priority: number;
  validFrom: string | null;
  validTo: string | null;
  holidays: HolidayMode;
  overrides: boolean;
}

export interface LeaveBlackoutRequest {
  teamId: string;
  name: string;
  startDate: string;
  endDate: string;
  leaveTypeIds?: string[];
}

export interface LeaveTypeRequest {
  code: string;
  name: string;
  countsAgainstAllowance: boolean;
  requiresApproval: boolean;
  colour: string;
}
