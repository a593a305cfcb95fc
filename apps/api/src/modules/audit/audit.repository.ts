import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toManager, type Tx } from '../../database/data-source.js';
import type { Page, PageRequest } from '../../common/http/pagination.js';
import { AuditLogEntity } from './audit-log.entity.js';

export interface AuditEntry {
  actorId: string | null;
  teamId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditFilter {
  teamIds: string[] | 'all';
  entity?: string;
  entityId?: string;
}

@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Must be given the transaction of the change it records. */
  async append(tx: Tx, entry: AuditEntry): Promise<void> {
    await toManager(this.dataSource, tx).query(
      `INSERT INTO audit_log (actor_id, team_id, action, entity, entity_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.actorId,
        entry.teamId,
        entry.action,
        entry.entity,
        entry.entityId,
        entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before),
        entry.after === undefined || entry.after === null ? null : JSON.stringify(entry.after),
      ],
    );
  }

  async list(filter: AuditFilter, page: PageRequest): Promise<Page<AuditLogEntity>> {
    const qb = this.dataSource.getRepository(AuditLogEntity).createQueryBuilder('a');
    if (filter.teamIds !== 'all') {
      if (filter.teamIds.length === 0) return { items: [], total: 0, ...page };
      qb.andWhere('a.team_id IN (:...teamIds)', { teamIds: filter.teamIds });
    }
    if (filter.entity) qb.andWhere('a.entity = :entity', { entity: filter.entity });
    if (filter.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    const [items, total] = await qb
      .orderBy('a.id', 'DESC')
      .take(page.limit)
      .skip(page.offset)
      .getManyAndCount();
    return { items, total, ...page };
  }
}
