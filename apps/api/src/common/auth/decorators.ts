import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { Caller } from './caller.js';

export const IS_PUBLIC = 'isPublic';
/** The route needs no session (login, health, calendar feeds). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const QUERY_TOKEN = 'queryToken';
/**
 * The route also takes the session token as `?access_token=` (EventSource cannot send headers).
 * Such URLs are redacted from logs like the calendar feeds.
 */
export const AllowQueryToken = () => SetMetadata(QUERY_TOKEN, true);

export type AuthenticatedRequest = Request & { caller?: Caller };

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): Caller => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.caller) throw new Error('CurrentUser used on a public route');
  return request.caller;
});
