import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toManager, type Tx } from '../../database/data-source.js';
import { insertRow, replaceLinks, updateVersioned } from '../../database/entity-writes.js';
import { translateDbError } from '../../common/http/db-errors.js';
import type { Page, PageRequest } from '../../common/http/pagination.js';
import { TeamEntity } from './team.entity.js';

export interface TeamRecord extends TeamEntity {
  managerIds: string[];
}

export interface TeamWrite {
  name: string;
  timeZone: string;
  countryCode: string;
  regionCode: string | null;
  maxPeopleOff?: number | null;
  allowNegativeBalance?: boolean;
}

const FIELDS = { team_name_key: 'name', team_manager_employee_id_fkey: 'managerIds' };

@Injectable()
export class TeamRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(id: string, tx?: Tx): Promise<TeamRecord | null> {
    const team = await toManager(this.dataSource, tx).findOneBy(TeamEntity, { id });
    if (!team) return null;
    return (await this.withManagers([team], tx))[0]!;
  }

  async list(
    filter: { teamIds: string[] | 'all'; q?: string },
    page: PageRequest,
  ): Promise<Page<TeamRecord>> {
    const qb = this.dataSource.getRepository(TeamEntity).createQueryBuilder('t');
    if (filter.teamIds !== 'all') {
      if (filter.teamIds.length === 0) return { items: [], total: 0, ...page };
      qb.andWhere('t.id IN (:...ids)', { ids: filter.teamIds });
    }
    if (filter.q) qb.andWhere('t.name ILIKE :q', { q: `%${escapeLike(filter.q)}%` });
    const [teams, total] = await qb
      .orderBy('lower(t.name)')
      .take(page.limit)
      .skip(page.offset)
      .getManyAndCount();
    return { items: await this.withManagers(teams), total, ...page };
  }

  insert(tx: Tx, data: TeamWrite): Promise<string> {
    return insertRow(toManager(this.dataSource, tx), TeamEntity, data, FIELDS);
  }

  /** Compare-and-swap on the version when the caller sent one. */
  update(tx: Tx, id: string, data: Partial<TeamWrite>, expectedVersion?: number): Promise<boolean> {
    return updateVersioned(
      toManager(this.dataSource, tx),
      TeamEntity,
      id,
      data,
      expectedVersion,
      FIELDS,
    );
  }

  setManagers(tx: Tx, teamId: string, employeeIds: string[]): Promise<void> {
    const link = { table: 'team_manager', owner: 'team_id', target: 'employee_id' };
    return replaceLinks(toManager(this.dataSource, tx), link, teamId, employeeIds, FIELDS);
  }

  /** Employees and shift types that still point at the team. */
  async dependants(teamId: string, tx?: Tx): Promise<{ employees: number; shiftTypes: number }> {
    const rows: { employees: string; shift_types: string }[] = await toManager(
      this.dataSource,
      tx,
    ).query(
      `SELECT (SELECT count(*) FROM employee WHERE team_id = $1) AS employees,
              (SELECT count(*) FROM shift_type WHERE team_id = $1) AS shift_types`,
      [teamId],
    );
    return { employees: Number(rows[0]!.employees), shiftTypes: Number(rows[0]!.shift_types) };
  }

  async delete(tx: Tx, id: string): Promise<void> {
    try {
      await toManager(this.dataSource, tx).delete(TeamEntity, { id });
    } catch (error) {
      translateDbError(error, FIELDS);
    }
  }

  private async withManagers(teams: TeamEntity[], tx?: Tx): Promise<TeamRecord[]> {
    if (teams.length === 0) return [];
    const rows: { team_id: string; employee_id: string }[] = await toManager(
      this.dataSource,
      tx,
    ).query(
      'SELECT team_id, employee_id FROM team_manager WHERE team_id = ANY($1::uuid[]) ORDER BY employee_id',
      [teams.map((t) => t.id)],
    );
    return teams.map((team) =>
      Object.assign(team, {
        managerIds: rows.filter((r) => r.team_id === team.id).map((r) => r.employee_id),
      }),
    );
  }
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
