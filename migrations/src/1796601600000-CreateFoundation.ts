import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Teams, skills, employees with contracts and roles, shift types, sessions and the audit log. */
export class CreateFoundation1796601600000 implements MigrationInterface {
  name = 'CreateFoundation1796601600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);

    await q.query(`
      CREATE TABLE team (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        time_zone text NOT NULL,
        country_code text NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
        region_code text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX team_name_key ON team (lower(name))`);

    await q.query(`
      CREATE TABLE skill (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        category text NOT NULL DEFAULT 'other' CHECK (category IN ('channel', 'language', 'role', 'other')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX skill_code_key ON skill (code)`);

    await q.query(`
      CREATE TABLE employee (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid NOT NULL REFERENCES team (id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        email text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
        home_time_zone text NOT NULL,
        role text NOT NULL DEFAULT 'employee' CHECK (role IN ('admin', 'manager', 'employee')),
        password_hash text,
        weekly_minutes integer NOT NULL DEFAULT 2400 CHECK (weekly_minutes BETWEEN 0 AND 6000),
        fte numeric(4, 3) NOT NULL DEFAULT 1 CHECK (fte > 0 AND fte <= 1.5),
        max_shifts_per_period integer CHECK (max_shifts_per_period BETWEEN 0 AND 100),
        max_minutes_per_period integer CHECK (max_minutes_per_period BETWEEN 0 AND 100000),
        min_minutes_per_period integer CHECK (min_minutes_per_period BETWEEN 0 AND 100000),
        period_days integer NOT NULL DEFAULT 28 CHECK (period_days BETWEEN 7 AND 366),
        min_rest_hours numeric(4, 1) NOT NULL DEFAULT 11 CHECK (min_rest_hours BETWEEN 0 AND 48),
        max_consecutive_days integer NOT NULL DEFAULT 6 CHECK (max_consecutive_days BETWEEN 1 AND 31),
        max_weekends_per_4_weeks integer NOT NULL DEFAULT 2 CHECK (max_weekends_per_4_weeks BETWEEN 0 AND 4),
        active boolean NOT NULL DEFAULT true,
        deactivated_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (min_minutes_per_period IS NULL OR max_minutes_per_period IS NULL
               OR min_minutes_per_period <= max_minutes_per_period)
      )`);
    await q.query(`CREATE UNIQUE INDEX employee_email_key ON employee (lower(email))`);
    await q.query(`CREATE INDEX employee_team_idx ON employee (team_id, lower(name))`);

    await q.query(`
      CREATE TABLE employee_skill (
        employee_id uuid NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
        skill_id uuid NOT NULL REFERENCES skill (id),
        PRIMARY KEY (employee_id, skill_id)
      )`);
    await q.query(`CREATE INDEX employee_skill_skill_idx ON employee_skill (skill_id)`);

    await q.query(`
      CREATE TABLE team_manager (
        team_id uuid NOT NULL REFERENCES team (id) ON DELETE CASCADE,
        employee_id uuid NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
        PRIMARY KEY (team_id, employee_id)
      )`);
    await q.query(`CREATE INDEX team_manager_employee_idx ON team_manager (employee_id)`);

    await q.query(`
      CREATE TABLE shift_type (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid NOT NULL REFERENCES team (id),
        code text NOT NULL CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,15}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        start_time time NOT NULL,
        end_time time NOT NULL,
        colour text NOT NULL CHECK (colour ~ '^#[0-9a-f]{6}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX shift_type_code_key ON shift_type (team_id, lower(code))`);

    await q.query(`
      CREATE TABLE shift_type_skill (
        shift_type_id uuid NOT NULL REFERENCES shift_type (id) ON DELETE CASCADE,
        skill_id uuid NOT NULL REFERENCES skill (id),
        PRIMARY KEY (shift_type_id, skill_id)
      )`);

    await q.query(`
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employee_id uuid NOT NULL REFERENCES employee (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX auth_session_token_key ON auth_session (token_hash)`);
    await q.query(
      `CREATE INDEX auth_session_employee_idx ON auth_session (employee_id) WHERE revoked_at IS NULL`,
    );

    await q.query(`
      CREATE TABLE login_attempt (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        ip text NOT NULL,
        succeeded boolean NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_attempt_email_idx ON login_attempt (email, at)`);
    await q.query(`CREATE INDEX login_attempt_ip_idx ON login_attempt (ip, at)`);

    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT clock_timestamp(),
        actor_id uuid,
        team_id uuid,
        action text NOT NULL,
        entity text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb
      )`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id, at)`);
    await q.query(`CREATE INDEX audit_log_team_idx ON audit_log (team_id, at)`);
    // Append-only: the log is evidence, so the database itself refuses to rewrite it.
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_no_rewrite BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER audit_log_no_rewrite ON audit_log`);
    await q.query(`DROP FUNCTION audit_log_append_only()`);
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP TABLE login_attempt`);
    await q.query(`DROP TABLE auth_session`);
    await q.query(`DROP TABLE shift_type_skill`);
    await q.query(`DROP TABLE shift_type`);
    await q.query(`DROP TABLE team_manager`);
    await q.query(`DROP TABLE employee_skill`);
    await q.query(`DROP TABLE employee`);
    await q.query(`DROP TABLE skill`);
    await q.query(`DROP TABLE team`);
    await q.query(`DROP EXTENSION IF EXISTS btree_gist`);
  }
}
