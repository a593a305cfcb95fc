import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rostering rules the solver enforces: shift types that may not follow one another on the next
 * day, per-type maxima in an employee's contract period, and minimum runs of working days and
 * of days off.
 */
export class AddShiftRules1797206400000 implements MigrationInterface {
  name = 'AddShiftRules1797206400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE forbidden_shift_sequence (
        shift_type_id uuid NOT NULL REFERENCES shift_type (id) ON DELETE CASCADE,
        next_shift_type_id uuid NOT NULL REFERENCES shift_type (id) ON DELETE CASCADE,
        PRIMARY KEY (shift_type_id, next_shift_type_id)
      )`);
    await q.query(
      `CREATE INDEX forbidden_shift_sequence_next_idx ON forbidden_shift_sequence (next_shift_type_id)`,
    );
    await q.query(`
      CREATE TABLE employee_shift_limit (
        employee_id uuid NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
        shift_type_id uuid NOT NULL REFERENCES shift_type (id) ON DELETE CASCADE,
        max_per_period integer NOT NULL CHECK (max_per_period BETWEEN 0 AND 100),
        PRIMARY KEY (employee_id, shift_type_id)
      )`);
    await q.query(
      `CREATE INDEX employee_shift_limit_shift_type_idx ON employee_shift_limit (shift_type_id)`,
    );
    await q.query(`
      ALTER TABLE employee
        ADD COLUMN min_consecutive_days smallint NOT NULL DEFAULT 1
          CHECK (min_consecutive_days BETWEEN 1 AND 14),
        ADD COLUMN min_consecutive_days_off smallint NOT NULL DEFAULT 1
          CHECK (min_consecutive_days_off BETWEEN 1 AND 14)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE employee DROP COLUMN min_consecutive_days, DROP COLUMN min_consecutive_days_off`,
    );
    await q.query(`DROP TABLE employee_shift_limit`);
    await q.query(`DROP TABLE forbidden_shift_sequence`);
  }
}
