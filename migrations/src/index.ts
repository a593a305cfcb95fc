import { CreateFoundation1796601600000 } from './1796601600000-CreateFoundation.js';
import { AddRotasAndCoverage1796688000000 } from './1796688000000-AddRotasAndCoverage.js';
import { AddLeave1796774400000 } from './1796774400000-AddLeave.js';
import { AddCalendarFeeds1796860800000 } from './1796860800000-AddCalendarFeeds.js';
import { AddAvailabilityAndPreferences1796947200000 } from './1796947200000-AddAvailabilityAndPreferences.js';
import { AddPlans1797033600000 } from './1797033600000-AddPlans.js';
import { AddTeamSolverWeights1797120000000 } from './1797120000000-AddTeamSolverWeights.js';
import { AddShiftRules1797206400000 } from './1797206400000-AddShiftRules.js';

/** Every migration, oldest first. Append only; never edit one that has shipped. */
export const migrations = [
  CreateFoundation1796601600000,
  AddRotasAndCoverage1796688000000,
  AddLeave1796774400000,
  AddCalendarFeeds1796860800000,
  AddAvailabilityAndPreferences1796947200000,
  AddPlans1797033600000,
  AddTeamSolverWeights1797120000000,
  AddShiftRules1797206400000,
];
