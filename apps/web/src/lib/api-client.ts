import type { FieldError, ProblemDetails } from './api-types';
import { clearSession, getAccessToken } from './session';

/**
 * The one way the web app reaches the API: JSON over fetch with the session's bearer token.
 * Every failure becomes an `ApiError`; a 401 on an authenticated call ends the session here, once,
 * instead of in every screen.
 */

/** Codes the client itself assigns when there is no problem body to read one from. */
export const CLIENT_ERROR_CODES = {
  network: 'NETWORK_ERROR',
  invalidResponse: 'INVALID_RESPONSE',
} as const;

export interface ApiErrorInit {
  status: number;
  code: string;
  title?: string;
  detail?: string;
  fieldErrors?: FieldError[];
  retryAfterSeconds?: number | null;
  correlationId?: string | null;
  extensions?: Readonly<Record<string, unknown>>;
}

export class ApiError extends Error {
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  /** The server's stable code (`INVALID_CREDENTIALS`, `VALIDATION_FAILED`, …). */
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly fieldErrors: readonly FieldError[];
  /** From `Retry-After` (or the body) on 429 and 503 responses. */
  readonly retryAfterSeconds: number | null;
  readonly correlationId: string | null;
  /**
   * The problem body's other members (RFC 9457 "extension members"): what a conflict is about,
   * e.g. `violations` of POLICY_VIOLATION, `uncovered` of COVERAGE_VIOLATION, `current` of
   * VERSION_CONFLICT. Read them through a type guard; they are whatever the server sent.
   */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(init: ApiErrorInit) {
    super(init.detail || init.title || init.code);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title ?? '';
    this.detail = init.detail ?? '';
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    this.correlationId = init.correlationId ?? null;
    this.extensions = init.extensions ?? {};
  }

  /** The reasons the server gave for one field (`email`, `contract.fte`, …). */
  reasonsFor(field: string): string[] {
    return this.fieldErrors.filter((e) => e.field === field).map((e) => e.reason);
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

// --- 401 handling -----------------------------------------------------------------------------

type UnauthorizedListener = () => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/**
 * Called after a 401 on an authenticated call, once the token is gone. The app uses it to clear
 * the query cache and go to the sign-in page. Returns the unsubscribe function.
 */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

// --- requests ---------------------------------------------------------------------------------

export type QueryValue = string | number | boolean | null | undefined;
export type QueryParams = Readonly<Record<string, QueryValue>>;

export interface RequestOptions {
  query?: QueryParams;
  signal?: AbortSignal;
  /**
   * A call made without a session (sign-in): no bearer token is sent and a 401 is the caller's
   * answer to handle, not a sign that the session ended.
   */
  anonymous?: boolean;
  headers?: Readonly<Record<string, string>>;
}

interface FullRequest extends RequestOptions {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
}

/** `/api/x` plus the query, leaving out empty values so that "no filter" means no parameter. */
export function buildUrl(path: string, query?: QueryParams): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.append(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}${path.includes('?') ? '&' : '?'}${search}` : path;
}

async function request<T>(path: string, options: FullRequest): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    ...options.headers,
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const token = options.anonymous ? null : getAccessToken();
  if (token) headers.Authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: options.method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    // A cancelled query is not a failure; react-query expects the abort to propagate as is.
    if (isAbortError(error)) throw error;
    throw new ApiError({
      status: 0,
      code: CLIENT_ERROR_CODES.network,
      detail: error instanceof Error ? error.message : String(error),
    });
  }

  if (response.status === 401 && !options.anonymous) {
    clearSession();
    for (const listener of [...unauthorizedListeners]) listener();
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;

  const text = await response.text();
  if (text === '') return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError({
      status: response.status,
      code: CLIENT_ERROR_CODES.invalidResponse,
      detail: 'The server answered with something that is not JSON.',
    });
  }
}

function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'AbortError'
  );
}

/** Members every problem body has; the rest are the error's extensions. */
const STANDARD_MEMBERS = new Set([
  'type',
  'title',
  'status',
  'code',
  'detail',
  'instance',
  'errors',
  'retryAfterSeconds',
  'correlationId',
]);

async function toApiError(response: Response): Promise<ApiError> {
  let problem: Partial<ProblemDetails> & Record<string, unknown> = {};
  try {
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : null;
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      problem = parsed as Partial<ProblemDetails> & Record<string, unknown>;
  } catch {
    // A proxy's HTML error page or an empty body: fall back to the status line.
  }
  return new ApiError({
    status: response.status,
    code: typeof problem.code === 'string' ? problem.code : `HTTP_${response.status}`,
    title: typeof problem.title === 'string' ? problem.title : response.statusText,
    detail: typeof problem.detail === 'string' ? problem.detail : '',
    fieldErrors: Array.isArray(problem.errors) ? problem.errors.filter(isFieldError) : [],
    retryAfterSeconds:
      parseRetryAfter(response.headers.get('Retry-After')) ??
      (typeof problem.retryAfterSeconds === 'number' ? problem.retryAfterSeconds : null),
    correlationId: typeof problem.correlationId === 'string' ? problem.correlationId : null,
    extensions: Object.fromEntries(
      Object.entries(problem).filter(([name]) => !STANDARD_MEMBERS.has(name)),
    ),
  });
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const { field, reason } = value as Record<string, unknown>;
  return typeof field === 'string' && typeof reason === 'string';
}

/** `Retry-After` is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null || value.trim() === '') return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

export const apiClient = {
  get<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return request<T>(path, { ...options, method: 'GET' });
  },
  post<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    return request<T>(path, { ...options, method: 'POST', body });
  },
  put<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    return request<T>(path, { ...options, method: 'PUT', body });
  },
  patch<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
    return request<T>(path, { ...options, method: 'PATCH', body });
  },
  delete<T = void>(path: string, options: RequestOptions = {}): Promise<T> {
    return request<T>(path, { ...options, method: 'DELETE' });
  },
};
