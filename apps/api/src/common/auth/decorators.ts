import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { Caller } from './caller.js';

export const IS_PUBLIC = 'isPublic';
/** The route needs no session (login, health, calendar feeds). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export type AuthenticatedRequest = Request & { caller?: Caller };

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): Caller => {
  const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.caller) throw new Error('CurrentUser used on a public route');
  return request.caller;
});
