import { randomUUID } from 'node:crypto';
import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  Logger,
} from '@nestjs/common';
import { DomainError, type FieldError } from '@planner/domain';
import type { Request, Response } from 'express';
import { statusForCode } from './error-status.js';

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  errors?: FieldError[];
  correlationId?: string;
  [key: string]: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthenticated',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

const HTTP_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'ROUTE_NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

/**
 * Every error leaves as RFC 9457 problem JSON with a stable `code`. Unknown errors become a 500
 * that reveals nothing; the correlation id ties the response to the log line.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const request = host.switchToHttp().getRequest<Request>();
    const problem = this.toProblem(exception, request);
    if (response.headersSent) return;
    sendProblem(response, problem);
  }

  private toProblem(exception: unknown, request: Request): Problem {
    if (exception instanceof DomainError) {
      const status = statusForCode(exception.code);
      return {
        type: `about:blank`,
        title: TITLES[status] ?? 'Error',
        status,
        code: exception.code,
        detail: exception.message,
        ...exception.details,
      };
    }
    const bodyError = asBodyParserError(exception);
    if (bodyError) return bodyError;
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const detail =
        typeof body === 'string'
          ? body
          : String((body as { message?: unknown }).message ?? exception.message);
      return {
        type: 'about:blank',
        title: TITLES[status] ?? 'Error',
        status,
        code: HTTP_CODES[status] ?? 'HTTP_ERROR',
        detail: status === 404 ? `No route ${request.method} ${redactPath(request.path)}` : detail,
      };
    }
    const correlationId = randomUUID();
    this.logger.error(
      `${correlationId} ${request.method} ${redactPath(request.path)}: ${
        exception instanceof Error ? (exception.stack ?? exception.message) : String(exception)
      }`,
    );
    return {
      type: 'about:blank',
      title: TITLES[500]!,
      status: 500,
      code: 'INTERNAL_ERROR',
      detail: 'Something went wrong on our side. The error has been logged.',
      correlationId,
    };
  }
}

/** Errors raised by Express's body parser before any handler runs. */
export function asBodyParserError(exception: unknown): Problem | null {
  if (typeof exception !== 'object' || exception === null) return null;
  const type = (exception as { type?: unknown }).type;
  if (type === 'entity.parse.failed') {
    return {
      type: 'about:blank',
      title: TITLES[400]!,
      status: 400,
      code: 'MALFORMED_JSON',
      detail: 'The request body is not valid JSON.',
      errors: [{ field: 'body', reason: 'is not valid JSON' }],
    };
  }
  if (type === 'entity.too.large') {
    return {
      type: 'about:blank',
      title: TITLES[413]!,
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      detail: 'The request body is larger than the server accepts.',
      errors: [{ field: 'body', reason: 'is too large' }],
    };
  }
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return {
      type: 'about:blank',
      title: TITLES[415]!,
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      detail: 'The request body encoding is not supported.',
    };
  }
  return null;
}

/** Calendar feed addresses are secrets: they never reach a log. */
export function redactPath(path: string): string {
  return path.slice(0, 200).replace(/^\/ical\/[^/]*/, '/ical/[redacted]');
}

export function sendProblem(response: Response, problem: Problem): void {
  if (problem.status === 429 && typeof problem.retryAfterSeconds === 'number') {
    response.setHeader('Retry-After', String(problem.retryAfterSeconds));
  }
  response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
}
