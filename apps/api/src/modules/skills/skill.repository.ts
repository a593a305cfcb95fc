import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { translateDbError } from '../../common/http/db-errors.js';
import type { Page, PageRequest } from '../../common/http/pagination.js';
import { toManager, type Tx } from '../../database/data-source.js';
import { insertRow } from '../../database/entity-writes.js';
import { escapeLike } from '../teams/team.repository.js';
import type { SkillCategory } from './dto/skill.dto.js';
import { SkillEntity } from './skill.entity.js';

const FIELDS = { skill_code_key: 'code' };

@Injectable()
export class SkillRepository {
  constructor(private readonly dataSource: DataSource) {}

  find(id: string, tx?: Tx): Promise<SkillEntity | null> {
    return toManager(this.dataSource, tx).findOneBy(SkillEntity, { id });
  }

  async list(
    filter: { category?: SkillCategory; q?: string },
    page: PageRequest,
  ): Promise<Page<SkillEntity>> {
    const qb = this.dataSource.getRepository(SkillEntity).createQueryBuilder('s');
    if (filter.category) qb.andWhere('s.category = :category', { category: filter.category });
    if (filter.q) {
      qb.andWhere('(s.code ILIKE :q OR s.name ILIKE :q)', { q: `%${escapeLike(filter.q)}%` });
    }
    const [items, total] = await qb
      .orderBy('s.category')
      .addOrderBy('s.code')
      .take(page.limit)
      .skip(page.offset)
      .getManyAndCount();
    return { items, total, ...page };
  }

  /** The ids among `ids` that exist. */
  async existing(ids: string[], tx?: Tx): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await toManager(this.dataSource, tx).query(
      'SELECT id FROM skill WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Set(rows.map((r) => r.id));
  }

  insert(tx: Tx, data: { code: string; name: string; category: SkillCategory }): Promise<string> {
    return insertRow(toManager(this.dataSource, tx), SkillEntity, data, FIELDS);
  }

  async update(
    tx: Tx,
    id: string,
    data: { name?: string; category?: SkillCategory },
  ): Promise<void> {
    await toManager(this.dataSource, tx).update(
      SkillEntity,
      { id },
      { ...data, updatedAt: () => 'now()' },
    );
  }

  async usage(id: string, tx?: Tx): Promise<number> {
    const rows: { n: string }[] = await toManager(this.dataSource, tx).query(
      `SELECT (SELECT count(*) FROM employee_skill WHERE skill_id = $1)
            + (SELECT count(*) FROM shift_type_skill WHERE skill_id = $1) AS n`,
      [id],
    );
    return Number(rows[0]!.n);
  }

  async delete(tx: Tx, id: string): Promise<void> {
    try {
      await toManager(this.dataSource, tx).delete(SkillEntity, { id });
    } catch (error) {
      translateDbError(error, FIELDS);
    }
  }
}
