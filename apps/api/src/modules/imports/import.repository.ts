import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toManager, type Tx } from '../../database/data-source.js';

@Injectable()
export class ImportRepository {
  constructor(private readonly dataSource: DataSource) {}

  async skillsByCode(): Promise<Map<string, string>> {
    const rows: { id: string; code: string }[] = await this.dataSource.query(
      'SELECT id, code FROM skill',
    );
    return new Map(rows.map((r) => [r.code, r.id]));
  }

  async existingEmails(emails: string[]): Promise<Set<string>> {
    const rows: { email: string }[] = await this.dataSource.query(
      'SELECT lower(email) AS email FROM employee WHERE lower(email) = ANY($1::text[])',
      [emails],
    );
    return new Set(rows.map((r) => r.email));
  }

  async teamEmployeesByEmail(teamId: string): Promise<Map<string, { id: string }>> {
    const rows: { id: string; email: string }[] = await this.dataSource.query(
      'SELECT id, lower(email) AS email FROM employee WHERE team_id = $1 AND active',
      [teamId],
    );
    return new Map(rows.map((r) => [r.email, { id: r.id }]));
  }

  /** Pending or approved leave of the person overlapping the dates (same half-day rule as the constraint). */
  async hasLeave(
    employeeId: string,
    start: string,
    end: string,
    half: string | null,
  ): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM leave_request
        WHERE employee_id = $1 AND status IN ('pending', 'approved')
          AND halves && int4range(($2::date - DATE '2000-01-01') * 2 + CASE WHEN $4 = 'pm' THEN 1 ELSE 0 END,
                                  ($3::date + 1 - DATE '2000-01-01') * 2 - CASE WHEN $4 = 'am' THEN 1 ELSE 0 END)
        LIMIT 1`,
      [employeeId, start, end, half],
    );
    return rows.length > 0;
  }

  async insertEmployee(
    tx: Tx,
    e: {
      teamId: string;
      name: string;
      email: string;
      homeTimeZone: string;
      weeklyMinutes: number | null;
      annualLeaveDays: number | null;
      skillIds: string[];
    },
  ): Promise<string> {
    const m = toManager(this.dataSource, tx);
    const [row] = (await m.query(
      `INSERT INTO employee (team_id, name, email, home_time_zone, weekly_minutes, annual_leave_days)
       VALUES ($1, $2, $3, $4, COALESCE($5, 2400), COALESCE($6, 26)) RETURNING id`,
      [e.teamId, e.name, e.email, e.homeTimeZone, e.weeklyMinutes, e.annualLeaveDays],
    )) as [{ id: string }];
    if (e.skillIds.length > 0) {
      await m.query(
        'INSERT INTO employee_skill (employee_id, skill_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING',
        [row.id, e.skillIds],
      );
    }
    return row.id;
  }
}
