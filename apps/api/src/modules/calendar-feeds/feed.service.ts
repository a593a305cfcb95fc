import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { addDays, DomainError, instantToLocal } from '@planner/domain';
import {
  type FeedAbsence,
  type FeedOptions,
  type FeedShift,
  feedWindow,
  streamCalendar,
} from '@planner/ical';
import { canManageTeam, canSeeTeam } from '../../common/auth/access.js';
import type { Caller } from '../../common/auth/caller.js';
import { planShifts } from '../rota/rota.builder.js';
import { RotaRepository, type TeamPlanInputs } from '../rota/rota.repository.js';
import { CalendarFeedRepository, type FeedOwner } from './calendar-feed.repository.js';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
export const MISSES_PER_WINDOW = 20;
const MISS_WINDOW_MS = 10 * 60_000;

export type FeedAnswer =
  | { kind: 'not-modified'; etag: string }
  | { kind: 'calendar'; etag: string; filename: string; chunks: AsyncIterable<string> };

/**
 * Renders a subscription. The ETag is derived from what the feed is computed from (the team's
 * plan version, its own version, the window's dates and the owner's rights), so a client that
 * polls gets a cheap 304 until something changes.
 *
 * SEQUENCE comes from version counters that only ever rise: a rotation shift's from its shift
 * type and team (their times and zone are what can move it), an assignment's also from its own
 * version, a leave's from its version. Nothing has to be stored per event.
 */
@Injectable()
export class FeedService {
  constructor(
    private readonly feeds: CalendarFeedRepository,
    private readonly rota: RotaRepository,
  ) {}

  async render(
    file: string,
    ip: string,
    ifNoneMatch: string | undefined,
    now = new Date(),
  ): Promise<FeedAnswer> {
    const token = file.endsWith('.ics') ? file.slice(0, -4) : '';
    const owner = TOKEN.test(token) ? await this.feeds.byToken(token) : null;
    const caller = owner && asCaller(owner);
    const teamId = owner && (owner.teamId ?? owner.ownerTeamId);
    if (!owner || !caller || !teamId || !canSeeTeam(caller, teamId)) return this.miss(ip);

    const team = await this.rota.team(teamId);
    if (!team) return this.miss(ip);
    const window = feedWindow(now);
    const from = addDays(instantToLocal(window.start, team.timeZone).date, -1);
    const to = addDays(instantToLocal(window.end, team.timeZone).date, 1);
    const manager = canManageTeam(caller, teamId);
    const etag = `"${createHash('sha1')
      .update(
        [
          owner.id,
          owner.tokenHash.toString('hex'),
          owner.kind,
          team.planVersion,
          team.version,
          from,
          to,
          manager,
        ].join('|'),
      )
      .digest('base64url')}"`;
    await this.feeds.touch(owner.id);
    if (ifNoneMatch === etag) return { kind: 'not-modified', etag };

    const all = await this.rota.inputs(team, from, to);
    const inputs = owner.kind === 'my-schedule' ? onlyFor(all, owner.employeeId) : all;
    const names = await this.feeds.employeeNames([teamId], []);
    const leaveTypes = await this.feeds.leaveTypeNames();
    const { shifts, absences, zones } = feedEvents(
      owner,
      inputs,
      { from, to },
      window,
      names,
      leaveTypes,
      manager,
    );
    const label = {
      'my-schedule': `${owner.ownerName} — shifts and leave`,
      'team-rota': `${team.name} — rota`,
      'team-absences': `${team.name} — absences`,
    }[owner.kind];
    const options: FeedOptions = {
      name: label,
      description: 'Coverage planner',
      zone: team.timeZone,
      zones,
      window,
      refreshMinutes: 60,
      dtstamp: now,
      productId: '-//Coverage Planner//Calendar feeds//EN',
      showAs: owner.kind === 'my-schedule' ? 'busy' : 'free',
    };
    return {
      kind: 'calendar',
      etag,
      filename: `${owner.kind}.ics`,
      chunks: streamCalendar(options, shifts, absences),
    };
  }

  /** Unknown, revoked and forbidden tokens are all answered alike; guessing is slowed down. */
  private async miss(ip: string): Promise<never> {
    await this.feeds.recordMiss(ip);
    if (
      (await this.feeds.recentMisses(ip, new Date(Date.now() - MISS_WINDOW_MS))) > MISSES_PER_WINDOW
    ) {
      throw new DomainError(
        'TOO_MANY_REQUESTS',
        'Too many unknown calendar addresses from this client; try again later.',
        {
          retryAfterSeconds: MISS_WINDOW_MS / 1000,
        },
      );
    }
    throw new DomainError('NOT_FOUND', 'There is no calendar at this address.');
  }
}

