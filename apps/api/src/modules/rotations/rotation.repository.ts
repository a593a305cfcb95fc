import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { translateDbError } from '../../common/http/db-errors.js';
import type { Page, PageRequest } from '../../common/http/pagination.js';
import { toManager, type Tx } from '../../database/data-source.js';
import type { RotationMemberResponse, RotationResponse } from './dto/rotation.dto.js';

interface RotationRow {
  id: string;
  team_id: string;
  name: string;
  anchor_date: string;
  pattern: (string | null)[];
  version: number;
  members: RotationMemberResponse[];
}

const SELECT = `
  SELECT r.id, r.team_id, r.name, r.anchor_date, r.pattern, r.version,
         COALESCE((SELECT json_agg(json_build_object(
                     'id', m.id, 'employeeId', m.employee_id, 'offsetDays', m.offset_days,
                     'from', lower(m.period), 'to', upper(m.period)) ORDER BY lower(m.period), m.employee_id)
                     FROM rotation_member m WHERE m.rotation_id = r.id), '[]') AS members
    FROM rotation r`;

const toRotation = (r: RotationRow): RotationResponse => ({
  id: r.id,
  teamId: r.team_id,
  name: r.name,
  anchorDate: r.anchor_date,
  cycleDays: r.pattern.length,
  pattern: r.pattern,
  members: r.members,
  version: r.version,
});

const FIELDS = {
  rotation_member_rotation_id_employee_id_period_excl: 'members',
  rotation_member_employee_id_fkey: 'employeeId',
};

@Injectable()
export class RotationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(id: string, tx?: Tx): Promise<RotationResponse | null> {
    const rows: RotationRow[] = await toManager(this.dataSource, tx).query(
      `${SELECT} WHERE r.id = $1`,
      [id],
    );
    return rows[0] ? toRotation(rows[0]) : null;
  }

  async forTeam(teamId: string, tx?: Tx): Promise<RotationResponse[]> {
    const rows: RotationRow[] = await toManager(this.dataSource, tx).query(
      `${SELECT} WHERE r.team_id = $1 ORDER BY r.name, r.id`,
      [teamId],
    );
    return rows.map(toRotation);
  }

  async list(
    filter: { teamIds: string[] | 'all'; teamId?: string },
    page: PageRequest,
  ): Promise<Page<RotationResponse>> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.teamIds !== 'all') {
      params.push(filter.teamIds);
      where.push(`r.team_id = ANY($${params.length}::uuid[])`);
    }
    if (filter.teamId) {
      params.push(filter.teamId);
      where.push(`r.team_id = $${params.length}`);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, count] = await Promise.all([
      this.dataSource.query(
        `${SELECT} ${clause} ORDER BY r.name, r.id LIMIT ${page.limit} OFFSET ${page.offset}`,
        params,
      ) as Promise<RotationRow[]>,
      this.dataSource.query(
        `SELECT count(*)::int AS n FROM rotation r ${clause}`,
        params,
      ) as Promise<{ n: number }[]>,
    ]);
    return { items: rows.map(toRotation), total: count[0]!.n, ...page };
  }

  async insert(
    tx: Tx,
    data: { teamId: string; name: string; anchorDate: string; pattern: (string | null)[] },
  ): Promise<string> {
    const rows: { id: string }[] = await toManager(this.dataSource, tx).query(
      'INSERT INTO rotation (team_id, name, anchor_date, pattern) VALUES ($1, $2, $3, $4) RETURNING id',
      [data.teamId, data.name, data.anchorDate, JSON.stringify(data.pattern)],
    );
    return rows[0]!.id;
  }

  async update(
    tx: Tx,
    id: string,
    data: { name?: string; anchorDate?: string; pattern?: (string | null)[] },
    expectedVersion?: number,
  ): Promise<boolean> {
    const result: [unknown[], number] = await toManager(this.dataSource, tx).query(
      `UPDATE rotation SET name = COALESCE($2, name), anchor_date = COALESCE($3::date, anchor_date),
              pattern = COALESCE($4::jsonb, pattern), version = version + 1, updated_at = now()
        WHERE id = $1 AND ($5::int IS NULL OR version = $5)`,
      [
        id,
        data.name ?? null,
        data.anchorDate ?? null,
        data.pattern ? JSON.stringify(data.pattern) : null,
        expectedVersion ?? null,
      ],
    );
    return result[1] > 0;
  }

  async addMember(
    tx: Tx,
    rotationId: string,
    m: { employeeId: string; offsetDays: number; from: string; to: string | null },
  ): Promise<string> {
    try {
      const rows: { id: string }[] = await toManager(this.dataSource, tx).query(
        `INSERT INTO rotation_member (rotation_id, employee_id, offset_days, period)
         VALUES ($1, $2, $3, daterange($4::date, $5::date)) RETURNING id`,
        [rotationId, m.employeeId, m.offsetDays, m.from, m.to],
      );
      return rows[0]!.id;
    } catch (error) {
      translateDbError(error, FIELDS);
    }
  }

  /** Ends a membership on `date` (exclusive); the days before stay as they were. */
  async endMember(tx: Tx, memberId: string, date: string): Promise<void> {
    await toManager(this.dataSource, tx).query(
      'UPDATE rotation_member SET period = daterange(lower(period), $2::date) WHERE id = $1',
      [memberId, date],
    );
  }

  async deleteMember(tx: Tx, memberId: string): Promise<void> {
    await toManager(this.dataSource, tx).query('DELETE FROM rotation_member WHERE id = $1', [
      memberId,
    ]);
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await toManager(this.dataSource, tx).query('DELETE FROM rotation WHERE id = $1', [id]);
  }

  /** Team ids of the given employees (to check that members belong to the rotation's team). */
  async employeeTeams(ids: string[], tx?: Tx): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; team_id: string }[] = await toManager(this.dataSource, tx).query(
      'SELECT id, team_id FROM employee WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.team_id]));
  }
}
