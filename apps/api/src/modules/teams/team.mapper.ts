import type { TeamResponse } from './dto/team.dto.js';
import type { TeamRecord } from './team.repository.js';

export function toTeamResponse(team: TeamRecord): TeamResponse {
  return {
    id: team.id,
    name: team.name,
    timeZone: team.timeZone,
    countryCode: team.countryCode,
    regionCode: team.regionCode,
    managerIds: team.managerIds,
    maxPeopleOff: team.maxPeopleOff,
    allowNegativeBalance: team.allowNegativeBalance,
    solverWeights: team.solverWeights,
    version: team.version,
    createdAt: team.createdAt.toISOString(),
    updatedAt: team.updatedAt.toISOString(),
  };
}
