import { jest } from '@jest/globals';

/**
 * A stand-in for the API at the HTTP boundary: tests declare replies per `METHOD /path`, and every
 * request the app makes is recorded with its query, headers and body for assertions.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  params: URLSearchParams;
  headers: Record<string, string>;
  body: unknown;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = Reply | ((request: RecordedRequest) => Reply | Promise<Reply>);

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Reply {
  return { status, body, headers: { 'Content-Type': 'application/json', ...headers } };
}

export function noContent(): Reply {
  return { status: 204 };
}

export function problem(
  status: number,
  code: string,
  detail: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Reply {
  return {
    status,
    body: { type: 'about:blank', title: 'Error', status, code, detail, ...extra },
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  };
}

/** A reply the test releases when it wants, to observe pending states. */
export function deferred(): { handler: () => Promise<Reply>; resolve: (reply: Reply) => void } {
  let release: (reply: Reply) => void = () => undefined;
  const promise = new Promise<Reply>((resolve) => {
    release = resolve;
  });
  return { handler: () => promise, resolve: (reply) => release(reply) };
}

function toResponse(reply: Reply): Response {
  const headers = new Map(
    Object.entries(reply.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
  );
  const text = reply.body === undefined ? '' : JSON.stringify(reply.body);
  const fake = {
    status: reply.status,
    ok: reply.status >= 200 && reply.status < 300,
    statusText: '',
    headers: { get: (name: string) => headers.get(name.toLowerCase()) ?? null },
    text: () => Promise.resolve(text),
    json: () => Promise.resolve(JSON.parse(text) as unknown),
  };
  // Only the members the API client reads are provided (jsdom has no Response).
  return fake as unknown as Response;
}

function headersOf(init: RequestInit | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries((init?.headers ?? {}) as Record<string, string>)) {
    out[name.toLowerCase()] = value;
  }
  return out;
}

export interface FakeApi {
  requests: RecordedRequest[];
  /** Requests to one route, e.g. `GET /api/employees`. */
  requestsTo(route: string): RecordedRequest[];
  /** Replaces (or adds) the reply for a route. */
  on(route: string, handler: Handler): void;
  /** Routes the app asked for that the test did not declare. */
  unmatched: string[];
}

export function installFakeApi(routes: Record<string, Handler> = {}): FakeApi {
  const table = new Map<string, Handler>(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const unmatched: string[] = [];

  const fetchMock = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const request: RecordedRequest = {
      method,
      path: url.pathname,
      params: url.searchParams,
      headers: headersOf(init),
      body: typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    };
    requests.push(request);
    const handler = table.get(`${method} ${url.pathname}`);
    if (!handler) {
      unmatched.push(`${method} ${url.pathname}`);
      return toResponse(problem(404, 'ROUTE_NOT_FOUND', `No route ${method} ${url.pathname}`));
    }
    return toResponse(typeof handler === 'function' ? await handler(request) : handler);
  });
  globalThis.fetch = fetchMock as unknown as typeof fetch;

  return {
    requests,
    requestsTo: (route) => {
      const [method, path] = route.split(' ');
      return requests.filter((r) => r.method === method && r.path === path);
    },
    on: (route, handler) => table.set(route, handler),
    unmatched,
  };
}
