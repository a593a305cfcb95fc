import type { MigrationInterface, QueryRunner } from 'typeorm';
import { bumpPlanVersionSql, ROTA_TEAM_TABLES } from './sql/plan-version.js';

/**
 * Coverage rules, rotations, manual/solver assignments and cancelled rotation occurrences.
 * What is stored: the rules (local times + zone + RRULE), rotation patterns and memberships, and
 * per-occurrence edits. What is computed: the rotation shifts of any window, demand slots and gaps.
 * `team.plan_version` rises with every change that can alter a team's rota, so read models can be
 * cached and validated with one cheap query.
 */
export class AddRotasAndCoverage1796688000000 implements MigrationInterface {
  name = 'AddRotasAndCoverage1796688000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE employee_skill ADD COLUMN backup boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE team ADD COLUMN plan_version bigint NOT NULL DEFAULT 1`);

    await q.query(`
      CREATE TABLE coverage_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid NOT NULL REFERENCES team (id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        skill_id uuid REFERENCES skill (id),
        start_time time NOT NULL,
        end_time time NOT NULL,
        recurrence text NOT NULL CHECK (length(recurrence) <= 500),
        min_headcount integer NOT NULL CHECK (min_headcount BETWEEN 0 AND 10000),
        ideal_headcount integer NOT NULL CHECK (ideal_headcount BETWEEN 0 AND 10000),
        priority integer NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 5),
        valid_from date,
        valid_to date,
        holidays text NOT NULL DEFAULT 'applies' CHECK (holidays IN ('applies', 'excluded', 'only')),
        overrides boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (ideal_headcount >= min_headcount),
        CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
      )`);
    await q.query(`CREATE INDEX coverage_rule_team_idx ON coverage_rule (team_id)`);

    await q.query(`
      CREATE TABLE rotation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid NOT NULL REFERENCES team (id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        anchor_date date NOT NULL,
        pattern jsonb NOT NULL CHECK (jsonb_typeof(pattern) = 'array' AND jsonb_array_length(pattern) BETWEEN 1 AND 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX rotation_team_idx ON rotation (team_id)`);

    // Joining and leaving are dated periods; history is never rewritten.
    await q.query(`
      CREATE TABLE rotation_member (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        rotation_id uuid NOT NULL REFERENCES rotation (id) ON DELETE CASCADE,
        employee_id uuid NOT NULL REFERENCES employee (id),
        offset_days integer NOT NULL CHECK (offset_days BETWEEN -100000 AND 100000),
        period daterange NOT NULL CHECK (NOT isempty(period) AND lower(period) IS NOT NULL),
        EXCLUDE USING gist (rotation_id WITH =, employee_id WITH =, period WITH &&)
      )`);
    await q.query(`CREATE INDEX rotation_member_employee_idx ON rotation_member (employee_id)`);

    await q.query(`
      CREATE TABLE assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid NOT NULL REFERENCES team (id),
        employee_id uuid NOT NULL REFERENCES employee (id),
        shift_type_id uuid NOT NULL REFERENCES shift_type (id),
        roster_date date NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        source text NOT NULL CHECK (source IN ('manual', 'solver')),
        cover_for_employee_id uuid REFERENCES employee (id),
        replaces_key text CHECK (length(replaces_key) <= 300),
        pinned boolean NOT NULL DEFAULT false,
        note text CHECK (length(note) <= 2000),
        created_by uuid REFERENCES employee (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CHECK (ends_at > starts_at),
        CHECK (cover_for_employee_id IS DISTINCT FROM employee_id),
        -- Nobody works two overlapping shifts, however the two were made.
        CONSTRAINT assignment_no_overlap
          EXCLUDE USING gist (employee_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
      )`);
    await q.query(`CREATE INDEX assignment_team_time_idx ON assignment (team_id, starts_at)`);
    await q.query(
      `CREATE UNIQUE INDEX assignment_replaces_key ON assignment (replaces_key) WHERE replaces_key IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE rotation_exception (
        occurrence_key text PRIMARY KEY CHECK (length(occurrence_key) <= 300),
        team_id uuid NOT NULL REFERENCES team (id),
        roster_date date NOT NULL,
        source text NOT NULL CHECK (source IN ('manual', 'solver')),
        reason text CHECK (length(reason) <= 2000),
        created_by uuid REFERENCES employee (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX rotation_exception_team_idx ON rotation_exception (team_id, roster_date)`,
    );

    await q.query(bumpPlanVersionSql(ROTA_TEAM_TABLES));
    for (const table of PLAN_TABLES) {
      await q.query(`
        CREATE TRIGGER ${table}_plan_version AFTER INSERT OR UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION bump_plan_version()`);
    }
    await q.query(`
      CREATE FUNCTION team_plan_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF (NEW.time_zone, NEW.country_code, NEW.region_code) IS DISTINCT FROM
           (OLD.time_zone, OLD.country_code, OLD.region_code) THEN
          NEW.plan_version := OLD.plan_version + 1;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER team_plan_version BEFORE UPDATE ON team
      FOR EACH ROW EXECUTE FUNCTION team_plan_version()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER team_plan_version ON team`);
    await q.query(`DROP FUNCTION team_plan_version()`);
    for (const table of PLAN_TABLES)
      await q.query(`DROP TRIGGER ${table}_plan_version ON ${table}`);
    await q.query(`DROP FUNCTION bump_plan_version()`);
    await q.query(`DROP TABLE rotation_exception`);
    await q.query(`DROP TABLE assignment`);
    await q.query(`DROP TABLE rotation_member`);
    await q.query(`DROP TABLE rotation`);
    await q.query(`DROP TABLE coverage_rule`);
    await q.query(`ALTER TABLE team DROP COLUMN plan_version`);
    await q.query(`ALTER TABLE employee_skill DROP COLUMN backup`);
  }
}

const PLAN_TABLES = [
  'coverage_rule',
  'rotation',
  'rotation_member',
  'assignment',
  'rotation_exception',
  'shift_type',
  'shift_type_skill',
  'employee',
  'employee_skill',
];
