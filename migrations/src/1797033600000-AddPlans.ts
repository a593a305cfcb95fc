import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Solver runs as persisted jobs. A plan records what was asked (team, dates, mode, time limit),
 * the team's `plan_version` its inputs were read at (publishing refuses a plan whose rota has
 * changed since), the best score over time, and the proposed diff with its explanations. A job
 * that stops sending heartbeats is marked failed; nothing of it is ever half-applied, because
 * publishing applies the whole diff in one transaction.
 */
export class AddPlans1797033600000 implements MigrationInterface {
  name = 'AddPlans1797033600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE plan (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        team_id uuid NOT NULL REFERENCES team (id),
        mode text NOT NULL CHECK (mode IN ('build', 'repair')),
        from_date date NOT NULL,
        to_date date NOT NULL,
        time_limit_seconds integer NOT NULL CHECK (time_limit_seconds BETWEEN 1 AND 600),
        status text NOT NULL DEFAULT 'queued'
          CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled', 'published')),
        base_plan_version bigint NOT NULL,
        progress jsonb NOT NULL DEFAULT '[]',
        result jsonb,
        error text,
        time_limit_reached boolean NOT NULL DEFAULT false,
        created_by uuid REFERENCES employee (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        started_at timestamptz,
        heartbeat_at timestamptz,
        finished_at timestamptz,
        published_at timestamptz,
        published_by uuid REFERENCES employee (id),
        CHECK (to_date >= from_date AND to_date - from_date <= 92)
      )`);
    await q.query(`CREATE INDEX plan_team_idx ON plan (team_id, created_at DESC)`);
    await q.query(
      `CREATE INDEX plan_active_idx ON plan (status) WHERE status IN ('queued', 'running')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE plan`);
  }
}
