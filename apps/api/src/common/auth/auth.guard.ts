import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@planner/domain';
import { AuthService } from '../../modules/auth/auth.service.js';
import { type AuthenticatedRequest, IS_PUBLIC, QUERY_TOKEN } from './decorators.js';

/** Every route needs a valid bearer token unless it is marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const fromQuery = this.reflector.getAllAndOverride<boolean>(QUERY_TOKEN, [
      context.getHandler(),
      context.getClass(),
    ])
      ? request.query.access_token
      : undefined;
    const token =
      bearerToken(request.headers.authorization) ??
      (typeof fromQuery === 'string' ? bearerToken(`Bearer ${fromQuery}`) : null);
    if (!token) {
      throw new DomainError(
        'UNAUTHENTICATED',
        'Sign in first: send "Authorization: Bearer <token>".',
      );
    }
    request.caller = await this.auth.authenticate(token);
    return true;
  }
}

export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header.trim());
  return match?.[1] ?? null;
}
