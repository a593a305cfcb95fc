import { DomainError } from '@planner/domain';
import type { Caller } from './caller.js';

/**
 * Object-level rights. Objects of a team the caller may not see answer 404 exactly like
 * objects that do not exist, so ids cannot be probed across teams.
 */
export function canSeeTeam(caller: Caller, teamId: string): boolean {
  return (
    caller.role === 'admin' || caller.teamId === teamId || caller.managedTeamIds.includes(teamId)
  );
}

export function canManageTeam(caller: Caller, teamId: string): boolean {
  return (
    caller.role === 'admin' || (caller.role === 'manager' && caller.managedTeamIds.includes(teamId))
  );
}

/** Teams whose objects the caller may list; 'all' for admins. */
export function visibleTeamIds(caller: Caller): string[] | 'all' {
  if (caller.role === 'admin') return 'all';
  return [...new Set([caller.teamId, ...caller.managedTeamIds])];
}

export function notFound(what: string, id: string): DomainError {
  return new DomainError('NOT_FOUND', `${what} ${id} was not found.`, { entity: what, id });
}

export function forbidden(message: string): DomainError {
  return new DomainError('FORBIDDEN', message);
}

/** 404 when the team is invisible to the caller, 403 when visible but not theirs to manage. */
export function assertManageTeam(caller: Caller, teamId: string, what = 'Team', id = teamId): void {
  if (!canSeeTeam(caller, teamId)) throw notFound(what, id);
  if (!canManageTeam(caller, teamId)) {
    throw forbidden(
      `Only a manager of this team or an admin may change ${what.toLowerCase()}s here.`,
    );
  }
}

export function assertAdmin(caller: Caller, action: string): void {
  if (caller.role !== 'admin') throw forbidden(`Only an admin may ${action}.`);
}
