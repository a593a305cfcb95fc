// The teams list lives in lib/api (setup writes teams, the header reads them).
export { getTeams, teamsKeys, teamsQueryOptions, useTeams } from '../../../lib/api/get-teams';
