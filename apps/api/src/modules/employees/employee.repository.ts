import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { translateDbError } from '../../common/http/db-errors.js';
import type { Page, PageRequest } from '../../common/http/pagination.js';
import { toManager, type Tx } from '../../database/data-source.js';
import { insertRow, updateVersioned } from '../../database/entity-writes.js';
import type { SkillResponse } from '../skills/dto/skill.dto.js';
import { escapeLike } from '../teams/team.repository.js';
import { EmployeeEntity, type Role } from './employee.entity.js';

/** At most `maxPerPeriod` shifts of one shift type in the contract's period. */
export interface ShiftLimit {
  shiftTypeId: string;
  maxPerPeriod: number;
}

export interface EmployeeRecord extends Omit<EmployeeEntity, 'passwordHash'> {
  skills: (SkillResponse & { backup: boolean })[];
  maxShiftsPerType: ShiftLimit[];
  managedTeamIds: string[];
  canSignIn: boolean;
}

export type EmployeeWrite = Partial<
  Omit<EmployeeEntity, 'id' | 'createdAt' | 'updatedAt' | 'version' | 'deactivatedAt' | 'active'>
>;

export interface EmployeeFilter {
  teamIds: string[] | 'all';
  teamId?: string;
  skill?: string;
  active?: boolean;
  role?: Role;
  q?: string;
}

const FIELDS = {
  employee_email_key: 'email',
  employee_team_id_fkey: 'teamId',
  employee_skill_skill_id_fkey: 'skillIds',
  employee_shift_limit_shift_type_id_fkey: 'contract.maxShiftsPerType',
};

const SELECT = `
  SELECT e.id, e.team_id, e.name, e.email, e.home_time_zone, e.role, e.weekly_minutes, e.fte,
         e.max_shifts_per_period, e.max_minutes_per_period, e.min_minutes_per_period, e.period_days,
         e.min_rest_hours, e.max_consecutive_days, e.min_consecutive_days, e.min_consecutive_days_off,
         e.max_weekends_per_4_weeks, e.active,
         e.annual_leave_days, e.carry_over_cap_days, e.working_weekdays, e.employment_start, e.employment_end,
         e.deactivated_at, e.created_at, e.updated_at, e.version,
         e.password_hash IS NOT NULL AS can_sign_in,
         COALESCE((SELECT json_agg(json_build_object('id', s.id, 'code', s.code, 'name', s.name,
                                                     'category', s.category, 'backup', es.backup)
                                   ORDER BY s.category, s.code)
                     FROM employee_skill es JOIN skill s ON s.id = es.skill_id
                    WHERE es.employee_id = e.id), '[]') AS skills,
         COALESCE((SELECT json_agg(json_build_object('shiftTypeId', l.shift_type_id,
                                                     'maxPerPeriod', l.max_per_period)
                                   ORDER BY st.start_time, st.code)
                     FROM employee_shift_limit l JOIN shift_type st ON st.id = l.shift_type_id
                    WHERE l.employee_id = e.id), '[]') AS shift_limits,
         COALESCE((SELECT array_agg(tm.team_id ORDER BY tm.team_id)
                     FROM team_manager tm WHERE tm.employee_id = e.id), '{}') AS managed_team_ids
    FROM employee e`;

interface Row {
  id: string;
  team_id: string;
  name: string;
  email: string;
  home_time_zone: string;
  role: Role;
  weekly_minutes: number;
  fte: string;
  max_shifts_per_period: number | null;
  max_minutes_per_period: number | null;
  min_minutes_per_period: number | null;
  period_days: number;
  min_rest_hours: string;
  max_consecutive_days: number;
  min_consecutive_days: number;
  min_consecutive_days_off: number;
  max_weekends_per_4_weeks: number;
  annual_leave_days: string;
  carry_over_cap_days: string;
  working_weekdays: number[];
  employment_start: string | null;
  employment_end: string | null;
  active: boolean;
  deactivated_at: Date | null;
  created_at: Date;
  updated_at: Date;
  version: number;
  can_sign_in: boolean;
  skills: (SkillResponse & { backup: boolean })[];
  shift_limits: ShiftLimit[];
  managed_team_ids: string[];
}

function fromRow(r: Row): EmployeeRecord {
  return {
    id: r.id,
    teamId: r.team_id,
    name: r.name,
    email: r.email,
    homeTimeZone: r.home_time_zone,
    role: r.role,
    weeklyMinutes: r.weekly_minutes,
    fte: Number(r.fte),
    maxShiftsPerPeriod: r.max_shifts_per_period,
    maxMinutesPerPeriod: r.max_minutes_per_period,
    minMinutesPerPeriod: r.min_minutes_per_period,
    periodDays: r.period_days,
    minRestHours: Number(r.min_rest_hours),
    maxConsecutiveDays: r.max_consecutive_days,
    minConsecutiveDays: r.min_consecutive_days,
    minConsecutiveDaysOff: r.min_consecutive_days_off,
    maxShiftsPerType: r.shift_limits,
    maxWeekendsPer4Weeks: r.max_weekends_per_4_weeks,
    annualLeaveDays: Number(r.annual_leave_days),
    carryOverCapDays: Number(r.carry_over_cap_days),
    workingWeekdays: r.working_weekdays,
    employmentStart: r.employment_start,
    employmentEnd: r.employment_end,
    active: r.active,
    deactivatedAt: r.deactivated_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
    canSignIn: r.can_sign_in,
    skills: r.skills,
    managedTeamIds: r.managed_team_ids,
  };
}

