import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { translateDbError } from '../../common/http/db-errors.js';
import type { Page, PageRequest } from '../../common/http/pagination.js';
import { toManager, type Tx } from '../../database/data-source.js';
import { insertRow, replaceLinks, updateVersioned } from '../../database/entity-writes.js';
import { ShiftTypeEntity } from './shift-type.entity.js';

export interface ShiftTypeRecord extends ShiftTypeEntity {
  requiredSkillIds: string[];
  cannotBeFollowedBy: string[];
}

export type ShiftTypeWrite = Partial<
  Pick<ShiftTypeEntity, 'teamId' | 'code' | 'name' | 'startTime' | 'endTime' | 'colour'>
>;

const FIELDS = {
  shift_type_code_key: 'code',
  shift_type_team_id_fkey: 'teamId',
  shift_type_skill_skill_id_fkey: 'requiredSkillIds',
  forbidden_shift_sequence_next_shift_type_id_fkey: 'cannotBeFollowedBy',
};

@Injectable()
export class ShiftTypeRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(id: string, tx?: Tx): Promise<ShiftTypeRecord | null> {
    const found = await toManager(this.dataSource, tx).findOneBy(ShiftTypeEntity, { id });
    return found ? (await this.withSkills([found], tx))[0]! : null;
  }

  async list(
    filter: { teamIds: string[] | 'all'; teamId?: string },
    page: PageRequest,
  ): Promise<Page<ShiftTypeRecord>> {
    const qb = this.dataSource.getRepository(ShiftTypeEntity).createQueryBuilder('st');
    if (filter.teamIds !== 'all') {
      if (filter.teamIds.length === 0) return { items: [], total: 0, ...page };
      qb.andWhere('st.team_id IN (:...teamIds)', { teamIds: filter.teamIds });
    }
    if (filter.teamId) qb.andWhere('st.team_id = :teamId', { teamId: filter.teamId });
    const [items, total] = await qb
      .orderBy('st.team_id')
      .addOrderBy('st.start_time')
      .addOrderBy('st.code')
      .take(page.limit)
      .skip(page.offset)
      .getManyAndCount();
    return { items: await this.withSkills(items), total, ...page };
  }

  insert(tx: Tx, data: ShiftTypeWrite): Promise<string> {
    return insertRow(toManager(this.dataSource, tx), ShiftTypeEntity, data, FIELDS);
  }

  /** Compare-and-swap on the version when the caller sent one. */
  update(
    tx: Tx,
    id: string,
    data: Partial<ShiftTypeWrite>,
    expectedVersion?: number,
  ): Promise<boolean> {
    return updateVersioned(
      toManager(this.dataSource, tx),
      ShiftTypeEntity,
      id,
      data,
      expectedVersion,
      FIELDS,
    );
  }

  setSkills(tx: Tx, shiftTypeId: string, skillIds: string[]): Promise<void> {
    const link = { table: 'shift_type_skill', owner: 'shift_type_id', target: 'skill_id' };
    return replaceLinks(toManager(this.dataSource, tx), link, shiftTypeId, skillIds, FIELDS);
  }

  setCannotBeFollowedBy(tx: Tx, shiftTypeId: string, nextIds: string[]): Promise<void> {
    const link = {
      table: 'forbidden_shift_sequence',
      owner: 'shift_type_id',
      target: 'next_shift_type_id',
    };
    return replaceLinks(toManager(this.dataSource, tx), link, shiftTypeId, nextIds, FIELDS);
  }

  /** Of `ids`, those that are not shift types of the team. */
  async notInTeam(teamId: string, ids: string[], tx?: Tx): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: { id: string }[] = await toManager(this.dataSource, tx).query(
      `SELECT id FROM unnest($2::uuid[]) AS given(id)
        WHERE NOT EXISTS (SELECT 1 FROM shift_type st WHERE st.id = given.id AND st.team_id = $1)`,
      [teamId, ids],
    );
    return rows.map((r) => r.id);
  }

  /** Rotations whose pattern names the shift type (a JSON array, so no foreign key guards it). */
  async rotationsUsing(id: string, tx?: Tx): Promise<string[]> {
    const rows: { name: string }[] = await toManager(this.dataSource, tx).query(
      `SELECT name FROM rotation WHERE pattern @> jsonb_build_array($1::text) ORDER BY name`,
      [id],
    );
    return rows.map((r) => r.name);
  }

  async delete(tx: Tx, id: string): Promise<void> {
    try {
      await toManager(this.dataSource, tx).delete(ShiftTypeEntity, { id });
    } catch (error) {
      translateDbError(error, FIELDS);
    }
  }

  private async withSkills(items: ShiftTypeEntity[], tx?: Tx): Promise<ShiftTypeRecord[]> {
    if (items.length === 0) return [];
    const manager = toManager(this.dataSource, tx);
    const ids = items.map((i) => i.id);
    const skills: { owner: string; target: string }[] = await manager.query(
      'SELECT shift_type_id AS owner, skill_id AS target FROM shift_type_skill WHERE shift_type_id = ANY($1::uuid[]) ORDER BY skill_id',
      [ids],
    );
    const next: { owner: string; target: string }[] = await manager.query(
      `SELECT f.shift_type_id AS owner, f.next_shift_type_id AS target
         FROM forbidden_shift_sequence f JOIN shift_type st ON st.id = f.next_shift_type_id
        WHERE f.shift_type_id = ANY($1::uuid[]) ORDER BY st.start_time, st.code`,
      [ids],
    );
    const of = (rows: { owner: string; target: string }[], id: string) =>
      rows.filter((r) => r.owner === id).map((r) => r.target);
    return items.map((item) =>
      Object.assign(item, {
        requiredSkillIds: of(skills, item.id),
        cannotBeFollowedBy: of(next, item.id),
      }),
    );
  }
}
