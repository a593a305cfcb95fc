import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What employees tell the planner about themselves: hard unavailability (a recurring evening
 * class: local times in their home zone + RRULE + validity) and soft preferences (days and shift
 * types they want or want to avoid, whether they work nights, how many cover duties a month).
 */
export class AddAvailabilityAndPreferences1796947200000 implements MigrationInterface {
  name = 'AddAvailabilityAndPreferences1796947200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE employee
        ADD COLUMN works_nights boolean NOT NULL DEFAULT true,
        ADD COLUMN max_cover_duties_per_month integer CHECK (max_cover_duties_per_month BETWEEN 0 AND 62)`);
    await q.query(`
      CREATE TABLE employee_unavailability (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employee_id uuid NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
        start_time time NOT NULL,
        end_time time NOT NULL,
        recurrence text NOT NULL CHECK (length(recurrence) <= 500),
        valid_from date NOT NULL,
        valid_to date,
        note text CHECK (length(note) <= 500),
        CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);
    await q.query(
      `CREATE INDEX employee_unavailability_employee_idx ON employee_unavailability (employee_id)`,
    );
    await q.query(`
      CREATE TABLE employee_preference (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employee_id uuid NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
        wish text NOT NULL CHECK (wish IN ('prefer', 'avoid')),
        weekday smallint CHECK (weekday BETWEEN 1 AND 7),
        date date,
        shift_type_id uuid REFERENCES shift_type (id) ON DELETE CASCADE,
        weight integer NOT NULL DEFAULT 3 CHECK (weight BETWEEN 1 AND 10),
        note text CHECK (length(note) <= 500),
        CHECK (weekday IS NULL OR date IS NULL),
        CHECK (weekday IS NOT NULL OR date IS NOT NULL OR shift_type_id IS NOT NULL)
      )`);
    await q.query(
      `CREATE INDEX employee_preference_employee_idx ON employee_preference (employee_id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE employee_preference`);
    await q.query(`DROP TABLE employee_unavailability`);
    await q.query(
      `ALTER TABLE employee DROP COLUMN works_nights, DROP COLUMN max_cover_duties_per_month`,
    );
  }
}