@Injectable()
export class EmployeeRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(id: string, tx?: Tx): Promise<EmployeeRecord | null> {
    const rows: Row[] = await toManager(this.dataSource, tx).query(`${SELECT} WHERE e.id = $1`, [
      id,
    ]);
    return rows[0] ? fromRow(rows[0]) : null;
  }

  async list(filter: EmployeeFilter, page: PageRequest): Promise<Page<EmployeeRecord>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.teamIds !== 'all') add('e.team_id = ANY(?::uuid[])', filter.teamIds);
    if (filter.teamId) add('e.team_id = ?', filter.teamId);
    if (filter.active !== undefined) add('e.active = ?', filter.active);
    if (filter.role) add('e.role = ?', filter.role);
    if (filter.q)
      add(`(e.name ILIKE ? OR e.email ILIKE $${params.length + 1})`, `%${escapeLike(filter.q)}%`);
    if (filter.skill) {
      add(
        `EXISTS (SELECT 1 FROM employee_skill es JOIN skill s ON s.id = es.skill_id
                  WHERE es.employee_id = e.id AND (s.code = lower(?) OR s.id::text = lower($${params.length + 1})))`,
        filter.skill,
      );
    }
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const manager = this.dataSource.manager;
    const [rows, count] = await Promise.all([
      manager.query(
        `${SELECT} ${clause} ORDER BY lower(e.name), e.id LIMIT ${page.limit} OFFSET ${page.offset}`,
        params,
      ) as Promise<Row[]>,
      manager.query(`SELECT count(*) AS n FROM employee e ${clause}`, params) as Promise<
        { n: string }[]
      >,
    ]);
    return { items: rows.map(fromRow), total: Number(count[0]!.n), ...page };
  }

  async rolesOf(ids: string[]): Promise<Map<string, Role>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; role: Role }[] = await this.dataSource.query(
      'SELECT id, role FROM employee WHERE id = ANY($1::uuid[]) AND active',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.role]));
  }

  insert(tx: Tx, data: EmployeeWrite): Promise<string> {
    return insertRow(toManager(this.dataSource, tx), EmployeeEntity, data, FIELDS);
  }

  update(
    tx: Tx,
    id: string,
    data: EmployeeWrite & { active?: boolean },
    expectedVersion?: number,
  ): Promise<boolean> {
    const set: Record<string, unknown> = { ...data };
    if (data.active === false) set.deactivatedAt = () => 'COALESCE(deactivated_at, now())';
    if (data.active === true) set.deactivatedAt = null;
    return updateVersioned(
      toManager(this.dataSource, tx),
      EmployeeEntity,
      id,
      set,
      expectedVersion,
      FIELDS,
    );
  }

  /** A skill listed as both regular and backup counts as regular. */
  async setSkills(
    tx: Tx,
    employeeId: string,
    skillIds: string[],
    backupSkillIds: string[] = [],
  ): Promise<void> {
    const manager = toManager(this.dataSource, tx);
    await manager.query('DELETE FROM employee_skill WHERE employee_id = $1', [employeeId]);
    const backups = backupSkillIds.filter((id) => !skillIds.includes(id));
    if (skillIds.length + backups.length === 0) return;
    try {
      await manager.query(
        `INSERT INTO employee_skill (employee_id, skill_id, backup)
         SELECT $1, id, backup FROM unnest($2::uuid[], $3::boolean[]) AS s(id, backup) ON CONFLICT DO NOTHING`,
        [
          employeeId,
          [...skillIds, ...backups],
          [...skillIds.map(() => false), ...backups.map(() => true)],
        ],
      );
    } catch (error) {
      translateDbError(error, FIELDS);
    }
  }

  async setShiftLimits(tx: Tx, employeeId: string, limits: ShiftLimit[]): Promise<void> {
    const manager = toManager(this.dataSource, tx);
    await manager.query('DELETE FROM employee_shift_limit WHERE employee_id = $1', [employeeId]);
    if (limits.length === 0) return;
    try {
      await manager.query(
        `INSERT INTO employee_shift_limit (employee_id, shift_type_id, max_per_period)
         SELECT $1, id, max FROM unnest($2::uuid[], $3::int[]) AS l(id, max)`,
        [employeeId, limits.map((l) => l.shiftTypeId), limits.map((l) => l.maxPerPeriod)],
      );
    } catch (error) {
      translateDbError(error, FIELDS);
    }
  }

  /** A person who moves to another team keeps only the limits on that team's shift types. */
  async dropForeignShiftLimits(tx: Tx, employeeId: string, teamId: string): Promise<void> {
    await toManager(this.dataSource, tx).query(
      `DELETE FROM employee_shift_limit l USING shift_type st
        WHERE l.employee_id = $1 AND st.id = l.shift_type_id AND st.team_id <> $2`,
      [employeeId, teamId],
    );
  }

  /**
   * A person who leaves the team leaves its rotations from `date` on: memberships that started
   * earlier end then, later ones are dropped. Past shifts stay as they were.
   */
  async endRotationMemberships(tx: Tx, employeeId: string, date: string): Promise<void> {
    const m = toManager(this.dataSource, tx);
    await m.query(
      'DELETE FROM rotation_member WHERE employee_id = $1 AND lower(period) >= $2::date',
      [employeeId, date],
    );
    await m.query(
      `UPDATE rotation_member SET period = daterange(lower(period), $2::date)
        WHERE employee_id = $1 AND (upper(period) IS NULL OR upper(period) > $2::date)`,
      [employeeId, date],
    );
  }

  /** Managers lose their teams when they stop being managers. */
  async clearManagedTeams(tx: Tx, employeeId: string): Promise<void> {
    await toManager(this.dataSource, tx).query('DELETE FROM team_manager WHERE employee_id = $1', [
      employeeId,
    ]);
  }
}