/**
 * A person's own schedule needs only their rotation turns and assignments (and the leave of
 * those they cover for): expanding the whole team for it would be wasted work.
 */
function onlyFor(inputs: TeamPlanInputs, employeeId: string): TeamPlanInputs {
  const assignments = inputs.assignments.filter((a) => a.employeeId === employeeId);
  const covered = new Set(
    assignments.flatMap((a) => (a.coverForEmployeeId ? [a.coverForEmployeeId] : [])),
  );
  return {
    ...inputs,
    rotations: inputs.rotations
      .map((r) => ({ ...r, members: r.members.filter((m) => m.employeeId === employeeId) }))
      .filter((r) => r.members.length > 0),
    assignments,
    leave: inputs.leave.filter((l) => l.employeeId === employeeId || covered.has(l.employeeId)),
  };
}

function asCaller(owner: FeedOwner): Caller {
  return {
    id: owner.employeeId,
    role: owner.ownerRole,
    teamId: owner.ownerTeamId,
    managedTeamIds: owner.ownerRole === 'manager' ? owner.managedTeamIds : [],
    sessionId: 'calendar-feed',
  };
}

/** The events of one feed: the owner's or the team's shifts, and leave, inside the window. */
export function feedEvents(
  owner: Pick<FeedOwner, 'kind' | 'employeeId'>,
  inputs: TeamPlanInputs,
  dates: { from: string; to: string },
  window: { start: Date; end: Date },
  names: Map<string, string>,
  leaveTypes: Map<string, string>,
  manager: boolean,
): { shifts: FeedShift[]; absences: FeedAbsence[]; zones: string[] } {
  const zone = inputs.team.timeZone;
  const types = new Map(inputs.shiftTypes.map((t) => [t.id, t]));
  const assignmentVersion = new Map(inputs.assignments.map((a) => [a.id, a.version]));
  const approved = inputs.leave.filter((l) => l.status === 'approved');
  const shifts: FeedShift[] = [];
  if (owner.kind !== 'team-absences') {
    for (const s of planShifts(inputs, dates).shifts) {
      if (owner.kind === 'my-schedule' && s.employeeId !== owner.employeeId) continue;
      if (s.end <= window.start || s.start >= window.end) continue;
      const type = types.get(s.shiftTypeId)!;
      const absence = s.coverForEmployeeId
        ? approved.find(
            (l) =>
              l.employeeId === s.coverForEmployeeId && l.startDate <= s.date && l.endDate >= s.date,
          )
        : undefined;
      shifts.push({
        uid: `${owner.kind}:${s.key}@coverage-planner`,
        start: s.start,
        end: s.end,
        zone,
        shiftName: type.name,
        shiftCode: type.code,
        employeeName:
          owner.kind === 'team-rota' ? (names.get(s.employeeId) ?? 'Unknown') : undefined,
        coverFor: s.coverForEmployeeId
          ? {
              name: names.get(s.coverForEmployeeId) ?? 'a colleague',
              // Colleagues learn that someone is away, not why; managers see the leave type.
              reason: absence
                ? manager
                  ? (leaveTypes.get(absence.leaveTypeId) ?? 'away').toLowerCase()
                  : 'away'
                : undefined,
            }
          : undefined,
        description: s.note ?? undefined,
        sequence:
          type.version -
          1 +
          (inputs.team.version - 1) +
          (s.assignmentId ? (assignmentVersion.get(s.assignmentId) ?? 1) - 1 : 0),
      });
    }
  }
  const absences: FeedAbsence[] = [];
  const zones = new Set<string>();
  const homeZone = new Map(inputs.employees.map((e) => [e.id, e.homeTimeZone]));
  if (owner.kind !== 'team-rota') {
    for (const l of inputs.leave) {
      if (l.endDate < dates.from || l.startDate >= dates.to) continue;
      const own = l.employeeId === owner.employeeId;
      if (owner.kind === 'my-schedule' && !own) continue;
      if (owner.kind === 'team-absences' && l.status !== 'approved') continue;
      const type = leaveTypes.get(l.leaveTypeId) ?? 'Leave';
      const label = own || manager ? type : 'Away';
      const home = homeZone.get(l.employeeId) ?? zone;
      if (l.halfDay) zones.add(home);
      absences.push({
        uid: `${owner.kind}:leave:${l.id}@coverage-planner`,
        employeeName: owner.kind === 'my-schedule' ? '' : (names.get(l.employeeId) ?? 'Unknown'),
        startDate: l.startDate,
        endDate: l.endDate,
        halfDay: l.halfDay ?? undefined,
        label: l.status === 'pending' ? `${label} (requested)` : label,
        zone: home,
        sequence: l.version - 1,
      });
    }
  }
  zones.delete(zone);
  return { shifts, absences, zones: [...zones] };
}
