import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@planner/domain';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { Caller } from '../../common/auth/caller.js';
import { UnitOfWork } from '../../database/unit-of-work.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { AuthRepository } from './auth.repository.js';
import { hashPassword, verifyPassword } from './password.js';

export interface LoginResult {
  accessToken: string;
  expiresAt: Date;
  employeeId: string;
}

@Injectable()
export class AuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repository: AuthRepository,
    private readonly audit: AuditRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async login(email: string, password: string, ip: string): Promise<LoginResult> {
    await this.throttle(email, ip);
    const account = await this.repository.findAccount(email);
    const valid = await verifyPassword(account?.passwordHash ?? null, password);
    if (!account || !valid || !account.active) {
      await this.repository.recordAttempt(email, ip, false);
      throw new DomainError('INVALID_CREDENTIALS', 'Wrong e-mail or password.');
    }
    await this.repository.forgetFailures(email);
    await this.repository.recordAttempt(email, ip, true);
    // 256 bits from the CSPRNG; only its digest is stored.
    const accessToken = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.tokenTtlHours * 3_600_000);
    await this.repository.createSession(account.id, accessToken, expiresAt);
    return { accessToken, expiresAt, employeeId: account.id };
  }

  async authenticate(token: string): Promise<Caller> {
    const owner = await this.repository.findSessionOwner(token, new Date());
    if (!owner) {
      throw new DomainError(
        'UNAUTHENTICATED',
        'The session has expired or was revoked. Sign in again.',
      );
    }
    return {
      id: owner.employeeId,
      role: owner.role,
      teamId: owner.teamId,
      managedTeamIds: owner.managedTeamIds,
      sessionId: owner.sessionId,
    };
  }

  logout(caller: Caller): Promise<void> {
    return this.repository.revokeSession(caller.sessionId);
  }

  async changePassword(
    caller: Caller,
    currentPassword: string,
    newPassword: string,
  ): Promise<void> {
    const hash = await this.repository.passwordHash(caller.id);
    if (!(await verifyPassword(hash, currentPassword))) {
      throw DomainError.validation([
        { field: 'currentPassword', reason: 'is not your current password' },
      ]);
    }
    const newHash = await hashPassword(newPassword);
    await this.unitOfWork.run(async (tx) => {
      await this.repository.setPasswordHash(caller.id, newHash, tx);
      // Other devices must sign in again with the new password.
      await this.repository.revokeAllSessions(caller.id, tx, caller.sessionId);
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId: caller.teamId,
        action: 'password.changed',
        entity: 'employee',
        entityId: caller.id,
      });
    });
  }

  private async throttle(email: string, ip: string): Promise<void> {
    const { perEmail, perIp, windowMinutes } = this.config.loginAttempts;
    const windowMs = windowMinutes * 60_000;
    const failures = await this.repository.recentFailures(
      email,
      ip,
      new Date(Date.now() - windowMs),
    );
    const blockedSince =
      failures.byEmail >= perEmail
        ? failures.oldestEmail
        : failures.byIp >= perIp
          ? failures.oldestIp
          : null;
    if (blockedSince) {
      const retryAfterSeconds = Math.max(
        1,
        Math.ceil((blockedSince.getTime() + windowMs - Date.now()) / 1000),
      );
      throw new DomainError(
        'TOO_MANY_ATTEMPTS',
        `Too many failed sign-in attempts. Try again in ${retryAfterSeconds} s.`,
        { retryAfterSeconds },
      );
    }
  }
}
