import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Page, PageRequest } from '../../common/http/pagination.js';
import { toManager, type Tx } from '../../database/data-source.js';
import { insertRow, updateVersioned } from '../../database/entity-writes.js';
import { CoverageRuleEntity } from './coverage-rule.entity.js';

export type CoverageRuleWrite = Partial<
  Omit<CoverageRuleEntity, 'id' | 'createdAt' | 'updatedAt' | 'version'>
>;

const FIELDS = { coverage_rule_skill_id_fkey: 'skillId', coverage_rule_team_id_fkey: 'teamId' };

@Injectable()
export class CoverageRuleRepository {
  constructor(private readonly dataSource: DataSource) {}

  find(id: string, tx?: Tx): Promise<CoverageRuleEntity | null> {
    return toManager(this.dataSource, tx).findOneBy(CoverageRuleEntity, { id });
  }

  forTeam(teamId: string, tx?: Tx): Promise<CoverageRuleEntity[]> {
    return toManager(this.dataSource, tx).find(CoverageRuleEntity, {
      where: { teamId },
      order: { priority: 'ASC', name: 'ASC' },
    });
  }

  async list(
    filter: { teamIds: string[] | 'all'; teamId?: string },
    page: PageRequest,
  ): Promise<Page<CoverageRuleEntity>> {
    const qb = this.dataSource.getRepository(CoverageRuleEntity).createQueryBuilder('r');
    if (filter.teamIds !== 'all') {
      if (filter.teamIds.length === 0) return { items: [], total: 0, ...page };
      qb.andWhere('r.team_id IN (:...teamIds)', { teamIds: filter.teamIds });
    }
    if (filter.teamId) qb.andWhere('r.team_id = :teamId', { teamId: filter.teamId });
    const [items, total] = await qb
      .orderBy('r.team_id')
      .addOrderBy('r.priority')
      .addOrderBy('r.name')
      .take(page.limit)
      .skip(page.offset)
      .getManyAndCount();
    return { items, total, ...page };
  }

  insert(tx: Tx, data: CoverageRuleWrite): Promise<string> {
    return insertRow(toManager(this.dataSource, tx), CoverageRuleEntity, data, FIELDS);
  }

  /** Compare-and-swap on the version when the caller sent one. */
  update(
    tx: Tx,
    id: string,
    data: Partial<CoverageRuleWrite>,
    expectedVersion?: number,
  ): Promise<boolean> {
    return updateVersioned(
      toManager(this.dataSource, tx),
      CoverageRuleEntity,
      id,
      data,
      expectedVersion,
      FIELDS,
    );
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await toManager(this.dataSource, tx).delete(CoverageRuleEntity, { id });
  }
}
