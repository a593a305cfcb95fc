import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toManager, type Tx } from '../../database/data-source.js';
import type { AvailabilityResponse } from './dto/availability.dto.js';

@Injectable()
export class AvailabilityRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(employeeId: string, tx?: Tx): Promise<AvailabilityResponse | null> {
    const m = toManager(this.dataSource, tx);
    const rows: { works_nights: boolean; max_cover_duties_per_month: number | null }[] =
      await m.query('SELECT works_nights, max_cover_duties_per_month FROM employee WHERE id = $1', [
        employeeId,
      ]);
    if (!rows[0]) return null;
    const unavailable: AvailabilityResponse['unavailable'] = await m.query(
      `SELECT id, to_char(start_time, 'HH24:MI') AS "startTime", to_char(end_time, 'HH24:MI') AS "endTime", recurrence,
              valid_from AS "validFrom", valid_to AS "validTo", note
         FROM employee_unavailability WHERE employee_id = $1 ORDER BY valid_from, start_time, id`,
      [employeeId],
    );
    const preferences: AvailabilityResponse['preferences'] = await m.query(
      `SELECT id, wish, weekday, date, shift_type_id AS "shiftTypeId", weight, note
         FROM employee_preference WHERE employee_id = $1 ORDER BY wish, weekday NULLS LAST, date NULLS LAST, id`,
      [employeeId],
    );
    return {
      employeeId,
      worksNights: rows[0].works_nights,
      maxCoverDutiesPerMonth: rows[0].max_cover_duties_per_month,
      unavailable,
      preferences,
    };
  }

  /** Replaces everything the person has said, in one transaction. */
  async replace(
    tx: Tx,
    employeeId: string,
    a: Omit<AvailabilityResponse, 'employeeId' | 'unavailable' | 'preferences'> & {
      unavailable: Omit<AvailabilityResponse['unavailable'][number], 'id'>[];
      preferences: Omit<AvailabilityResponse['preferences'][number], 'id'>[];
    },
  ): Promise<void> {
    const m = toManager(this.dataSource, tx);
    await m.query(
      'UPDATE employee SET works_nights = $2, max_cover_duties_per_month = $3 WHERE id = $1',
      [employeeId, a.worksNights, a.maxCoverDutiesPerMonth],
    );
    await m.query('DELETE FROM employee_unavailability WHERE employee_id = $1', [employeeId]);
    await m.query('DELETE FROM employee_preference WHERE employee_id = $1', [employeeId]);
    for (const u of a.unavailable) {
      await m.query(
        `INSERT INTO employee_unavailability (employee_id, start_time, end_time, recurrence, valid_from, valid_to, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [employeeId, u.startTime, u.endTime, u.recurrence, u.validFrom, u.validTo, u.note],
      );
    }
    for (const p of a.preferences) {
      await m.query(
        `INSERT INTO employee_preference (employee_id, wish, weekday, date, shift_type_id, weight, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [employeeId, p.wish, p.weekday, p.date, p.shiftTypeId, p.weight, p.note],
      );
    }
  }

  async teamShiftTypes(teamId: string): Promise<Set<string>> {
    const rows: { id: string }[] = await this.dataSource.query(
      'SELECT id FROM shift_type WHERE team_id = $1',
      [teamId],
    );
    return new Set(rows.map((r) => r.id));
  }
}
