import { screen, waitFor, within } from '@testing-library/react';
import { meQueryOptions } from '../lib/api/get-me';
import { SESSION_STORAGE_KEY } from '../lib/session';
import { installFakeApi, noContent, problem } from '../test/fetch-mock';
import { renderApp, signedInRoutes, signIn, TEST_TOKEN } from '../test/render-app';
import { appViews } from './route-table';

describe('signed-in frame', () => {
  beforeEach(() => signIn());

  it('shows the product, the navigation from the route table, the team and the signed-in person', async () => {
    installFakeApi(signedInRoutes());
    const { i18n } = renderApp({ path: '/staff' });

    const header = screen.getByRole('banner');
    expect(within(header).getByText('Coverage planner')).toBeInTheDocument();
    const nav = within(header).getByRole('navigation', { name: 'Main' });
    // Views for some roles only (Setup) appear once /api/me says who is signed in: a manager.
    await within(nav).findByRole('link', { name: 'Setup' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(appViews.filter((view) => !view.hideFromNav).map((view) => i18n.t(view.navLabelKey)));
    expect(within(nav).getByRole('link', { name: 'Staff' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    // The rota is the first view, the one signing in lands on.
    expect(within(nav).getAllByRole('link')[0]).toHaveTextContent('Rota');

    expect(
      await within(header).findByText('Signed in as Marta Nowak, Manager'),
    ).toBeInTheDocument();
    const teamSelect = await within(header).findByRole('combobox', { name: 'Team' });
    expect(teamSelect).toHaveDisplayValue('EMEA Support');
    expect(within(header).getByRole('combobox', { name: 'Language' })).toHaveDisplayValue(
      'English',
    );
    expect(document.title).toBe('Staff · Coverage planner');
  });

  it('opens on the first view and has a skip link to the main content', async () => {
    installFakeApi(signedInRoutes());
    const { router, user } = renderApp({ path: '/' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Rota' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/rota');

    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('sends you back to sign in when a later call answers 401, dropping token and cache', async () => {
    const api = installFakeApi({
      ...signedInRoutes(),
      'GET /api/employees': problem(
        401,
        'UNAUTHENTICATED',
        'The session has expired or was revoked.',
      ),
    });
    const { router, queryClient } = renderApp({ path: '/staff?skill=chat' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your session has ended. Please sign in again.',
    );
    expect(router.state.location.pathname).toBe('/login');
    expect(window.localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(api.requestsTo('GET /api/employees')[0]?.headers.authorization).toBe(
      `Bearer ${TEST_TOKEN}`,
    );
    expect(queryClient.getQueryData(meQueryOptions().queryKey)).toBeUndefined();
    expect(queryClient.getQueryCache().findAll({ queryKey: ['teams'] })).toHaveLength(0);
  });

  it('signs out: revokes the token on the server and forgets it here', async () => {
    const api = installFakeApi({ ...signedInRoutes(), 'POST /api/auth/logout': noContent() });
    const { user, router } = renderApp({ path: '/staff' });
    await screen.findByText('Signed in as Marta Nowak, Manager');

    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('You have been signed out.');
    expect(router.state.location.pathname).toBe('/login');
    expect(api.requestsTo('POST /api/auth/logout')).toHaveLength(1);
    expect(api.requestsTo('POST /api/auth/logout')[0]?.headers.authorization).toBe(
      `Bearer ${TEST_TOKEN}`,
    );
    expect(window.localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    // Nothing of the ended session is fetched again on the way out.
    expect(api.requests.at(-1)?.path).toBe('/api/auth/logout');
  });

  it('has a not-found page for unknown addresses', async () => {
    installFakeApi(signedInRoutes());
    renderApp({ path: '/no/such/page' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the rota' })).toHaveAttribute('href', '/rota');
    await waitFor(() => expect(document.title).toBe('Page not found · Coverage planner'));
  });
});

describe('without a session', () => {
  it('asks to sign in and calls nothing that needs one', async () => {
    const api = installFakeApi(signedInRoutes());
    renderApp({ path: '/staff' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });

  it('treats an expired stored session as none', async () => {
    window.localStorage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({ accessToken: 'old', expiresAt: '2000-01-01T00:00:00.000Z' }),
    );
    installFakeApi(signedInRoutes());
    renderApp({ path: '/staff' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(window.localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });
});
