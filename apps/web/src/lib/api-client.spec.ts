import { jest } from '@jest/globals';
import { installFakeApi, json, noContent, problem } from '../test/fetch-mock';
import { ApiError, apiClient, buildUrl, onUnauthorized, parseRetryAfter } from './api-client';
import { readSession, saveSession } from './session';

const session = { accessToken: 'tok-123', expiresAt: '2999-01-01T00:00:00.000Z' };

describe('buildUrl', () => {
  it('leaves out empty values so that "no filter" sends no parameter', () => {
    expect(
      buildUrl('/api/employees', {
        teamId: 't1',
        q: '',
        skill: undefined,
        role: null,
        active: false,
        limit: 25,
      }),
    ).toBe('/api/employees?teamId=t1&active=false&limit=25');
    expect(buildUrl('/api/me')).toBe('/api/me');
    expect(buildUrl('/api/employees', { q: 'Zoë & co' })).toBe('/api/employees?q=Zo%C3%AB+%26+co');
  });
});

describe('parseRetryAfter', () => {
  it('reads delay-seconds and HTTP dates', () => {
    const now = Date.UTC(2025, 0, 1, 12, 0, 0);
    expect(parseRetryAfter('30', now)).toBe(30);
    expect(parseRetryAfter('Wed, 01 Jan 2025 12:01:30 GMT', now)).toBe(90);
    expect(parseRetryAfter('Wed, 01 Jan 2025 11:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});

describe('apiClient', () => {
  it('sends JSON with the session’s bearer token and parses the reply', async () => {
    saveSession(session);
    const api = installFakeApi({ 'POST /api/things': json({ id: 'x1' }, 201) });

    await expect(apiClient.post('/api/things', { name: 'A' })).resolves.toEqual({ id: 'x1' });

    const [request] = api.requests;
    expect(request?.headers.authorization).toBe('Bearer tok-123');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.body).toEqual({ name: 'A' });
  });

  it('returns nothing for 204', async () => {
    saveSession(session);
    installFakeApi({ 'POST /api/auth/logout': noContent() });
    await expect(apiClient.post('/api/auth/logout')).resolves.toBeUndefined();
  });

  it('turns a problem body into an ApiError with code, detail, field errors and Retry-After', async () => {
    installFakeApi({
      'POST /api/things': problem(
        400,
        'VALIDATION_FAILED',
        'name: must be shorter',
        {
          errors: [
            { field: 'name', reason: 'must be shorter' },
            { field: 'contract.fte', reason: 'must be at most 1' },
          ],
          correlationId: 'abc',
        },
        { 'Retry-After': '7' },
      ),
    });

    const error = await apiClient.post('/api/things', {}).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(400);
    expect(apiError.code).toBe('VALIDATION_FAILED');
    expect(apiError.detail).toBe('name: must be shorter');
    expect(apiError.fieldErrors).toHaveLength(2);
    expect(apiError.reasonsFor('contract.fte')).toEqual(['must be at most 1']);
    expect(apiError.reasonsFor('email')).toEqual([]);
    expect(apiError.retryAfterSeconds).toBe(7);
    expect(apiError.correlationId).toBe('abc');
  });

  it('keeps the problem body’s extension members for conflicts that carry details', async () => {
    installFakeApi({
      'POST /api/leave-requests/l1/approve': problem(
        409,
        'COVERAGE_VIOLATION',
        'Would open gaps.',
        {
          uncovered: [{ skillId: 's1', startLocal: '2025-05-05T08:00' }],
          correlationId: 'c1',
        },
      ),
    });

    const error = (await apiClient
      .post('/api/leave-requests/l1/approve', { version: 1 })
      .catch((e: unknown) => e)) as ApiError;

    expect(error.code).toBe('COVERAGE_VIOLATION');
    expect(error.extensions).toEqual({
      uncovered: [{ skillId: 's1', startLocal: '2025-05-05T08:00' }],
    });
  });

  it('falls back to the status when the error body is not problem JSON', async () => {
    installFakeApi({ 'GET /api/things': { status: 502, body: undefined } });

    const error = (await apiClient.get('/api/things').catch((e: unknown) => e)) as ApiError;

    expect(error.status).toBe(502);
    expect(error.code).toBe('HTTP_502');
    expect(error.fieldErrors).toEqual([]);
  });

  it('reports an unreachable server as a network error (status 0)', async () => {
    globalThis.fetch = jest.fn(() =>
      Promise.reject(new TypeError('Failed to fetch')),
    ) as typeof fetch;

    const error = (await apiClient.get('/api/me').catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error.isNetworkError).toBe(true);
    expect(error.code).toBe('NETWORK_ERROR');
  });

  it('ends the session on a 401 from an authenticated call', async () => {
    saveSession(session);
    installFakeApi({ 'GET /api/me': problem(401, 'UNAUTHENTICATED', 'The session has expired.') });
    const listener = jest.fn();
    const unsubscribe = onUnauthorized(listener);

    const error = (await apiClient.get('/api/me').catch((e: unknown) => e)) as ApiError;
    unsubscribe();

    expect(error.status).toBe(401);
    expect(readSession()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('leaves the session alone on a 401 from an anonymous call (sign-in)', async () => {
    saveSession(session);
    const api = installFakeApi({
      'POST /api/auth/login': problem(401, 'INVALID_CREDENTIALS', 'Wrong e-mail or password.'),
    });
    const listener = jest.fn();
    const unsubscribe = onUnauthorized(listener);

    const error = (await apiClient
      .post('/api/auth/login', { email: 'a@b.c', password: 'x' }, { anonymous: true })
      .catch((e: unknown) => e)) as ApiError;
    unsubscribe();

    expect(error.code).toBe('INVALID_CREDENTIALS');
    expect(listener).not.toHaveBeenCalled();
    expect(readSession()).toEqual(session);
    expect(api.requests[0]?.headers.authorization).toBeUndefined();
  });
});
