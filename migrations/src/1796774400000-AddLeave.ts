import type { MigrationInterface, QueryRunner } from 'typeorm';
import { bumpPlanVersionSql, ROTA_TEAM_TABLES } from './sql/plan-version.js';

/**
 * Leave: types, requests with their workflow, the append-only balance ledger, policies
 * (blackouts, people-off limits), approval deputies and idempotent request creation.
 *
 * Leave is local dates in the employee's home zone, stored as a half-open daterange
 * [start, end + 1). Half days are encoded for the overlap check as a range of half-day slots
 * (day × 2 for the morning, + 1 for the afternoon), so AM and PM on one date do not overlap
 * while AM and AM, or a half day inside a longer leave, do.
 */
export class AddLeave1796774400000 implements MigrationInterface {
  name = 'AddLeave1796774400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE employee
        ADD COLUMN annual_leave_days numeric(5, 1) NOT NULL DEFAULT 26 CHECK (annual_leave_days BETWEEN 0 AND 366),
        ADD COLUMN carry_over_cap_days numeric(5, 1) NOT NULL DEFAULT 5 CHECK (carry_over_cap_days BETWEEN 0 AND 366),
        ADD COLUMN working_weekdays smallint[] NOT NULL DEFAULT '{1,2,3,4,5}'
          CHECK (working_weekdays <@ '{1,2,3,4,5,6,7}'::smallint[]),
        ADD COLUMN employment_start date,
        ADD COLUMN employment_end date,
        ADD CHECK (employment_end IS NULL OR employment_start IS NULL OR employment_end >= employment_start)`);
    await q.query(`
      ALTER TABLE team
        ADD COLUMN max_people_off integer CHECK (max_people_off >= 0),
        ADD COLUMN allow_negative_balance boolean NOT NULL DEFAULT false`);

    await q.query(`
      CREATE TABLE leave_type (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        counts_against_allowance boolean NOT NULL DEFAULT false,
        requires_approval boolean NOT NULL DEFAULT true,
        colour text NOT NULL DEFAULT '#888888' CHECK (colour ~ '^#[0-9a-f]{6}$'),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX leave_type_code_key ON leave_type (code)`);
    await q.query(`
      INSERT INTO leave_type (code, name, counts_against_allowance, requires_approval, colour) VALUES
        ('vacation', 'Vacation', true, true, '#2e86de'),
        ('sick', 'Sick leave', false, false, '#c0392b'),
        ('childcare', 'Childcare', false, false, '#e67e22'),
        ('training', 'Training', false, true, '#8e44ad'),
        ('unpaid', 'Unpaid leave', false, true, '#7f8c8d'),
        ('other', 'Other', false, true, '#95a5a6')`);

    await q.query(`
      CREATE TABLE leave_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employee_id uuid NOT NULL REFERENCES employee (id),
        team_id uuid NOT NULL REFERENCES team (id),
        leave_type_id uuid NOT NULL REFERENCES leave_type (id),
        dates daterange NOT NULL CHECK (NOT isempty(dates) AND lower(dates) IS NOT NULL AND upper(dates) IS NOT NULL),
        half_day text CHECK (half_day IN ('am', 'pm')),
        halves int4range GENERATED ALWAYS AS (
          int4range((lower(dates) - DATE '2000-01-01') * 2 + CASE WHEN half_day = 'pm' THEN 1 ELSE 0 END,
                    (upper(dates) - DATE '2000-01-01') * 2 - CASE WHEN half_day = 'am' THEN 1 ELSE 0 END)) STORED,
        status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'cancelled')),
        days numeric(6, 1) NOT NULL,
        reason text CHECK (length(reason) <= 2000),
        handover_note text CHECK (length(handover_note) <= 10000),
        requested_by uuid NOT NULL REFERENCES employee (id),
        decided_by uuid REFERENCES employee (id),
        decided_at timestamptz,
        decision_comment text CHECK (length(decision_comment) <= 2000),
        override_reason text CHECK (length(override_reason) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (half_day IS NULL OR upper(dates) - lower(dates) = 1),
        CONSTRAINT leave_no_overlap EXCLUDE USING gist (employee_id WITH =, halves WITH &&)
          WHERE (status IN ('pending', 'approved'))
      )`);
    await q.query(
      `CREATE INDEX leave_request_team_idx ON leave_request USING gist (team_id, dates)`,
    );
    await q.query(
      `CREATE INDEX leave_request_employee_idx ON leave_request (employee_id, lower(dates))`,
    );
    await q.query(
      `CREATE INDEX leave_request_pending_idx ON leave_request (team_id) WHERE status = 'pending'`,
    );

    // The balance is the sum of this ledger; rows are never changed or removed.
    await q.query(`
      CREATE TABLE leave_ledger (
        id bigserial PRIMARY KEY,
        employee_id uuid NOT NULL REFERENCES employee (id),
        year integer NOT NULL CHECK (year BETWEEN 1900 AND 3000),
        kind text NOT NULL CHECK (kind IN ('allowance', 'deduction', 'refund', 'carry-over', 'adjustment')),
        days numeric(6, 1) NOT NULL,
        leave_request_id uuid REFERENCES leave_request (id),
        note text CHECK (length(note) <= 2000),
        created_by uuid REFERENCES employee (id),
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX leave_ledger_employee_idx ON leave_ledger (employee_id, year)`);
    // One yearly grant and one carry-over per employee and year: re-running them changes nothing.
    await q.query(
      `CREATE UNIQUE INDEX leave_ledger_allowance_key ON leave_ledger (employee_id, year) WHERE kind = 'allowance'`,
    );
    await q.query(
      `CREATE UNIQUE INDEX leave_ledger_carry_key ON leave_ledger (employee_id, year) WHERE kind = 'carry-over'`,
    );
    await q.query(`
      CREATE TRIGGER leave_ledger_no_rewrite BEFORE UPDATE OR DELETE OR TRUNCATE ON leave_ledger
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);

    await q.query(`
      CREATE TABLE leave_blackout (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid NOT NULL REFERENCES team (id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        dates daterange NOT NULL CHECK (NOT isempty(dates)),
        leave_type_ids uuid[],
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX leave_blackout_team_idx ON leave_blackout USING gist (team_id, dates)`,
    );

    await q.query(`
      CREATE TABLE leave_skill_limit (
        team_id uuid NOT NULL REFERENCES team (id) ON DELETE CASCADE,
        skill_id uuid NOT NULL REFERENCES skill (id),
        max_people_off integer NOT NULL CHECK (max_people_off >= 0),
        PRIMARY KEY (team_id, skill_id)
      )`);

    await q.query(`
      CREATE TABLE approval_delegation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        manager_id uuid NOT NULL REFERENCES employee (id),
        deputy_id uuid NOT NULL REFERENCES employee (id),
        dates daterange NOT NULL CHECK (NOT isempty(dates)),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (manager_id <> deputy_id),
        EXCLUDE USING gist (manager_id WITH =, dates WITH &&)
      )`);

    await q.query(`
      CREATE TABLE idempotency_key (
        caller_id uuid NOT NULL,
        key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
        request_hash text NOT NULL,
        status integer NOT NULL,
        response jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (caller_id, key)
      )`);

    await q.query(bumpPlanVersionSql([...ROTA_TEAM_TABLES, 'leave_request']));
    await q.query(`
      CREATE TRIGGER leave_request_plan_version AFTER INSERT OR UPDATE OR DELETE ON leave_request
      FOR EACH ROW EXECUTE FUNCTION bump_plan_version()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER leave_request_plan_version ON leave_request`);
    await q.query(bumpPlanVersionSql(ROTA_TEAM_TABLES));
    await q.query(`DROP TABLE idempotency_key`);
    await q.query(`DROP TABLE approval_delegation`);
    await q.query(`DROP TABLE leave_skill_limit`);
    await q.query(`DROP TABLE leave_blackout`);
    await q.query(`DROP TRIGGER leave_ledger_no_rewrite ON leave_ledger`);
    await q.query(`DROP TABLE leave_ledger`);
    await q.query(`DROP TABLE leave_request`);
    await q.query(`DROP TABLE leave_type`);
    await q.query(
      `ALTER TABLE team DROP COLUMN max_people_off, DROP COLUMN allow_negative_balance`,
    );
    await q.query(`
      ALTER TABLE employee DROP COLUMN annual_leave_days, DROP COLUMN carry_over_cap_days,
        DROP COLUMN working_weekdays, DROP COLUMN employment_start, DROP COLUMN employment_end`);
  }
}
