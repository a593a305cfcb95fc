import { screen, waitFor, within } from '@testing-library/react';
import { TEAM_STORAGE_KEY } from '../../../lib/selected-team';
import { installFakeApi, json, problem } from '../../../test/fetch-mock';
import { employee, employees, page, teams } from '../../../test/fixtures';
import { renderApp, signedInRoutes, signIn } from '../../../test/render-app';

beforeEach(() => signIn());

function rowOf(name: string): HTMLElement {
  const row = screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

function chipsIn(list: HTMLElement): string[] {
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

describe('StaffPage', () => {
  it('lists the selected team’s people with their skills as chips, grouped by category', async () => {
    const api = installFakeApi(signedInRoutes());
    renderApp({ path: '/staff' });

    expect(await screen.findByRole('rowheader', { name: /Anna Kowalska/ })).toBeInTheDocument();
    expect(screen.getByText('3 people')).toBeInTheDocument();
    expect(screen.getByText('EMEA Support · Europe/Warsaw')).toBeInTheDocument();

    // Channels first, then languages, then roles; by name within a category.
    const anna = rowOf('Anna Kowalska');
    expect(chipsIn(within(anna).getByRole('list', { name: 'Channel skills' }))).toEqual([
      'Chat',
      'Phone',
    ]);
    expect(chipsIn(within(anna).getByRole('list', { name: 'Language skills' }))).toEqual([
      'Polish',
    ]);
    expect(chipsIn(within(anna).getByRole('list', { name: 'Role skills' }))).toEqual([
      'Coordinator',
    ]);
    const groups = within(anna)
      .getAllByRole('list')
      .map((list) => list.getAttribute('aria-label'));
    expect(groups).toEqual(['Channel skills', 'Language skills', 'Role skills']);

    // The request asked for the selected (home) team's active people, first page.
    const request = api.requestsTo('GET /api/employees')[0];
    expect(request?.params.get('teamId')).toBe(teams[0]!.id);
    expect(request?.params.get('active')).toBe('true');
    expect(request?.params.get('limit')).toBe('25');
    expect(request?.params.get('offset')).toBe('0');
    expect(request?.params.has('q')).toBe(false);
    expect(request?.params.has('skill')).toBe(false);
  });

  it('marks inactive people in words and shows a remote person’s home time zone', async () => {
    installFakeApi(signedInRoutes());
    renderApp({ path: '/staff' });
    await screen.findByRole('rowheader', { name: /Anna Kowalska/ });

    // Deactivated at 23:30 UTC on 1 March, which is already 2 March in the team's Warsaw.
    expect(
      within(rowOf('Celina Wiśniewska')).getByText('Inactive since Mar 2, 2025'),
    ).toBeVisible();
    expect(within(rowOf('Anna Kowalska')).getByText('Active')).toBeInTheDocument();

    expect(
      within(rowOf('Ben Carter')).getByText(/Works from America\/New York/),
    ).toBeInTheDocument();
    expect(within(rowOf('Anna Kowalska')).queryByText(/Works from/)).not.toBeInTheDocument();
    expect(within(rowOf('Anna Kowalska')).getByText('Team time zone')).toBeInTheDocument();
  });

  it('shows an empty state when the team has nobody', async () => {
    installFakeApi({ ...signedInRoutes(), 'GET /api/employees': json(page([])) });
    renderApp({ path: '/staff' });

    expect(await screen.findByText('No one in this team yet')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('0 people')).toBeInTheDocument();
  });

  it('offers to clear filters when a search finds nobody', async () => {
    const api = installFakeApi({
      ...signedInRoutes(),
      'GET /api/employees': (request) =>
        json(request.params.get('q') === 'zed' ? page([]) : page(employees)),
    });
    const { user } = renderApp({ path: '/staff?q=zed' });

    expect(await screen.findByText('No one matches these filters')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('zed');
    const empty = screen.getByText('No one matches these filters').closest('.empty-state');
    await user.click(within(empty as HTMLElement).getByRole('button', { name: 'Clear filters' }));

    expect(await screen.findByRole('rowheader', { name: /Anna Kowalska/ })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    expect(api.requestsTo('GET /api/employees').at(-1)?.params.has('q')).toBe(false);
  });

  it('shows an error state with a retry that recovers', async () => {
    let fail = true;
    installFakeApi({
      ...signedInRoutes(),
      'GET /api/employees': () =>
        fail
          ? problem(500, 'INTERNAL_ERROR', 'Something went wrong on our side.', {
              correlationId: 'c0ffee',
            })
          : json(page(employees)),
    });
    const { user } = renderApp({ path: '/staff' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The staff list could not be loaded.');
    expect(alert).toHaveTextContent(
      'Something went wrong on our side. Please try again in a moment.',
    );
    expect(alert).toHaveTextContent('Reference: c0ffee');

    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('rowheader', { name: /Anna Kowalska/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('filters by skill on the server, using the skill’s code', async () => {
    const api = installFakeApi(signedInRoutes());
    const { user, router } = renderApp({ path: '/staff' });
    await screen.findByRole('rowheader', { name: /Anna Kowalska/ });

    const select = screen.getByRole('combobox', { name: 'Skill' });
    await waitFor(() => expect(select).toBeEnabled());
    await user.selectOptions(select, 'Polish');

    await waitFor(() =>
      expect(api.requestsTo('GET /api/employees').at(-1)?.params.get('skill')).toBe('pl'),
    );
    expect(router.state.location.search).toBe('?skill=pl');
    expect(api.requestsTo('GET /api/employees').at(-1)?.params.get('offset')).toBe('0');
  });

  it('searches on the server once typing pauses, not on every keystroke', async () => {
    const api = installFakeApi(signedInRoutes());
    const { user } = renderApp({ path: '/staff' });
    await screen.findByRole('rowheader', { name: /Anna Kowalska/ });

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'ann');

    await waitFor(() =>
      expect(api.requestsTo('GET /api/employees').at(-1)?.params.get('q')).toBe('ann'),
    );
    const searched = api
      .requestsTo('GET /api/employees')
      .map((r) => r.params.get('q'))
      .filter((q) => q !== null);
    expect(searched).toEqual(['ann']);
  });

  it('lists inactive people when asked', async () => {
    const api = installFakeApi(signedInRoutes());
    const { user } = renderApp({ path: '/staff' });
    await screen.findByRole('rowheader', { name: /Anna Kowalska/ });

    await user.click(screen.getByRole('radio', { name: 'Inactive' }));

    await waitFor(() =>
      expect(api.requestsTo('GET /api/employees').at(-1)?.params.get('active')).toBe('false'),
    );
    expect(screen.getByRole('radio', { name: 'Inactive' })).toBeChecked();
  });

  it('pages through a long list', async () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      employee({
        id: `e0000000-0000-4000-8000-0000000001${String(i).padStart(2, '0')}`,
        name: `Person ${i + 1}`,
      }),
    );
    const api = installFakeApi({
      ...signedInRoutes(),
      'GET /api/employees': (request) => {
        const offset = Number(request.params.get('offset'));
        return json(page(offset === 0 ? many : many.slice(0, 5), 30, 25, offset));
      },
    });
    const { user } = renderApp({ path: '/staff' });

    expect(await screen.findByText('1–25 of 30')).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Previous page/ })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: /Next page/ }));

    expect(await screen.findByText('26–30 of 30')).toBeInTheDocument();
    expect(api.requestsTo('GET /api/employees').at(-1)?.params.get('offset')).toBe('25');
    expect(screen.getByRole('button', { name: /Next page/ })).toBeDisabled();
  });

  it('follows the team chosen in the header and remembers it', async () => {
    const api = installFakeApi(signedInRoutes());
    const { user } = renderApp({ path: '/staff' });
    await screen.findByRole('rowheader', { name: /Anna Kowalska/ });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Team' }), 'Americas Support');

    await waitFor(() =>
      expect(api.requestsTo('GET /api/employees').at(-1)?.params.get('teamId')).toBe(teams[1]!.id),
    );
    expect(await screen.findByText('Americas Support · America/New York')).toBeInTheDocument();
    expect(window.localStorage.getItem(TEAM_STORAGE_KEY)).toBe(teams[1]!.id);
  });
});
