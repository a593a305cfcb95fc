import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError } from '@planner/domain';
import { assertManageTeam, canManageTeam, canSeeTeam, notFound } from '../../common/auth/access.js';
import type { Caller } from '../../common/auth/caller.js';
import { UnitOfWork } from '../../database/unit-of-work.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { EmployeeRepository } from '../employees/employee.repository.js';
import { CalendarFeedRepository, type FeedRecord } from './calendar-feed.repository.js';
import type {
  CalendarFeedResponse,
  CalendarFeedSecret,
  CreateCalendarFeedDto,
} from './dto/calendar-feed.dto.js';

const present = (f: FeedRecord): CalendarFeedResponse => ({
  id: f.id,
  employeeId: f.employeeId,
  kind: f.kind,
  teamId: f.teamId,
  createdAt: new Date(f.createdAt).toISOString(),
  rotatedAt: f.rotatedAt ? new Date(f.rotatedAt).toISOString() : null,
  lastFetchedAt: f.lastFetchedAt ? new Date(f.lastFetchedAt).toISOString() : null,
});

/** 256 bits from the CSPRNG, URL-safe; never a UUID, never stored in clear. */
export function newFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Creating, rotating and revoking calendar subscriptions (owners, and managers for their staff). */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly feeds: CalendarFeedRepository,
    private readonly employees: EmployeeRepository,
    private readonly audit: AuditRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async list(caller: Caller, employeeId = caller.id): Promise<{ items: CalendarFeedResponse[] }> {
    await this.ownerFor(caller, employeeId);
    return { items: (await this.feeds.list(employeeId)).map(present) };
  }

  async create(caller: Caller, dto: CreateCalendarFeedDto): Promise<CalendarFeedSecret> {
    const owner = await this.ownerFor(caller, dto.employeeId ?? caller.id);
    const teamId = dto.kind === 'my-schedule' ? null : dto.teamId!;
    if (dto.kind === 'my-schedule' && dto.teamId) {
      throw DomainError.validation([{ field: 'teamId', reason: 'is only for team feeds' }]);
    }
    if (teamId !== null) {
      const ownerAccess = {
        ...caller,
        id: owner.id,
        role: owner.role,
        teamId: owner.teamId,
        managedTeamIds: owner.managedTeamIds,
      };
      if (!canSeeTeam(caller, teamId) || !canSeeTeam(ownerAccess, teamId))
        throw notFound('Team', teamId);
    }
    const token = newFeedToken();
    const id = await this.unitOfWork.run(async (tx) => {
      const feedId = await this.feeds.insert(tx, {
        employeeId: owner.id,
        kind: dto.kind,
        teamId,
        token,
      });
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId: owner.teamId,
        action: 'calendar-feed.created',
        entity: 'calendar-feed',
        entityId: feedId,
        after: { kind: dto.kind, teamId, employeeId: owner.id },
      });
      return feedId;
    });
    return this.secret((await this.feeds.find(id))!, token);
  }

  /** A new secret URL; the old one answers 404 from this moment. */
  async rotate(caller: Caller, id: string): Promise<CalendarFeedSecret> {
    const feed = await this.visible(caller, id);
    const token = newFeedToken();
    await this.unitOfWork.run(async (tx) => {
      await this.feeds.rotate(tx, id, token);
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId: null,
        action: 'calendar-feed.rotated',
        entity: 'calendar-feed',
        entityId: id,
      });
    });
    return this.secret({ ...feed, rotatedAt: new Date() }, token);
  }

  async revoke(caller: Caller, id: string): Promise<void> {
    await this.visible(caller, id);
    await this.unitOfWork.run(async (tx) => {
      await this.feeds.revoke(tx, id);
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId: null,
        action: 'calendar-feed.revoked',
        entity: 'calendar-feed',
        entityId: id,
      });
    });
  }

  private secret(feed: FeedRecord, token: string): CalendarFeedSecret {
    return { ...present(feed), token, path: `/ical/${token}.ics` };
  }

  private async visible(caller: Caller, id: string): Promise<FeedRecord> {
    const feed = await this.feeds.find(id);
    if (!feed) throw notFound('Calendar feed', id);
    try {
      await this.ownerFor(caller, feed.employeeId);
    } catch {
      throw notFound('Calendar feed', id);
    }
    return feed;
  }

  /** The caller themself, or someone on a team they manage. */
  private async ownerFor(caller: Caller, employeeId: string) {
    const owner = await this.employees.find(employeeId);
    if (!owner || (owner.id !== caller.id && !canSeeTeam(caller, owner.teamId)))
      throw notFound('Employee', employeeId);
    if (owner.id !== caller.id) assertManageTeam(caller, owner.teamId, 'Employee', employeeId);
    if (!owner.active)
      throw DomainError.validation([{ field: 'employeeId', reason: 'is deactivated' }]);
    return { ...owner, canManage: canManageTeam(caller, owner.teamId) };
  }
}
