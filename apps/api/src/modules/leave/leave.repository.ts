import { Injectable } from '@nestjs/common';
import { DomainError } from '@planner/domain';
import { DataSource } from 'typeorm';
import { translateDbError } from '../../common/http/db-errors.js';
import type { Page, PageRequest } from '../../common/http/pagination.js';
import { toManager, type Tx } from '../../database/data-source.js';
import type { LeaveStatus } from './dto/leave.dto.js';

/** A stored leave with inclusive dates (the daterange's upper bound is exclusive). */
export interface LeaveRecord {
  id: string;
  employeeId: string;
  teamId: string;
  leaveTypeId: string;
  startDate: string;
  endDate: string;
  halfDay: 'am' | 'pm' | null;
  status: LeaveStatus;
  days: number;
  reason: string | null;
  handoverNote: string | null;
  requestedBy: string;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionComment: string | null;
  overrideReason: string | null;
  createdAt: Date;
  version: number;
}

const SELECT = `
  SELECT id, employee_id AS "employeeId", team_id AS "teamId", leave_type_id AS "leaveTypeId",
         lower(dates) AS "startDate", (upper(dates) - 1)::date AS "endDate", half_day AS "halfDay", status,
         days::float8 AS days, reason, handover_note AS "handoverNote", requested_by AS "requestedBy",
         decided_by AS "decidedBy", decided_at AS "decidedAt", decision_comment AS "decisionComment",
         override_reason AS "overrideReason", created_at AS "createdAt", version
    FROM leave_request`;

export interface LeaveFilter {
  teamIds: string[] | 'all';
  teamId?: string;
  employeeId?: string;
  /** Restricts to these employees (an employee sees their own and their team's). */
  status?: LeaveStatus;
  from?: string;
  to?: string;
  /** Pending requests of these teams (an approver's inbox). */
  inboxTeamIds?: string[];
}

/** Everything about an employee that leave rules need, read under a row lock. */
export interface LeaveHolder {
  id: string;
  teamId: string;
  homeTimeZone: string;
  active: boolean;
  annualLeaveDays: number;
  carryOverCapDays: number;
  workingWeekdays: number[];
  employmentStart: string | null;
  employmentEnd: string | null;
  countryCode: string;
  regionCode: string | null;
  teamTimeZone: string;
  maxPeopleOff: number | null;
  allowNegativeBalance: boolean;
}

export interface LedgerEntry {
  id: string;
  year: number;
  kind: 'allowance' | 'deduction' | 'refund' | 'carry-over' | 'adjustment';
  days: number;
  leaveRequestId: string | null;
  note: string | null;
  at: Date;
}

export interface LeaveTypeRecord {
  id: string;
  code: string;
  name: string;
  countsAgainstAllowance: boolean;
  requiresApproval: boolean;
  colour: string;
}

@Injectable()
export class LeaveRepository {
  constructor(private readonly dataSource: DataSource) {}

  private m(tx?: Tx) {
    return toManager(this.dataSource, tx);
  }

