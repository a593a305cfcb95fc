import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { toManager, type Tx } from '../../database/data-source.js';
import type { Role } from '../employees/employee.entity.js';

export interface SessionOwner {
  sessionId: string;
  employeeId: string;
  role: Role;
  teamId: string;
  managedTeamIds: string[];
}

export interface LoginAccount {
  id: string;
  active: boolean;
  passwordHash: string | null;
}

/** Tokens are stored only as SHA-256 digests: a leaked table cannot be replayed. */
export function tokenDigest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

@Injectable()
export class AuthRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findAccount(email: string): Promise<LoginAccount | null> {
    const rows: { id: string; active: boolean; password_hash: string | null }[] =
      await this.dataSource.query(
        'SELECT id, active, password_hash FROM employee WHERE lower(email) = lower($1)',
        [email],
      );
    const row = rows[0];
    return row ? { id: row.id, active: row.active, passwordHash: row.password_hash } : null;
  }

  async createSession(employeeId: string, token: string, expiresAt: Date): Promise<string> {
    const rows: { id: string }[] = await this.dataSource.query(
      'INSERT INTO auth_session (employee_id, token_hash, expires_at) VALUES ($1, $2, $3) RETURNING id',
      [employeeId, tokenDigest(token), expiresAt],
    );
    return rows[0]!.id;
  }

  async findSessionOwner(token: string, now: Date): Promise<SessionOwner | null> {
    const rows: {
      session_id: string;
      employee_id: string;
      role: Role;
      team_id: string;
      managed: string[];
    }[] = await this.dataSource.query(
      `SELECT s.id AS session_id, e.id AS employee_id, e.role, e.team_id,
              COALESCE(array_agg(tm.team_id) FILTER (WHERE tm.team_id IS NOT NULL), '{}') AS managed
         FROM auth_session s
         JOIN employee e ON e.id = s.employee_id
         LEFT JOIN team_manager tm ON tm.employee_id = e.id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND e.active
        GROUP BY s.id, e.id`,
      [tokenDigest(token), now],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      sessionId: row.session_id,
      employeeId: row.employee_id,
      role: row.role,
      teamId: row.team_id,
      managedTeamIds: row.role === 'manager' ? row.managed : [],
    };
  }

  async revokeSession(sessionId: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE auth_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL',
      [sessionId],
    );
  }

  async revokeAllSessions(employeeId: string, tx?: Tx, exceptSessionId?: string): Promise<number> {
    const result: [unknown[], number] = await toManager(this.dataSource, tx).query(
      `UPDATE auth_session SET revoked_at = now()
        WHERE employee_id = $1 AND revoked_at IS NULL AND id IS DISTINCT FROM $2::uuid`,
      [employeeId, exceptSessionId ?? null],
    );
    return result[1];
  }

  async recordAttempt(email: string, ip: string, succeeded: boolean): Promise<void> {
    await this.dataSource.query(
      'INSERT INTO login_attempt (email, ip, succeeded) VALUES (lower($1), $2, $3)',
      [email.slice(0, 254), ip.slice(0, 64), succeeded],
    );
  }

  /** Failed attempts since `since`, per e-mail and per IP, and when the oldest of them expires. */
  async recentFailures(
    email: string,
    ip: string,
    since: Date,
  ): Promise<{ byEmail: number; byIp: number; oldestEmail: Date | null; oldestIp: Date | null }> {
    const rows: {
      by_email: string;
      by_ip: string;
      oldest_email: Date | null;
      oldest_ip: Date | null;
    }[] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email = lower($1)) AS by_email,
              count(*) FILTER (WHERE ip = $2) AS by_ip,
              min(at) FILTER (WHERE email = lower($1)) AS oldest_email,
              min(at) FILTER (WHERE ip = $2) AS oldest_ip
         FROM login_attempt
        WHERE at > $3 AND NOT succeeded AND (email = lower($1) OR ip = $2)`,
      [email.slice(0, 254), ip.slice(0, 64), since],
    );
    const row = rows[0]!;
    return {
      byEmail: Number(row.by_email),
      byIp: Number(row.by_ip),
      oldestEmail: row.oldest_email,
      oldestIp: row.oldest_ip,
    };
  }

  /** A successful login clears the e-mail's failure streak. */
  async forgetFailures(email: string): Promise<void> {
    await this.dataSource.query(
      'DELETE FROM login_attempt WHERE email = lower($1) AND NOT succeeded',
      [email.slice(0, 254)],
    );
  }

  async setPasswordHash(employeeId: string, hash: string, tx?: Tx): Promise<void> {
    await toManager(this.dataSource, tx).query(
      'UPDATE employee SET password_hash = $2 WHERE id = $1',
      [employeeId, hash],
    );
  }

  async passwordHash(employeeId: string): Promise<string | null> {
    const rows: { password_hash: string | null }[] = await this.dataSource.query(
      'SELECT password_hash FROM employee WHERE id = $1',
      [employeeId],
    );
    return rows[0]?.password_hash ?? null;
  }
}
