import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Calendar subscriptions: one row per feed, reachable at /ical/<token>.ics. Only the token's
 * SHA-256 digest is stored; rotating replaces it, revoking ends it. `calendar_feed_miss` counts
 * unknown tokens per client address so guessing is slowed down.
 */
export class AddCalendarFeeds1796860800000 implements MigrationInterface {
  name = 'AddCalendarFeeds1796860800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calendar_feed (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        employee_id uuid NOT NULL REFERENCES employee (id),
        kind text NOT NULL CHECK (kind IN ('my-schedule', 'team-rota', 'team-absences')),
        team_id uuid REFERENCES team (id),
        token_hash bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        rotated_at timestamptz,
        revoked_at timestamptz,
        last_fetched_at timestamptz,
        CHECK ((kind = 'my-schedule') = (team_id IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX calendar_feed_token_key ON calendar_feed (token_hash)`);
    await q.query(
      `CREATE INDEX calendar_feed_employee_idx ON calendar_feed (employee_id) WHERE revoked_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE calendar_feed_miss (
        id bigserial PRIMARY KEY,
        ip text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX calendar_feed_miss_ip_idx ON calendar_feed_miss (ip, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_feed_miss`);
    await q.query(`DROP TABLE calendar_feed`);
  }
}