  async find(id: string, tx?: Tx): Promise<LeaveRecord | null> {
    const rows: LeaveRecord[] = await this.m(tx).query(`${SELECT} WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  async list(filter: LeaveFilter, page: PageRequest): Promise<Page<LeaveRecord>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (filter.teamIds !== 'all') add('team_id = ANY(?::uuid[])', filter.teamIds);
    if (filter.teamId) add('team_id = ?', filter.teamId);
    if (filter.employeeId) add('employee_id = ?', filter.employeeId);
    if (filter.status) add('status = ?', filter.status);
    if (filter.from) add('upper(dates) > ?::date', filter.from);
    if (filter.to) add('lower(dates) <= ?::date', filter.to);
    if (filter.inboxTeamIds) {
      add('team_id = ANY(?::uuid[])', filter.inboxTeamIds);
      where.push(`status = 'pending'`);
    }
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, count] = await Promise.all([
      this.dataSource.query(
        `${SELECT} ${clause} ORDER BY lower(dates), created_at LIMIT ${page.limit} OFFSET ${page.offset}`,
        params,
      ) as Promise<LeaveRecord[]>,
      this.dataSource.query(
        `SELECT count(*)::int AS n FROM leave_request ${clause}`,
        params,
      ) as Promise<{ n: number }[]>,
    ]);
    return { items: rows, total: count[0]!.n, ...page };
  }

  /** Reads the employee and locks their row: leave of one person is decided one at a time. */
  async lockHolder(employeeId: string, tx: Tx): Promise<LeaveHolder | null> {
    await this.m(tx).query('SELECT 1 FROM employee WHERE id = $1 FOR UPDATE', [employeeId]);
    return this.holder(employeeId, tx);
  }

  async holder(employeeId: string, tx?: Tx): Promise<LeaveHolder | null> {
    const rows: LeaveHolder[] = await this.m(tx).query(
      `SELECT e.id, e.team_id AS "teamId", e.home_time_zone AS "homeTimeZone", e.active,
              e.annual_leave_days::float8 AS "annualLeaveDays", e.carry_over_cap_days::float8 AS "carryOverCapDays",
              e.working_weekdays AS "workingWeekdays", e.employment_start AS "employmentStart",
              e.employment_end AS "employmentEnd", t.country_code AS "countryCode", t.region_code AS "regionCode",
              t.time_zone AS "teamTimeZone", t.max_people_off AS "maxPeopleOff",
              t.allow_negative_balance AS "allowNegativeBalance"
         FROM employee e JOIN team t ON t.id = e.team_id WHERE e.id = $1`,
      [employeeId],
    );
    return rows[0] ?? null;
  }

  /** Serialises decisions that could together break a team's minimum coverage. */
  async lockTeam(teamId: string, tx: Tx): Promise<void> {
    await this.m(tx).query('SELECT pg_advisory_xact_lock(hashtextextended($1, 7))', [
      `leave-approval:${teamId}`,
    ]);
  }

  async insert(
    tx: Tx,
    r: {
      employeeId: string;
      teamId: string;
      leaveTypeId: string;
      startDate: string;
      endDate: string;
      halfDay: 'am' | 'pm' | null;
      status: LeaveStatus;
      days: number;
      reason: string | null;
      handoverNote: string | null;
      requestedBy: string;
      decidedBy: string | null;
      overrideReason: string | null;
    },
  ): Promise<string> {
    try {
      const rows: { id: string }[] = await this.m(tx).query(
        `INSERT INTO leave_request (employee_id, team_id, leave_type_id, dates, half_day, status, days, reason,
                                    handover_note, requested_by, decided_by, decided_at, override_reason)
         VALUES ($1, $2, $3, daterange($4::date, $5::date + 1), $6, $7, $8, $9, $10, $11, $12,
                 CASE WHEN $12::uuid IS NULL THEN NULL ELSE now() END, $13)
         RETURNING id`,
        [
          r.employeeId,
          r.teamId,
          r.leaveTypeId,
          r.startDate,
          r.endDate,
          r.halfDay,
          r.status,
          r.days,
          r.reason,
          r.handoverNote,
          r.requestedBy,
          r.decidedBy,
          r.overrideReason,
        ],
      );
      return rows[0]!.id;
    } catch (error) {
      const pg =
        (error as { driverError?: { code?: string; constraint?: string } }).driverError ??
        (error as { code?: string; constraint?: string });
      if (pg.code === '23P01' && pg.constraint === 'leave_no_overlap') {
        throw new DomainError(
          'LEAVE_OVERLAP',
          'The employee already has pending or approved leave on these dates.',
          {
            errors: [{ field: 'startDate', reason: 'overlaps pending or approved leave' }],
          },
        );
      }
      translateDbError(error, { leave_request_leave_type_id_fkey: 'leaveTypeId' });
    }
  }

  /** Compare-and-swap on status and version; false when someone else got there first. */
  async transition(
    tx: Tx,
    id: string,
    change: {
      from: LeaveStatus[];
      to: LeaveStatus;
      version: number;
      decidedBy: string;
      comment: string | null;
      overrideReason: string | null;
    },
  ): Promise<boolean> {
    const result: [unknown[], number] = await this.m(tx).query(
      `UPDATE leave_request
          SET status = $2, decided_by = $3, decided_at = now(), decision_comment = $4,
              override_reason = COALESCE($5, override_reason), version = version + 1, updated_at = now()
        WHERE id = $1 AND status = ANY($6::text[]) AND version = $7`,
      [
        id,
        change.to,
        change.decidedBy,
        change.comment,
        change.overrideReason,
        change.from,
        change.version,
      ],
    );
    return result[1] > 0;
  }

  /** Pending and approved leave of a team's people overlapping [from, to] (inclusive dates). */
  async activeLeave(teamId: string, from: string, to: string, tx?: Tx): Promise<LeaveRecord[]> {
    return this.m(tx).query(
      `${SELECT} WHERE team_id = $1 AND status IN ('pending', 'approved') AND dates && daterange($2::date, $3::date + 1)`,
      [teamId, from, to],
    );
  }

  async leaveType(id: string, tx?: Tx): Promise<LeaveTypeRecord | null> {
    const rows: LeaveTypeRecord[] = await this.m(tx).query(
      `SELECT id, code, name, counts_against_allowance AS "countsAgainstAllowance",
              requires_approval AS "requiresApproval", colour FROM leave_type WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  leaveTypes(): Promise<LeaveTypeRecord[]> {
    return this.dataSource.query(
      `SELECT id, code, name, counts_against_allowance AS "countsAgainstAllowance",
              requires_approval AS "requiresApproval", colour FROM leave_type ORDER BY name`,
    );
  }

  async insertLeaveType(tx: Tx, t: Omit<LeaveTypeRecord, 'id'>): Promise<string> {
    try {
      const rows: { id: string }[] = await this.m(tx).query(
        `INSERT INTO leave_type (code, name, counts_against_allowance, requires_approval, colour)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [t.code, t.name, t.countsAgainstAllowance, t.requiresApproval, t.colour],
      );
      return rows[0]!.id;
    } catch (error) {
      translateDbError(error, { leave_type_code_key: 'code' });
    }
  }

  async updateLeaveType(
    tx: Tx,
    id: string,
    t: Partial<Omit<LeaveTypeRecord, 'id' | 'code'>>,
  ): Promise<boolean> {
    const result: [unknown[], number] = await this.m(tx).query(
      `UPDATE leave_type SET name = COALESCE($2, name),
              counts_against_allowance = COALESCE($3, counts_against_allowance),
              requires_approval = COALESCE($4, requires_approval), colour = COALESCE($5, colour)
        WHERE id = $1`,
      [
        id,
        t.name ?? null,
        t.countsAgainstAllowance ?? null,
        t.requiresApproval ?? null,
        t.colour ?? null,
      ],
    );
    return result[1] > 0;
  }

  // --- the balance ledger ---

  /** Grants a year's allowance once; a second call for the same year does nothing. */
  async ensureAllowance(tx: Tx, employeeId: string, year: number, days: number): Promise<void> {
    await this.m(tx).query(
      `INSERT INTO leave_ledger (employee_id, year, kind, days, note)
       VALUES ($1, $2, 'allowance', $3, 'yearly allowance')
       ON CONFLICT (employee_id, year) WHERE kind = 'allowance' DO NOTHING`,
      [employeeId, year, days],
    );
  }

  async appendLedger(
    tx: Tx,
    e: {
      employeeId: string;
      year: number;
      kind: LedgerEntry['kind'];
      days: number;
      leaveRequestId?: string;
      note?: string;
      createdBy?: string;
    },
  ): Promise<boolean> {
    const rows: unknown[] = await this.m(tx).query(
      `INSERT INTO leave_ledger (employee_id, year, kind, days, leave_request_id, note, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        e.employeeId,
        e.year,
        e.kind,
        e.days,
        e.leaveRequestId ?? null,
        e.note ?? null,
        e.createdBy ?? null,
      ],
    );
    return rows.length > 0;
  }

  async ledger(employeeId: string, year: number, tx?: Tx): Promise<LedgerEntry[]> {
    return this.m(tx).query(
      `SELECT id::text, year, kind, days::float8 AS days, leave_request_id AS "leaveRequestId", note, at
         FROM leave_ledger WHERE employee_id = $1 AND year = $2 ORDER BY id`,
      [employeeId, year],
    );
  }

  /** Ledger rows of one request (deductions and refunds), to undo them on cancel or reject. */
  async ledgerForRequest(leaveRequestId: string, tx?: Tx): Promise<LedgerEntry[]> {
    return this.m(tx).query(
      `SELECT id::text, year, kind, days::float8 AS days, leave_request_id AS "leaveRequestId", note, at
         FROM leave_ledger WHERE leave_request_id = $1 ORDER BY id`,
      [leaveRequestId],
    );
  }

  async employeesOfAllTeams(tx?: Tx): Promise<string[]> {
    const rows: { id: string }[] = await this.m(tx).query('SELECT id FROM employee ORDER BY id');
    return rows.map((r) => r.id);
  }

  // --- policies ---

  async blackouts(
    teamId: string,
    from: string,
    to: string,
    tx?: Tx,
  ): Promise<
    {
      id: string;
      name: string;
      startDate: string;
      endDate: string;
      leaveTypeIds: string[] | null;
    }[]
  > {
    return this.m(tx).query(
      `SELECT id, name, lower(dates) AS "startDate", (upper(dates) - 1)::date AS "endDate", leave_type_ids AS "leaveTypeIds"
         FROM leave_blackout WHERE team_id = $1 AND dates && daterange($2::date, $3::date + 1) ORDER BY lower(dates)`,
      [teamId, from, to],
    );
  }

  async listBlackouts(teamIds: string[] | 'all', teamId?: string) {
    return this.dataSource.query(
      `SELECT id, team_id AS "teamId", name, lower(dates) AS "startDate", (upper(dates) - 1)::date AS "endDate",
              leave_type_ids AS "leaveTypeIds"
         FROM leave_blackout
        WHERE ($1::uuid[] IS NULL OR team_id = ANY($1::uuid[])) AND ($2::uuid IS NULL OR team_id = $2)
        ORDER BY lower(dates)`,
      [teamIds === 'all' ? null : teamIds, teamId ?? null],
    ) as Promise<
      {
        id: string;
        teamId: string;
        name: string;
        startDate: string;
        endDate: string;
        leaveTypeIds: string[] | null;
      }[]
    >;
  }

  async insertBlackout(
    tx: Tx,
    b: {
      teamId: string;
      name: string;
      startDate: string;
      endDate: string;
      leaveTypeIds: string[] | null;
    },
  ): Promise<string> {
    const rows: { id: string }[] = await this.m(tx).query(
      `INSERT INTO leave_blackout (team_id, name, dates, leave_type_ids) VALUES ($1, $2, daterange($3::date, $4::date + 1), $5) RETURNING id`,
      [b.teamId, b.name, b.startDate, b.endDate, b.leaveTypeIds],
    );
    return rows[0]!.id;
  }

  async blackoutTeam(id: string): Promise<string | null> {
    const rows: { team_id: string }[] = await this.dataSource.query(
      'SELECT team_id FROM leave_blackout WHERE id = $1',
      [id],
    );
    return rows[0]?.team_id ?? null;
  }

  async deleteBlackout(tx: Tx, id: string): Promise<void> {
    await this.m(tx).query('DELETE FROM leave_blackout WHERE id = $1', [id]);
  }

  async skillLimits(teamId: string, tx?: Tx): Promise<{ skillId: string; maxPeopleOff: number }[]> {
    return this.m(tx).query(
      'SELECT skill_id AS "skillId", max_people_off AS "maxPeopleOff" FROM leave_skill_limit WHERE team_id = $1',
      [teamId],
    );
  }

  async setSkillLimits(
    tx: Tx,
    teamId: string,
    limits: { skillId: string; maxPeopleOff: number }[],
  ): Promise<void> {
    await this.m(tx).query('DELETE FROM leave_skill_limit WHERE team_id = $1', [teamId]);
    if (limits.length === 0) return;
    try {
      await this.m(tx).query(
        `INSERT INTO leave_skill_limit (team_id, skill_id, max_people_off)
         SELECT $1, s, n FROM unnest($2::uuid[], $3::int[]) AS x(s, n)`,
        [teamId, limits.map((l) => l.skillId), limits.map((l) => l.maxPeopleOff)],
      );
    } catch (error) {
      translateDbError(error, {
        leave_skill_limit_skill_id_fkey: 'limits',
        leave_skill_limit_pkey: 'limits',
      });
    }
  }

  /** Skill ids held (regularly) by each of the given employees. */
  async skillsOf(employeeIds: string[], tx?: Tx): Promise<Map<string, string[]>> {
    if (employeeIds.length === 0) return new Map();
    const rows: { employee_id: string; skills: string[] }[] = await this.m(tx).query(
      `SELECT employee_id, array_agg(skill_id) AS skills FROM employee_skill
        WHERE employee_id = ANY($1::uuid[]) AND NOT backup GROUP BY employee_id`,
      [employeeIds],
    );
    return new Map(rows.map((r) => [r.employee_id, r.skills]));
  }

  // --- approvers and deputies ---

  /** Teams whose approvals the caller holds on `date` as a deputy of an absent manager. */
  async deputyTeams(deputyId: string, date: string): Promise<string[]> {
    const rows: { team_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT tm.team_id FROM approval_delegation d
         JOIN team_manager tm ON tm.employee_id = d.manager_id
        WHERE d.deputy_id = $1 AND d.dates @> $2::date`,
      [deputyId, date],
    );
    return rows.map((r) => r.team_id);
  }

  /**
   * Teams with no manager able to decide today (none, all deactivated, or all away without a
   * deputy): their requests reach the admins' inbox.
   */
  async teamsWithoutApprover(date: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT t.id FROM team t
        WHERE NOT EXISTS (
          SELECT 1 FROM team_manager tm JOIN employee e ON e.id = tm.employee_id
           WHERE tm.team_id = t.id AND e.active
             AND (NOT EXISTS (SELECT 1 FROM leave_request l WHERE l.employee_id = e.id
                               AND l.status = 'approved' AND l.dates @> $1::date)
                  OR EXISTS (SELECT 1 FROM approval_delegation d JOIN employee dep ON dep.id = d.deputy_id
                              WHERE d.manager_id = e.id AND d.dates @> $1::date AND dep.active)))`,
      [date],
    );
    return rows.map((r) => r.id);
  }

  async insertDelegation(
    tx: Tx,
    d: { managerId: string; deputyId: string; startDate: string; endDate: string },
  ): Promise<string> {
    try {
      const rows: { id: string }[] = await this.m(tx).query(
        `INSERT INTO approval_delegation (manager_id, deputy_id, dates) VALUES ($1, $2, daterange($3::date, $4::date + 1)) RETURNING id`,
        [d.managerId, d.deputyId, d.startDate, d.endDate],
      );
      return rows[0]!.id;
    } catch (error) {
      const pg =
        (error as { driverError?: { code?: string } }).driverError ?? (error as { code?: string });
      if (pg.code === '23P01') {
        throw new DomainError('CONFLICT', 'A deputy is already named for part of this period.', {
          errors: [{ field: 'startDate', reason: 'overlaps another delegation of this manager' }],
        });
      }
      throw error;
    }
  }

  async delegations(managerId: string | null, deputyId: string | null) {
    return this.dataSource.query(
      `SELECT id, manager_id AS "managerId", deputy_id AS "deputyId", lower(dates) AS "startDate", (upper(dates) - 1)::date AS "endDate"
         FROM approval_delegation WHERE ($1::uuid IS NULL OR manager_id = $1) OR ($2::uuid IS NOT NULL AND deputy_id = $2)
        ORDER BY lower(dates)`,
      [managerId, deputyId],
    ) as Promise<
      { id: string; managerId: string; deputyId: string; startDate: string; endDate: string }[]
    >;
  }

  async deleteDelegation(tx: Tx, id: string, managerId: string | null): Promise<boolean> {
    const result: [unknown[], number] = await this.m(tx).query(
      'DELETE FROM approval_delegation WHERE id = $1 AND ($2::uuid IS NULL OR manager_id = $2)',
      [id, managerId],
    );
    return result[1] > 0;
  }

  // --- idempotent creation ---

  /** Retries with one key queue behind each other, so a retry never races its original. */
  async lockIdempotencyKey(tx: Tx, callerId: string, key: string): Promise<void> {
    await this.m(tx).query('SELECT pg_advisory_xact_lock(hashtextextended($1, 11))', [
      `${callerId}:${key}`,
    ]);
  }

  async findIdempotent(
    callerId: string,
    key: string,
    tx?: Tx,
  ): Promise<{ requestHash: string; status: number; response: unknown } | null> {
    const rows: { request_hash: string; status: number; response: unknown }[] = await this.m(
      tx,
    ).query(
      'SELECT request_hash, status, response FROM idempotency_key WHERE caller_id = $1 AND key = $2',
      [callerId, key],
    );
    const r = rows[0];
    return r ? { requestHash: r.request_hash, status: r.status, response: r.response } : null;
  }

  /** False when the same key was stored meanwhile by a concurrent retry. */
  async saveIdempotent(
    tx: Tx,
    callerId: string,
    key: string,
    requestHash: string,
    status: number,
    response: unknown,
  ): Promise<boolean> {
    const rows: unknown[] = await this.m(tx).query(
      `INSERT INTO idempotency_key (caller_id, key, request_hash, status, response) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING RETURNING key`,
      [callerId, key, requestHash, status, JSON.stringify(response)],
    );
    return rows.length > 0;
  }
}
