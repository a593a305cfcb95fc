import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toManager, type Tx } from '../../database/data-source.js';
import type { PlanningPerson } from './roster-mapping.js';

export interface TeamPerson extends PlanningPerson {
  name: string;
  active: boolean;
}

/** Contracts, availability and preferences of a team's people: what the solver must honour. */
@Injectable()
export class PlanningRepository {
  constructor(private readonly dataSource: DataSource) {}

  async people(teamId: string, tx?: Tx): Promise<TeamPerson[]> {
    const rows: {
      id: string;
      name: string;
      active: boolean;
      fte: string;
      weekly_minutes: number;
      max_minutes_per_period: number | null;
      min_minutes_per_period: number | null;
      period_days: number;
      min_rest_hours: string;
      max_consecutive_days: number;
      min_consecutive_days: number;
      min_consecutive_days_off: number;
      max_shifts_per_period: number | null;
      shift_limits: TeamPerson['maxShiftsPerType'];
      max_weekends_per_4_weeks: number;
      works_nights: boolean;
      max_cover_duties_per_month: number | null;
      unavailable: TeamPerson['unavailable'];
      preferences: TeamPerson['preferences'];
    }[] = await toManager(this.dataSource, tx).query(
      `SELECT e.id, e.name, e.active, e.fte, e.weekly_minutes, e.max_minutes_per_period,
              e.min_minutes_per_period, e.period_days, e.min_rest_hours, e.max_consecutive_days,
              e.min_consecutive_days, e.min_consecutive_days_off, e.max_shifts_per_period,
              e.max_weekends_per_4_weeks, e.works_nights, e.max_cover_duties_per_month,
              COALESCE((SELECT json_agg(json_build_object('shiftTypeId', l.shift_type_id,
                                                          'maxPerPeriod', l.max_per_period))
                          FROM employee_shift_limit l WHERE l.employee_id = e.id), '[]') AS shift_limits,
              COALESCE((SELECT json_agg(json_build_object(
                          'startTime', to_char(u.start_time, 'HH24:MI'), 'endTime', to_char(u.end_time, 'HH24:MI'),
                          'recurrence', u.recurrence, 'validFrom', u.valid_from::text, 'validTo', u.valid_to::text))
                          FROM employee_unavailability u WHERE u.employee_id = e.id), '[]') AS unavailable,
              COALESCE((SELECT json_agg(json_build_object(
                          'wish', p.wish, 'weekday', p.weekday, 'date', p.date::text,
                          'shiftTypeId', p.shift_type_id, 'weight', p.weight))
                          FROM employee_preference p WHERE p.employee_id = e.id), '[]') AS preferences
         FROM employee e WHERE e.team_id = $1 ORDER BY lower(e.name), e.id`,
      [teamId],
    );
    return rows.map((r) => ({
      employeeId: r.id,
      name: r.name,
      active: r.active,
      fte: Number(r.fte),
      weeklyMinutes: r.weekly_minutes,
      maxMinutesPerPeriod: r.max_minutes_per_period,
      minMinutesPerPeriod: r.min_minutes_per_period,
      periodDays: r.period_days,
      minRestHours: Number(r.min_rest_hours),
      maxConsecutiveDays: r.max_consecutive_days,
      minConsecutiveDays: r.min_consecutive_days,
      minConsecutiveDaysOff: r.min_consecutive_days_off,
      maxShiftsPerPeriod: r.max_shifts_per_period,
      maxShiftsPerType: r.shift_limits,
      maxWeekendsPer4Weeks: r.max_weekends_per_4_weeks,
      worksNights: r.works_nights,
      maxCoverDutiesPerMonth: r.max_cover_duties_per_month,
      unavailable: r.unavailable,
      preferences: r.preferences,
    }));
  }
}
