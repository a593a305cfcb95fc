import { backupPoolUsedLast } from './backup-pool-used-last.js';
import { continuityOfCover } from './continuity-of-cover.js';
import { coverageBelowIdeal } from './coverage-below-ideal.js';
import { coverageBelowMinimum } from './coverage-below-minimum.js';
import { fairShareOfDuties } from './fair-share-of-duties.js';
import { forbiddenShiftSequences } from './forbidden-shift-sequences.js';
import { hasRequiredSkills } from './has-required-skills.js';
import { maxConsecutiveWorkingDays } from './max-consecutive-working-days.js';
import { maxMinutesInPeriod } from './max-minutes-in-period.js';
import { maxShiftsPerType } from './max-shifts-per-type.js';
import { maxWorkingWeekends } from './max-working-weekends.js';
import { minConsecutiveDaysOff } from './min-consecutive-days-off.js';
import { minConsecutiveWorkingDays } from './min-consecutive-working-days.js';
import { minMinutesInPeriod } from './min-minutes-in-period.js';
import { minimumRestBetweenShifts } from './minimum-rest-between-shifts.js';
import { noOverlappingShifts } from './no-overlapping-shifts.js';
import { notOnLeave } from './not-on-leave.js';
import { overStaffing } from './over-staffing.js';
import { pinnedAssignmentsStay } from './pinned-assignments-stay.js';
import type { Rule } from './rule.js';
import { shiftOffRequests } from './shift-off-requests.js';
import { preferredShiftLimits, shiftLimits } from './shift-limits.js';
import { shiftOnRequests } from './shift-on-requests.js';
import { stability } from './stability.js';

export type { Breach, EmployeeRule, Rule, RosterRule } from './rule.js';
export {
  backupPoolUsedLast,
  continuityOfCover,
  coverageBelowIdeal,
  coverageBelowMinimum,
  fairShareOfDuties,
  forbiddenShiftSequences,
  hasRequiredSkills,
  maxConsecutiveWorkingDays,
  maxMinutesInPeriod,
  maxShiftsPerType,
  maxWorkingWeekends,
  minConsecutiveDaysOff,
  minConsecutiveWorkingDays,
  minMinutesInPeriod,
  minimumRestBetweenShifts,
  noOverlappingShifts,
  notOnLeave,
  overStaffing,
  pinnedAssignmentsStay,
  preferredShiftLimits,
  shiftLimits,
  shiftOffRequests,
  shiftOnRequests,
  stability,
};

/** Never broken: the solver reports a gap instead. */
export const HARD_RULES: readonly Rule[] = [
  hasRequiredSkills,
  notOnLeave,
  noOverlappingShifts,
  minimumRestBetweenShifts,
  forbiddenShiftSequences,
  maxShiftsPerType,
  shiftLimits,
  maxMinutesInPeriod,
  minMinutesInPeriod,
  maxConsecutiveWorkingDays,
  minConsecutiveWorkingDays,
  minConsecutiveDaysOff,
  maxWorkingWeekends,
  pinnedAssignmentsStay,
];

/** Weighted; their costs add up to the objective. */
export const SOFT_RULES: readonly Rule[] = [
  coverageBelowMinimum,
  coverageBelowIdeal,
  overStaffing,
  shiftOnRequests,
  shiftOffRequests,
  preferredShiftLimits,
  fairShareOfDuties,
  stability,
  continuityOfCover,
  backupPoolUsedLast,
];

export const ALL_RULES: readonly Rule[] = [...HARD_RULES, ...SOFT_RULES];
