import { Injectable } from '@nestjs/common';
import { DomainError } from '@planner/domain';
import { DataSource } from 'typeorm';
import { translateDbError } from '../../common/http/db-errors.js';
import { toManager, type Tx } from '../../database/data-source.js';
import type { AssignmentResponse } from './dto/assignment.dto.js';

const SELECT = `
  SELECT id, team_id AS "teamId", employee_id AS "employeeId", shift_type_id AS "shiftTypeId",
         roster_date AS date, starts_at AS start, ends_at AS "end", source,
         cover_for_employee_id AS "coverForEmployeeId", replaces_key AS "replacesKey", pinned, note, version
    FROM assignment`;

type Row = Omit<AssignmentResponse, 'start' | 'end'> & { start: Date; end: Date };
const toResponse = (r: Row): AssignmentResponse => ({
  ...r,
  start: r.start.toISOString(),
  end: r.end.toISOString(),
});

export interface AssignmentWrite {
  teamId: string;
  employeeId: string;
  shiftTypeId: string;
  date: string;
  start: Date;
  end: Date;
  source: 'manual' | 'solver';
  coverForEmployeeId: string | null;
  replacesKey: string | null;
  pinned: boolean;
  note: string | null;
  createdBy: string | null;
}

const FIELDS = {
  assignment_replaces_key: 'replacesKey',
  assignment_employee_id_fkey: 'employeeId',
  assignment_cover_for_employee_id_fkey: 'coverForEmployeeId',
};

/** The database refuses overlapping shifts for one person (exclusion constraint). */
function rethrow(error: unknown): never {
  const e = error as {
    driverError?: { code?: string; constraint?: string };
    code?: string;
    constraint?: string;
  };
  const pg = e.driverError ?? e;
  if (pg.code === '23P01' && pg.constraint === 'assignment_no_overlap') {
    throw new DomainError(
      'ASSIGNMENT_OVERLAP',
      'The employee already works a shift that overlaps this one.',
      {
        errors: [{ field: 'employeeId', reason: 'already works an overlapping shift' }],
      },
    );
  }
  translateDbError(error, FIELDS);
}

@Injectable()
export class AssignmentRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(id: string, tx?: Tx): Promise<AssignmentResponse | null> {
    const rows: Row[] = await toManager(this.dataSource, tx).query(`${SELECT} WHERE id = $1`, [id]);
    return rows[0] ? toResponse(rows[0]) : null;
  }

  async insert(tx: Tx, a: AssignmentWrite): Promise<string> {
    try {
      const rows: { id: string }[] = await toManager(this.dataSource, tx).query(
        `INSERT INTO assignment (team_id, employee_id, shift_type_id, roster_date, starts_at, ends_at, source,
                                 cover_for_employee_id, replaces_key, pinned, note, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
        [
          a.teamId,
          a.employeeId,
          a.shiftTypeId,
          a.date,
          a.start,
          a.end,
          a.source,
          a.coverForEmployeeId,
          a.replacesKey,
          a.pinned,
          a.note,
          a.createdBy,
        ],
      );
      return rows[0]!.id;
    } catch (error) {
      rethrow(error);
    }
  }

  async update(
    tx: Tx,
    id: string,
    changes: {
      employeeId?: string;
      coverForEmployeeId?: string | null;
      pinned?: boolean;
      note?: string | null;
    },
    expectedVersion?: number,
  ): Promise<boolean> {
    try {
      const result: [unknown[], number] = await toManager(this.dataSource, tx).query(
        `UPDATE assignment SET
            employee_id = COALESCE($2, employee_id),
            cover_for_employee_id = CASE WHEN $3 THEN $4::uuid ELSE cover_for_employee_id END,
            pinned = COALESCE($5, pinned),
            note = CASE WHEN $6 THEN $7 ELSE note END,
            version = version + 1, updated_at = now()
          WHERE id = $1 AND ($8::int IS NULL OR version = $8)`,
        [
          id,
          changes.employeeId ?? null,
          changes.coverForEmployeeId !== undefined,
          changes.coverForEmployeeId ?? null,
          changes.pinned ?? null,
          changes.note !== undefined,
          changes.note ?? null,
          expectedVersion ?? null,
        ],
      );
      return result[1] > 0;
    } catch (error) {
      rethrow(error);
    }
  }

  async delete(tx: Tx, id: string): Promise<void> {
    await toManager(this.dataSource, tx).query('DELETE FROM assignment WHERE id = $1', [id]);
  }

  async cancelOccurrence(
    tx: Tx,
    e: {
      key: string;
      teamId: string;
      date: string;
      source: 'manual' | 'solver';
      reason: string | null;
      createdBy: string;
    },
  ): Promise<boolean> {
    const rows: unknown[] = await toManager(this.dataSource, tx).query(
      `INSERT INTO rotation_exception (occurrence_key, team_id, roster_date, source, reason, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING occurrence_key`,
      [e.key, e.teamId, e.date, e.source, e.reason, e.createdBy],
    );
    return rows.length > 0;
  }

  async restoreOccurrence(tx: Tx, key: string): Promise<boolean> {
    const result: [unknown[], number] = await toManager(this.dataSource, tx).query(
      'DELETE FROM rotation_exception WHERE occurrence_key = $1',
      [key],
    );
    return result[1] > 0;
  }

  async employeeTeam(
    employeeId: string,
    tx?: Tx,
  ): Promise<{ teamId: string; active: boolean; skillIds: string[] } | null> {
    const rows: { team_id: string; active: boolean; skill_ids: string[] }[] = await toManager(
      this.dataSource,
      tx,
    ).query(
      `SELECT e.team_id, e.active, COALESCE(array_agg(es.skill_id) FILTER (WHERE es.skill_id IS NOT NULL), '{}') AS skill_ids
         FROM employee e LEFT JOIN employee_skill es ON es.employee_id = e.id WHERE e.id = $1 GROUP BY e.id`,
      [employeeId],
    );
    const r = rows[0];
    return r ? { teamId: r.team_id, active: r.active, skillIds: r.skill_ids } : null;
  }
}
