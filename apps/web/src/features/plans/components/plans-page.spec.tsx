import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { type Handler, installFakeApi, json, problem } from '../../../test/fetch-mock';
import { me, teams } from '../../../test/fixtures';
import { plan, PLAN_ID, runningPlan, summaryOf } from '../../../test/plan-fixtures';
import { renderApp, signedInRoutes, signIn } from '../../../test/render-app';

const team = teams[0]!;

beforeEach(() => {
  signIn();
  // 23:30 UTC on 27 April is already 28 April in Warsaw: the form starts from the team's today.
  jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2025-04-27T23:30:00.000Z'));
});
afterEach(() => jest.restoreAllMocks());

function routes(extra: Record<string, Handler> = {}) {
  return {
    ...signedInRoutes(),
    'GET /api/plans': json({ items: [] }),
    ...extra,
  };
}

describe('PlansPage', () => {
  it('starts a run with the chosen mode, dates and time limit, then opens its page', async () => {
    const api = installFakeApi(
      routes({
        'POST /api/plans': json(runningPlan({ mode: 'build' }), 202),
        [`GET /api/plans/${PLAN_ID}`]: json(runningPlan({ mode: 'build' })),
      }),
    );
    const { user, router } = renderApp({ path: '/plans' });

    const mode = await screen.findByRole('combobox', { name: 'Mode' });
    expect(mode).toHaveValue('repair');
    expect(screen.getByLabelText('From')).toHaveValue('2025-04-28');
    expect(screen.getByLabelText('To (inclusive)')).toHaveValue('2025-05-11');
    const limit = screen.getByRole('spinbutton', { name: /Time limit/ });
    expect(limit).toHaveValue(20);

    await user.selectOptions(mode, 'Build');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-05-05' } });
    fireEvent.change(screen.getByLabelText('To (inclusive)'), { target: { value: '2025-05-18' } });
    await user.clear(limit);
    await user.type(limit, '45');
    await user.click(screen.getByRole('button', { name: 'Start run' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/plans/${PLAN_ID}`));
    expect(api.requestsTo('POST /api/plans')).toHaveLength(1);
    expect(api.requestsTo('POST /api/plans')[0]?.body).toEqual({
      teamId: team.id,
      mode: 'build',
      from: '2025-05-05',
      to: '2025-05-18',
      timeLimitSeconds: 45,
    });
  });

  it('checks the form before sending and shows the server’s reasons under their fields', async () => {
    const api = installFakeApi(
      routes({
        'POST /api/plans': problem(400, 'VALIDATION_FAILED', 'Invalid input.', {
          errors: [{ field: 'to', reason: 'must be at most 92 days after from' }],
        }),
      }),
    );
    const { user } = renderApp({ path: '/plans' });
    const limit = await screen.findByRole('spinbutton', { name: /Time limit/ });

    await user.clear(limit);
    await user.type(limit, '400');
    fireEvent.change(screen.getByLabelText('To (inclusive)'), { target: { value: '2025-04-01' } });
    await user.click(screen.getByRole('button', { name: 'Start run' }));
    expect(limit).toHaveAccessibleDescription(
      /Error: Enter a whole number of seconds from 5 to 300\./,
    );
    expect(screen.getByLabelText('To (inclusive)')).toHaveAccessibleDescription(
      'Error: The end date must not be before the start date.',
    );
    expect(api.requestsTo('POST /api/plans')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('To (inclusive)'), { target: { value: '2025-12-31' } });
    expect(screen.getByLabelText('To (inclusive)')).toHaveAccessibleDescription(
      'Error: A plan covers at most 93 days.',
    );
    await user.clear(limit);
    await user.type(limit, '30');
    fireEvent.change(screen.getByLabelText('To (inclusive)'), { target: { value: '2025-07-20' } });
    await user.click(screen.getByRole('button', { name: 'Start run' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The run could not be started.');
    expect(screen.getByLabelText('To (inclusive)')).toHaveAccessibleDescription(
      'Error: must be at most 92 days after from',
    );
  });

  it('lists the team’s recent plans with their status in words', async () => {
    const api = installFakeApi(
      routes({
        'GET /api/plans': json({
          items: [
            summaryOf(runningPlan({ id: 'p2', createdAt: '2025-04-27T09:00:00.000Z' })),
            summaryOf(plan({ stale: true })),
          ],
        }),
      }),
    );
    renderApp({ path: '/plans' });
    const table = await screen.findByRole('table', { name: 'Recent plans of EMEA Support' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Repair');
    expect(rows[0]).toHaveTextContent('Running');
    // Created at 09:00 UTC is 11:00 in Warsaw, the team's zone.
    expect(rows[0]).toHaveTextContent('11:00');
    expect(rows[1]).toHaveTextContent('Ready for review · out of date');
    expect(within(rows[1]!).getByRole('link')).toHaveAttribute('href', `/plans/${PLAN_ID}`);
    expect(api.requestsTo('GET /api/plans')[0]?.params.get('teamId')).toBe(team.id);
  });

  it('says when there are no plans, and shows an error from the API', async () => {
    installFakeApi(routes());
    renderApp({ path: '/plans' });
    expect(await screen.findByText('No plans yet')).toBeInTheDocument();
  });

  it('shows why the list could not be loaded', async () => {
    installFakeApi(
      routes({
        'GET /api/plans': problem(422, 'TEAM_ARCHIVED', 'The team is archived.'),
      }),
    );
    renderApp({ path: '/plans' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The plans could not be loaded.');
    expect(alert).toHaveTextContent('The team is archived.');
  });

  it('offers no run form to someone who does not manage the team', async () => {
    installFakeApi(
      routes({ 'GET /api/me': json({ ...me, role: 'employee', managedTeamIds: [] }) }),
    );
    renderApp({ path: '/plans' });
    expect(
      await screen.findByText('Only managers of EMEA Support can run the solver.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start run' })).not.toBeInTheDocument();
  });
});
