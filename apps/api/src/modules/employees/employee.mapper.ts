import type { EmployeeResponse } from './dto/employee.dto.js';
import type { EmployeeRecord } from './employee.repository.js';

/** Colleagues see who someone is and what they can do; contracts only go to the person and their managers. */
export function toEmployeeResponse(e: EmployeeRecord, full: boolean): EmployeeResponse {
  const base: EmployeeResponse = {
    id: e.id,
    name: e.name,
    email: e.email,
    teamId: e.teamId,
    homeTimeZone: e.homeTimeZone,
    role: e.role,
    active: e.active,
    deactivatedAt: e.deactivatedAt ? e.deactivatedAt.toISOString() : null,
    skills: e.skills,
    version: e.version,
  };
  if (!full) return base;
  return {
    ...base,
    contract: {
      weeklyMinutes: e.weeklyMinutes,
      fte: e.fte,
      maxShiftsPerPeriod: e.maxShiftsPerPeriod,
      maxMinutesPerPeriod: e.maxMinutesPerPeriod,
      minMinutesPerPeriod: e.minMinutesPerPeriod,
      periodDays: e.periodDays,
      minRestHours: e.minRestHours,
      maxConsecutiveDays: e.maxConsecutiveDays,
      minConsecutiveDays: e.minConsecutiveDays,
      minConsecutiveDaysOff: e.minConsecutiveDaysOff,
      maxShiftsPerType: e.maxShiftsPerType,
      maxWeekendsPer4Weeks: e.maxWeekendsPer4Weeks,
    },
    leave: {
      annualLeaveDays: e.annualLeaveDays,
      carryOverCapDays: e.carryOverCapDays,
      workingWeekdays: e.workingWeekdays,
      employmentStart: e.employmentStart,
      employmentEnd: e.employmentEnd,
    },
    managedTeamIds: e.managedTeamIds,
    canSignIn: e.canSignIn,
  };
}
