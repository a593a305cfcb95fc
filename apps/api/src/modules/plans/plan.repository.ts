import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toManager, type Tx } from '../../database/data-source.js';
import type { PlanMode } from './roster-mapping.js';
import type { PlanProgressPoint, PlanResult, PlanStatus } from './dto/plan.dto.js';

export interface PlanRow {
  id: string;
  teamId: string;
  mode: PlanMode;
  from: string;
  to: string;
  timeLimitSeconds: number;
  status: PlanStatus;
  basePlanVersion: string;
  progress: PlanProgressPoint[];
  result: PlanResult | null;
  error: string | null;
  timeLimitReached: boolean;
  createdBy: string | null;
  createdAt: Date;
  startedAt: Date | null;
  heartbeatAt: Date | null;
  finishedAt: Date | null;
  publishedAt: Date | null;
}

const COLUMNS = `id, team_id AS "teamId", mode, from_date AS "from", to_date AS "to",
  time_limit_seconds AS "timeLimitSeconds", status, base_plan_version::text AS "basePlanVersion",
  progress, result, error, time_limit_reached AS "timeLimitReached", created_by AS "createdBy",
  created_at AS "createdAt", started_at AS "startedAt", heartbeat_at AS "heartbeatAt",
  finished_at AS "finishedAt", published_at AS "publishedAt"`;

/** Rows of an UPDATE … RETURNING (TypeORM answers `[rows, affected]` for updates). */
function updated<T>(result: unknown): T[] {
  const r = result as [T[], number] | T[];
  return Array.isArray(r[0]) ? (r[0] as T[]) : (r as T[]);
}

/** Solver jobs: state changes are compare-and-swap on `status`, so two workers never share one. */
@Injectable()
export class PlanRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    tx: Tx,
    p: {
      teamId: string;
      mode: PlanMode;
      from: string;
      to: string;
      timeLimitSeconds: number;
      basePlanVersion: string;
      createdBy: string;
    },
  ): Promise<PlanRow> {
    const rows: PlanRow[] = await toManager(this.dataSource, tx).query(
      `INSERT INTO plan (team_id, mode, from_date, to_date, time_limit_seconds, base_plan_version, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [p.teamId, p.mode, p.from, p.to, p.timeLimitSeconds, p.basePlanVersion, p.createdBy],
    );
    return rows[0]!;
  }

  async find(id: string, tx?: Tx, lock = false): Promise<PlanRow | null> {
    const rows: PlanRow[] = await toManager(this.dataSource, tx).query(
      `SELECT ${COLUMNS} FROM plan WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Newest first, without the heavy columns. */
  async list(teamId: string, limit: number): Promise<PlanRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS.replace('progress, result,', `'[]'::jsonb AS progress, NULL::jsonb AS result,`)}
         FROM plan WHERE team_id = $1 ORDER BY created_at DESC, id LIMIT $2`,
      [teamId, limit],
    );
  }

  /** queued → running; false when another worker took it or it was cancelled. */
  async claim(id: string): Promise<boolean> {
    const rows = updated<unknown>(
      await this.dataSource.query(
        `UPDATE plan SET status = 'running', started_at = now(), heartbeat_at = now()
        WHERE id = $1 AND status = 'queued' RETURNING id`,
        [id],
      ),
    );
    return rows.length > 0;
  }

  /** Records progress and the heartbeat; false when the plan is no longer running (cancelled). */
  async beat(id: string, progress: PlanProgressPoint[] | null): Promise<boolean> {
    const rows = updated<unknown>(
      await this.dataSource.query(
        `UPDATE plan SET heartbeat_at = now(), progress = COALESCE($2::jsonb, progress)
        WHERE id = $1 AND status = 'running' RETURNING id`,
        [id, progress === null ? null : JSON.stringify(progress)],
      ),
    );
    return rows.length > 0;
  }

  async setBase(id: string, basePlanVersion: string): Promise<void> {
    await this.dataSource.query(`UPDATE plan SET base_plan_version = $2 WHERE id = $1`, [
      id,
      basePlanVersion,
    ]);
  }

  /** running → succeeded / failed. */
  async finish(
    id: string,
    outcome: {
      status: 'succeeded' | 'failed';
      progress: PlanProgressPoint[];
      result: PlanResult | null;
      error: string | null;
      timeLimitReached: boolean;
    },
  ): Promise<boolean> {
    const rows = updated<unknown>(
      await this.dataSource.query(
        `UPDATE plan SET status = $2, progress = $3, result = $4, error = $5, time_limit_reached = $6,
              finished_at = now(), heartbeat_at = now()
        WHERE id = $1 AND status = 'running' RETURNING id`,
        [
          id,
          outcome.status,
          JSON.stringify(outcome.progress),
          outcome.result === null ? null : JSON.stringify(outcome.result),
          outcome.error,
          outcome.timeLimitReached,
        ],
      ),
    );
    return rows.length > 0;
  }

  /** Stops a queued or running plan, or discards a finished one. */
  async cancel(tx: Tx, id: string): Promise<boolean> {
    const rows = updated<unknown>(
      await toManager(this.dataSource, tx).query(
        `UPDATE plan SET status = 'cancelled', finished_at = COALESCE(finished_at, now())
        WHERE id = $1 AND status IN ('queued', 'running', 'succeeded') RETURNING id`,
        [id],
      ),
    );
    return rows.length > 0;
  }

  async markPublished(tx: Tx, id: string, by: string): Promise<void> {
    await toManager(this.dataSource, tx).query(
      `UPDATE plan SET status = 'published', published_at = now(), published_by = $2 WHERE id = $1`,
      [id, by],
    );
  }

  /** Running plans whose worker stopped sending heartbeats: failed, with nothing applied. */
  async failAbandoned(olderThanSeconds: number): Promise<string[]> {
    const rows = updated<{ id: string }>(
      await this.dataSource.query(
        `UPDATE plan SET status = 'failed', finished_at = now(),
              error = 'The worker running this plan stopped before it finished; nothing was applied.'
        WHERE status = 'running' AND heartbeat_at < now() - make_interval(secs => $1) RETURNING id`,
        [olderThanSeconds],
      ),
    );
    return rows.map((r) => r.id);
  }

  async queued(): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM plan WHERE status = 'queued' ORDER BY created_at`,
    );
    return rows.map((r) => r.id);
  }

  async teamVersion(tx: Tx, teamId: string): Promise<string | null> {
    const rows: { plan_version: string }[] = await toManager(this.dataSource, tx).query(
      `SELECT plan_version::text AS plan_version FROM team WHERE id = $1 FOR UPDATE`,
      [teamId],
    );
    return rows[0]?.plan_version ?? null;
  }

  async currentVersion(teamId: string): Promise<string | null> {
    const rows: { plan_version: string }[] = await this.dataSource.query(
      `SELECT plan_version::text AS plan_version FROM team WHERE id = $1`,
      [teamId],
    );
    return rows[0]?.plan_version ?? null;
  }
}
