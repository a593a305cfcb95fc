import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toManager, type Tx } from '../../database/data-source.js';
import type { CoverageRuleEntity } from '../coverage-rules/coverage-rule.entity.js';
import { CoverageRuleRepository } from '../coverage-rules/coverage-rule.repository.js';
import type { RotationResponse } from '../rotations/dto/rotation.dto.js';
import { RotationRepository } from '../rotations/rotation.repository.js';
import type { TeamSolverWeights } from '../plans/roster-mapping.js';

export interface PlanTeam {
  id: string;
  name: string;
  timeZone: string;
  countryCode: string;
  regionCode: string | null;
  planVersion: string;
  /** Rises when the team's zone changes, which moves every shift's instants. */
  version: number;
  /** The team's own solver weights (the rest default). */
  solverWeights: TeamSolverWeights;
}

export interface PlanShiftType {
  id: string;
  code: string;
  name: string;
  colour: string;
  startTime: string;
  endTime: string;
  requiredSkillIds: string[];
  /** Shift types that may not be worked on the day after this one. */
  cannotBeFollowedBy: string[];
  version: number;
}

export interface PlanEmployee {
  id: string;
  name: string;
  homeTimeZone: string;
  active: boolean;
  skills: { id: string; code: string; backup: boolean }[];
}

export interface PlanAssignment {
  id: string;
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
  version: number;
}

export interface PlanException {
  key: string;
  date: string;
  source: 'manual' | 'solver';
  reason: string | null;
}

export interface PlanLeave {
  id: string;
  employeeId: string;
  leaveTypeId: string;
  startDate: string;
  endDate: string;
  halfDay: 'am' | 'pm' | null;
  status: 'pending' | 'approved';
  version: number;
}

/** Everything stored that a team's rota for a window is computed from. */
export interface TeamPlanInputs {
  team: PlanTeam;
  shiftTypes: PlanShiftType[];
  employees: PlanEmployee[];
  rotations: RotationResponse[];
  rules: CoverageRuleEntity[];
  assignments: PlanAssignment[];
  exceptions: PlanException[];
  leave: PlanLeave[];
}

/**
 * Runs the reads side by side on the pool, or one after another inside a transaction (whose
 * single connection takes one query at a time).
 */
async function inParallel<T extends readonly (() => Promise<unknown>)[]>(
  tx: Tx | undefined,
  reads: T,
): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  if (!tx) return Promise.all(reads.map((read) => read())) as never;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as never;
}

/** Reads a team's plan inputs; several small indexed queries run side by side. */
@Injectable()
export class RotaRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rotations: RotationRepository,
    private readonly rules: CoverageRuleRepository,
  ) {}

  async team(teamId: string, tx?: Tx): Promise<PlanTeam | null> {
    const rows: {
      id: string;
      name: string;
      time_zone: string;
      country_code: string;
      region_code: string | null;
      plan_version: string;
      version: number;
      solver_weights: TeamSolverWeights;
    }[] = await toManager(this.dataSource, tx).query(
      'SELECT id, name, time_zone, country_code, region_code, plan_version, version, solver_weights FROM team WHERE id = $1',
      [teamId],
    );
    const r = rows[0];
    return r
      ? {
          id: r.id,
          name: r.name,
          timeZone: r.time_zone,
          countryCode: r.country_code,
          regionCode: r.region_code,
          planVersion: String(r.plan_version),
          version: r.version,
          solverWeights: r.solver_weights,
        }
      : null;
  }

  async rotationTeam(rotationId: string): Promise<string | null> {
    const rows: { team_id: string }[] = await this.dataSource.query(
      'SELECT team_id FROM rotation WHERE id = $1',
      [rotationId],
    );
    return rows[0]?.team_id ?? null;
  }

  /** Inputs for roster dates [from, to); assignments are read a day wider for nights crossing the edges. */
  async inputs(team: PlanTeam, from: string, to: string, tx?: Tx): Promise<TeamPlanInputs> {
    const m = toManager(this.dataSource, tx);
    const [shiftTypes, employees, rotations, rules, assignments, exceptions, leave] =
      await inParallel(tx, [
        () =>
          m.query(
            `SELECT st.id, st.code, st.name, st.colour, st.version, to_char(st.start_time, 'HH24:MI') AS "startTime",
                to_char(st.end_time, 'HH24:MI') AS "endTime",
                COALESCE(array_agg(sts.skill_id) FILTER (WHERE sts.skill_id IS NOT NULL), '{}') AS "requiredSkillIds",
                COALESCE((SELECT array_agg(f.next_shift_type_id ORDER BY f.next_shift_type_id)
                            FROM forbidden_shift_sequence f WHERE f.shift_type_id = st.id), '{}') AS "cannotBeFollowedBy"
           FROM shift_type st LEFT JOIN shift_type_skill sts ON sts.shift_type_id = st.id
          WHERE st.team_id = $1 GROUP BY st.id ORDER BY st.start_time, st.code`,
            [team.id],
          ) as Promise<PlanShiftType[]>,
        () =>
          m.query(
            `SELECT e.id, e.name, e.home_time_zone AS "homeTimeZone", e.active,
                COALESCE(json_agg(json_build_object('id', s.id, 'code', s.code, 'backup', es.backup)
                                  ORDER BY s.category, s.code) FILTER (WHERE s.id IS NOT NULL), '[]') AS skills
           FROM employee e
           LEFT JOIN employee_skill es ON es.employee_id = e.id
           LEFT JOIN skill s ON s.id = es.skill_id
          WHERE e.team_id = $1 AND (e.active OR e.deactivated_at >= $2::date
                OR EXISTS (SELECT 1 FROM assignment a WHERE a.employee_id = e.id AND a.roster_date >= $2::date AND a.roster_date < $3::date))
          GROUP BY e.id ORDER BY lower(e.name), e.id`,
            [team.id, from, to],
          ) as Promise<PlanEmployee[]>,
        () => this.rotations.forTeam(team.id, tx),
        () => this.rules.forTeam(team.id, tx),
        () =>
          m.query(
            `SELECT id, employee_id AS "employeeId", shift_type_id AS "shiftTypeId", roster_date AS date,
                starts_at AS start, ends_at AS "end", source, cover_for_employee_id AS "coverForEmployeeId",
                replaces_key AS "replacesKey", pinned, note, version
           FROM assignment
          WHERE team_id = $1 AND roster_date >= $2::date - 1 AND roster_date < $3::date
          ORDER BY starts_at, employee_id`,
            [team.id, from, to],
          ) as Promise<PlanAssignment[]>,
        () =>
          m.query(
            `SELECT occurrence_key AS key, roster_date AS date, source, reason
           FROM rotation_exception WHERE team_id = $1 AND roster_date >= $2::date - 1 AND roster_date < $3::date`,
            [team.id, from, to],
          ) as Promise<PlanException[]>,
        // A day wider on each side: leave is in each person's home zone, which may be ahead or behind.
        () =>
          m.query(
            `SELECT id, employee_id AS "employeeId", leave_type_id AS "leaveTypeId", lower(dates) AS "startDate",
                (upper(dates) - 1)::date AS "endDate", half_day AS "halfDay", status, version
           FROM leave_request
          WHERE team_id = $1 AND status IN ('pending', 'approved') AND dates && daterange($2::date - 1, $3::date + 1)
          ORDER BY lower(dates), employee_id`,
            [team.id, from, to],
          ) as Promise<PlanLeave[]>,
      ] as const);
    return { team, shiftTypes, employees, rotations, rules, assignments, exceptions, leave };
  }
}
