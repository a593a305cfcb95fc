import { screen, waitFor, within } from '@testing-library/react';
import { SESSION_STORAGE_KEY } from '../../../lib/session';
import { deferred, installFakeApi, json, problem } from '../../../test/fetch-mock';
import { renderApp, signedInRoutes } from '../../../test/render-app';

const loginResponse = {
  accessToken: 'fresh-token',
  expiresAt: '2999-01-01T08:00:00.000Z',
  user: { id: 'u1', name: 'Marta Nowak', email: 'marta@example.com', role: 'manager' },
};

async function fillIn(
  user: ReturnType<typeof renderApp>['user'],
  email = 'marta@example.com',
  password = 'correct horse',
) {
  await user.type(screen.getByLabelText('E-mail'), email);
  await user.type(screen.getByLabelText('Password'), password);
}

describe('LoginPage', () => {
  it('shows the server’s message for wrong credentials and stays signed out', async () => {
    const api = installFakeApi({
      'POST /api/auth/login': problem(401, 'INVALID_CREDENTIALS', 'Wrong e-mail or password.'),
    });
    const { user, router } = renderApp({ path: '/login' });

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong e-mail or password.');
    expect(router.state.location.pathname).toBe('/login');
    expect(window.localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    // A 401 from sign-in is an answer, not an ended session: no redirect, no token sent.
    expect(api.requestsTo('POST /api/auth/login')[0]?.headers.authorization).toBeUndefined();
    expect(api.requestsTo('POST /api/auth/login')[0]?.body).toEqual({
      email: 'marta@example.com',
      password: 'correct horse',
    });
  });

  it('puts each field error under its field and moves focus to the first one', async () => {
    installFakeApi({
      'POST /api/auth/login': problem(400, 'VALIDATION_FAILED', 'email: must be an email', {
        errors: [
          { field: 'email', reason: 'must be an email' },
          { field: 'password', reason: 'must be at least 8 characters' },
        ],
      }),
    });
    const { user } = renderApp({ path: '/login' });

    await fillIn(user, 'marta@example', 'short');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Please correct the fields marked below.',
    );
    const email = screen.getByLabelText('E-mail');
    const password = screen.getByLabelText('Password');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Error: must be an email');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveAccessibleDescription('Error: must be at least 8 characters');
    await waitFor(() => expect(email).toHaveFocus());
  });

  it('tells how long to wait after too many attempts and blocks the button meanwhile', async () => {
    installFakeApi({
      'POST /api/auth/login': problem(
        429,
        'TOO_MANY_ATTEMPTS',
        'Too many failed sign-in attempts. Try again in 42 s.',
        { retryAfterSeconds: 42 },
        { 'Retry-After': '42' },
      ),
    });
    const { user } = renderApp({ path: '/login' });

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts, try again in 42 s.',
    );
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeDisabled();
  });

  it('disables the submit button while signing in', async () => {
    const reply = deferred();
    installFakeApi({ ...signedInRoutes(), 'POST /api/auth/login': reply.handler });
    const { user } = renderApp({ path: '/login' });

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByRole('button', { name: 'Signing in…' })).toBeDisabled();
    reply.resolve(json(loginResponse));
    expect(await screen.findByRole('heading', { level: 1, name: 'Rota' })).toBeInTheDocument();
  });

  it('stores the token, sends it afterwards and lands on the rota', async () => {
    const api = installFakeApi({
      ...signedInRoutes(),
      'POST /api/auth/login': json(loginResponse),
    });
    const { user, router } = renderApp({ path: '/login' });

    await fillIn(user);
    // Keyboard only: Enter in the password field submits.
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Rota' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/rota');
    expect(JSON.parse(window.localStorage.getItem(SESSION_STORAGE_KEY) ?? 'null')).toEqual({
      accessToken: 'fresh-token',
      expiresAt: '2999-01-01T08:00:00.000Z',
    });
    await waitFor(() => expect(api.requestsTo('GET /api/me')).toHaveLength(1));
    expect(api.requestsTo('GET /api/me')[0]?.headers.authorization).toBe('Bearer fresh-token');
    expect(
      within(screen.getByRole('banner')).getByText('Signed in as Marta Nowak, Manager'),
    ).toBeInTheDocument();
  });

  it('returns to the page that asked for a sign-in', async () => {
    installFakeApi({ ...signedInRoutes(), 'POST /api/auth/login': json(loginResponse) });
    const { user, router } = renderApp({ path: '/staff?status=inactive' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Staff' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/staff');
    expect(router.state.location.search).toBe('?status=inactive');
  });
});
