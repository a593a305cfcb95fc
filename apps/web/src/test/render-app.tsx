import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router-dom';
import { App } from '../app/app';
import { createRoutes } from '../app/router';
import { createI18n, type LanguageCode } from '../i18n';
import { createQueryClient } from '../lib/query-client';
import { saveSession } from '../lib/session';
import { json, type RecordedRequest } from './fetch-mock';
import { employees, me, page, skills, teams } from './fixtures';
import { emptyRota, ROTA_FROM, ROTA_TO, rotaResponse } from './rota-fixtures';

export const TEST_TOKEN = 'test-token-1';

/** A session that the client considers valid (the fake API decides what the server thinks). */
export function signIn(token = TEST_TOKEN): void {
  saveSession({ accessToken: token, expiresAt: '2999-01-01T00:00:00.000Z' });
}

/** The whole app (router, providers, 401 handling) at `path`, in memory. */
export function renderApp({
  path = '/',
  language = 'en',
}: { path?: string; language?: LanguageCode } = {}) {
  // No retries: a failing request must show its error state at once.
  const queryClient = createQueryClient({ queries: { retry: false } });
  const i18n = createI18n(language);
  const router = createMemoryRouter(createRoutes(), { initialEntries: [path] });
  const user = userEvent.setup();
  const view = render(<App router={router} queryClient={queryClient} i18n={i18n} />);
  return { ...view, router, queryClient, i18n, user };
}

/** The fixture week's rota for its window; any other window has the same people and no shifts. */
export function rotaReply(request: RecordedRequest) {
  const from = request.params.get('from') ?? ROTA_FROM;
  const to = request.params.get('to') ?? ROTA_TO;
  return json(from === ROTA_FROM && to === ROTA_TO ? rotaResponse() : emptyRota(from, to), 200, {
    ETag: '"rota-7"',
  });
}

/** Replies for a signed-in manager of EMEA Support whose team has the fixture employees. */
export function signedInRoutes() {
  return {
    'GET /api/me': json(me),
    'GET /api/teams': json(page(teams)),
    'GET /api/skills': json(page(Object.values(skills), undefined, 200)),
    'GET /api/employees': json(page(employees)),
    'GET /api/rota': rotaReply,
  };
}
