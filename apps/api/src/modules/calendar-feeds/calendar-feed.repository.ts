import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toManager, type Tx } from '../../database/data-source.js';
import { tokenDigest } from '../auth/auth.repository.js';
import type { FeedKind } from './dto/calendar-feed.dto.js';

export interface FeedRecord {
  id: string;
  employeeId: string;
  kind: FeedKind;
  teamId: string | null;
  createdAt: Date;
  rotatedAt: Date | null;
  lastFetchedAt: Date | null;
}

/** The feed behind a token with what its owner may see now. */
export interface FeedOwner extends FeedRecord {
  ownerName: string;
  ownerTeamId: string;
  ownerRole: 'admin' | 'manager' | 'employee';
  managedTeamIds: string[];
  tokenHash: Buffer;
}

const COLUMNS = `f.id, f.employee_id AS "employeeId", f.kind, f.team_id AS "teamId", f.created_at AS "createdAt",
                 f.rotated_at AS "rotatedAt", f.last_fetched_at AS "lastFetchedAt"`;

@Injectable()
export class CalendarFeedRepository {
  constructor(private readonly dataSource: DataSource) {}

  async find(id: string, tx?: Tx): Promise<FeedRecord | null> {
    const rows: FeedRecord[] = await toManager(this.dataSource, tx).query(
      `SELECT ${COLUMNS} FROM calendar_feed f WHERE f.id = $1 AND f.revoked_at IS NULL`,
      [id],
    );
    return rows[0] ?? null;
  }

  list(employeeId: string): Promise<FeedRecord[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM calendar_feed f WHERE f.employee_id = $1 AND f.revoked_at IS NULL ORDER BY f.created_at`,
      [employeeId],
    );
  }

  async insert(
    tx: Tx,
    f: { employeeId: string; kind: FeedKind; teamId: string | null; token: string },
  ): Promise<string> {
    const rows: { id: string }[] = await toManager(this.dataSource, tx).query(
      'INSERT INTO calendar_feed (employee_id, kind, team_id, token_hash) VALUES ($1, $2, $3, $4) RETURNING id',
      [f.employeeId, f.kind, f.teamId, tokenDigest(f.token)],
    );
    return rows[0]!.id;
  }

  async rotate(tx: Tx, id: string, token: string): Promise<void> {
    await toManager(this.dataSource, tx).query(
      'UPDATE calendar_feed SET token_hash = $2, rotated_at = now() WHERE id = $1 AND revoked_at IS NULL',
      [id, tokenDigest(token)],
    );
  }

  async revoke(tx: Tx, id: string): Promise<void> {
    await toManager(this.dataSource, tx).query(
      'UPDATE calendar_feed SET revoked_at = now() WHERE id = $1',
      [id],
    );
  }

  /** Every feed of a person who leaves stops at once. */
  async revokeAllOf(employeeId: string, tx?: Tx): Promise<void> {
    await toManager(this.dataSource, tx).query(
      'UPDATE calendar_feed SET revoked_at = now() WHERE employee_id = $1 AND revoked_at IS NULL',
      [employeeId],
    );
  }

  async byToken(token: string): Promise<FeedOwner | null> {
    const rows: FeedOwner[] = await this.dataSource.query(
      `SELECT ${COLUMNS}, f.token_hash AS "tokenHash", e.name AS "ownerName", e.team_id AS "ownerTeamId",
              e.role AS "ownerRole",
              COALESCE((SELECT array_agg(tm.team_id) FROM team_manager tm WHERE tm.employee_id = e.id), '{}') AS "managedTeamIds"
         FROM calendar_feed f JOIN employee e ON e.id = f.employee_id
        WHERE f.token_hash = $1 AND f.revoked_at IS NULL AND e.active`,
      [tokenDigest(token)],
    );
    return rows[0] ?? null;
  }

  async touch(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE calendar_feed SET last_fetched_at = now() WHERE id = $1 AND (last_fetched_at IS NULL OR last_fetched_at < now() - interval '1 minute')`,
      [id],
    );
  }

  async recordMiss(ip: string): Promise<void> {
    await this.dataSource.query('INSERT INTO calendar_feed_miss (ip) VALUES ($1)', [
      ip.slice(0, 64),
    ]);
  }

  async recentMisses(ip: string, since: Date): Promise<number> {
    const rows: { n: number }[] = await this.dataSource.query(
      'SELECT count(*)::int AS n FROM calendar_feed_miss WHERE ip = $1 AND at > $2',
      [ip.slice(0, 64), since],
    );
    return rows[0]!.n;
  }

  async leaveTypeNames(): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      'SELECT id, name FROM leave_type',
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async employeeNames(teamIds: string[], employeeIds: string[]): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      'SELECT id, name FROM employee WHERE team_id = ANY($1::uuid[]) OR id = ANY($2::uuid[])',
      [teamIds, employeeIds],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
