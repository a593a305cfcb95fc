import { Injectable } from '@nestjs/common';
import { forbidden } from '../../common/auth/access.js';
import type { Caller } from '../../common/auth/caller.js';
import { type Page, pageRequest, type PageQuery } from '../../common/http/pagination.js';
import { AuditRepository } from './audit.repository.js';

export interface AuditEntryResponse {
  id: string;
  at: string;
  actorId: string | null;
  teamId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** Admins read the whole trail; managers the entries of their teams. */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  async list(
    caller: Caller,
    query: PageQuery & { entity?: string; entityId?: string },
  ): Promise<Page<AuditEntryResponse>> {
    if (caller.role === 'employee')
      throw forbidden('Only managers and admins may read the audit log.');
    const page = await this.audit.list(
      {
        teamIds: caller.role === 'admin' ? 'all' : caller.managedTeamIds,
        entity: query.entity,
        entityId: query.entityId,
      },
      pageRequest(query),
    );
    return {
      ...page,
      items: page.items.map((a) => ({
        id: String(a.id),
        at: new Date(a.at).toISOString(),
        actorId: a.actorId,
        teamId: a.teamId,
        action: a.action,
        entity: a.entity,
        entityId: a.entityId,
        before: a.before,
        after: a.after,
      })),
    };
  }
}
