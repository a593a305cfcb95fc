import { jest } from '@jest/globals';
import { act, screen, waitFor, within } from '@testing-library/react';
import { FakeEventSource } from '../../../test/fake-event-source';
import { installFakeApi, json, problem } from '../../../test/fetch-mock';
import { me } from '../../../test/fixtures';
import {
  addedChange,
  plan,
  PLAN_ID,
  planResult,
  runningPlan,
  summaryOf,
} from '../../../test/plan-fixtures';
import { renderApp, signedInRoutes, signIn, TEST_TOKEN } from '../../../test/render-app';

const PATH = `/plans/${PLAN_ID}`;
const GET = `GET /api/plans/${PLAN_ID}`;

beforeEach(() => {
  signIn();
  FakeEventSource.install();
});
afterEach(() => {
  FakeEventSource.uninstall();
  jest.restoreAllMocks();
});

function diffGrid(): HTMLElement {
  return screen.getByRole('grid', { name: /^Proposed changes on the rota of EMEA Support/ });
}

/** The cell where a person's row meets a day's column, found the way assistive technology does. */
function cell(person: string, day: RegExp): HTMLElement {
  const grid = diffGrid();
  const col = within(grid).getByRole('columnheader', { name: day }).getAttribute('aria-colindex');
  const row = within(grid)
    .getByRole('rowheader', { name: new RegExp(person) })
    .closest<HTMLElement>('[role="row"]');
  const found = within(row!)
    .getAllByRole('gridcell')
    .find((c) => c.getAttribute('aria-colindex') === col);
  if (!found) throw new Error(`no cell for ${person} on ${String(day)}`);
  return found;
}

describe('PlanPage', () => {
  it('shows a running plan’s progress live from the event stream, then its result', async () => {
    const clock = jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2025-04-27T08:00:06.000Z'));
    let current = runningPlan();
    const api = installFakeApi({ ...signedInRoutes(), [GET]: () => json(current) });
    renderApp({ path: PATH });

    // The first visit loads the page's chunk (with the charting library): allow it time.
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Running' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    const stream = FakeEventSource.latest();
    const url = new URL(stream.url, 'http://localhost');
    expect(url.pathname).toBe(`/api/plans/${PLAN_ID}/events`);
    // EventSource cannot send headers: the token travels in the query.
    expect(url.searchParams.get('access_token')).toBe(TEST_TOKEN);
    expect(screen.getByText('No score yet.')).toBeInTheDocument();

    act(() => {
      stream.emit('progress', { elapsedMs: 2000, objective: 4200, hardDegree: 1 });
      stream.emit('progress', { elapsedMs: 5000, objective: 1800, hardDegree: 0 });
      // A point already held (the stream replays them on connecting) is not added twice.
      stream.emit('progress', { elapsedMs: 2000, objective: 4200, hardDegree: 1 });
    });
    // The query cache tells its observers on the next tick.
    expect(await screen.findByText(/5 s of 20 s/)).toBeInTheDocument();
    // Between reports the bar moves on by this browser's clock, from when the last one came.
    clock.mockReturnValue(Date.parse('2025-04-27T08:00:08.000Z'));
    expect(await screen.findByText(/7 s of 20 s/)).toBeInTheDocument();
    const bar = screen.getByRole('progressbar', { name: 'Time used' });
    expect((bar as HTMLProgressElement).value).toBe(7);
    expect((bar as HTMLProgressElement).max).toBe(20);
    expect(
      screen.getByText('Best score so far: 1,800 (hard constraints broken: 0)'),
    ).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: /Best score over time/ })).toBeInTheDocument();

    // The run ends: the stream says so, and the plan is read again for its result.
    current = plan();
    act(() => stream.emit('status', summaryOf(current)));
    // The stream is closed on the terminal status, before the server ends it.
    expect(stream.closed).toBe(true);
    expect(await screen.findByRole('heading', { name: 'Proposed changes' })).toBeInTheDocument();
    expect(stream.closed).toBe(true);
    expect(api.requestsTo(GET).length).toBeGreaterThanOrEqual(2);
  });

  it('falls back to asking every second when the stream fails', async () => {
    let polls = 0;
    installFakeApi({
      ...signedInRoutes(),
      [GET]: () => {
        polls += 1;
        return json(
          polls < 3
            ? runningPlan({
                progress: [{ elapsedMs: polls * 1000, objective: 900, hardDegree: 0 }],
              })
            : plan(),
        );
      },
    });
    renderApp({ path: PATH });
    await screen.findByRole('progressbar', { name: 'Time used' });
    act(() => FakeEventSource.latest().fail());
    expect(await screen.findByText(/updating every second/)).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Proposed changes' }, { timeout: 4000 }),
    ).toBeInTheDocument();
    expect(polls).toBeGreaterThanOrEqual(3);
    expect(FakeEventSource.instances).toHaveLength(1);
  });

  it('shows the changes on the rota grid, marked in words, and explains each one', async () => {
    const { user } = await openSucceeded();

    expect(
      screen.getByText('1 shift added and 1 shift removed; gaps before: 3, after: 1.'),
    ).toBeInTheDocument();
    await user.click(screen.getByText('What the plan could not fully honour (1)'));
    expect(screen.getByText('Ben Carter works a Sunday he asked to have off.')).toBeVisible();
    // The gap the rota still shows, in the team's zone, and why the plan could not fill it.
    await user.click(screen.getByText('1 coverage gap left on the rota (times in Europe/Warsaw)'));
    const left = screen.getByText(
      /^Apr 28, 2025, 00:00 – Apr 28, 2025, 06:00: phone, 1 person short/,
    );
    expect(left).toBeVisible();
    expect(left).toHaveTextContent('before the plan’s first shift');
    expect(
      screen.getByText(/starts before the plan’s first shift: it belongs to the night before/),
    ).toBeVisible();

    const added = cell('Dawid Zieliński', /^Thursday, May 1, 2025/);
    expect(added).toHaveAccessibleName(
      /^Added by the plan, Early \(E\), 06:00–14:00, covers Anna Kowalska/,
    );
    expect(added.querySelector('.shift--added')).toHaveTextContent('+');
    const removed = cell('Anna Kowalska', /^Wednesday, April 30, 2025/);
    expect(removed).toHaveAccessibleName(/^Removed by the plan, Early \(E\), 06:00–14:00/);
    expect(removed.querySelector('s')).toHaveTextContent('E');
    // Shifts the plan leaves alone say nothing of it.
    expect(cell('Anna Kowalska', /^Monday, April 28, 2025/)).toHaveAccessibleName(
      'Early (E), 06:00–14:00',
    );

    // Opening the cell explains the change: why Dawid, and why not Ben.
    await user.click(within(added).getByText('06:00–14:00'));
    const dialog = screen.getByRole('dialog', { name: 'Dawid Zieliński' });
    expect(dialog).toHaveTextContent(
      'Added: Dawid Zieliński · Early 06:00–14:00 · Thu, May 1 · duty: chat · covers Anna Kowalska',
    );
    for (const sentence of addedChange.why) expect(dialog).toHaveTextContent(sentence);
    expect(dialog).toHaveTextContent(
      'Why not Ben Carter: needs 11 h rest after the late shift of the day before',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // The keyboard reaches it too: the cell holds the grid's tab stop and Enter opens it.
    act(() => cell('Dawid Zieliński', /^Thursday, May 1, 2025/).focus());
    await user.keyboard('{Enter}');
    expect(screen.getByRole('dialog', { name: 'Dawid Zieliński' })).toHaveTextContent(
      'Why Dawid Zieliński',
    );
    await user.keyboard('{Escape}');

    // The same, from the list of every change (a disclosure per change).
    const summary = screen.getByText(/^Removed: Anna Kowalska · Early 06:00–14:00 · Wed, Apr 30/);
    expect(summary.tagName).toBe('S');
    await user.click(summary);
    expect(screen.getByText('Anna Kowalska is on approved leave that day.')).toBeVisible();

    // The gap left open, with why each candidate was ruled out.
    expect(screen.getByRole('heading', { name: 'Gaps left: 1' })).toBeInTheDocument();
    expect(screen.getByText('Fri, May 2 · Late · chat: 1 person missing')).toBeInTheDocument();
    expect(screen.getByText(/Ben Carter: needs 11 h rest after a shift/)).toHaveTextContent(
      'rule: minimumRestBetweenShifts',
    );
    expect(screen.getByText(/Celina Wiśniewska: lacks the chat skill/)).toBeInTheDocument();
  });

  it('publishes the plan and refreshes the rota', async () => {
    const { api, user } = await openSucceeded();
    const published = plan({ status: 'published', publishedAt: '2025-04-27T08:05:00.000Z' });
    api.on(`POST /api/plans/${PLAN_ID}/publish`, json(published));
    api.on(GET, json(published));
    const rotaReads = api.requestsTo('GET /api/rota').length;

    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(
      await screen.findByText('Plan published: the rota now shows its changes.'),
    ).toBeInTheDocument();
    expect(api.requestsTo(`POST /api/plans/${PLAN_ID}/publish`)).toHaveLength(1);
    await waitFor(() => expect(api.requestsTo('GET /api/rota').length).toBeGreaterThan(rotaReads));
    expect(screen.queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();
  });

  it('says clearly when publishing is refused because the rota changed, and runs it again', async () => {
    const { api, user, router } = await openSucceeded();
    api.on(
      `POST /api/plans/${PLAN_ID}/publish`,
      problem(409, 'PLAN_STALE', 'The rota changed after the plan was made.'),
    );
    await user.click(screen.getByRole('button', { name: 'Publish' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This plan is out of date');
    expect(alert).toHaveTextContent('The rota changed after the plan was made');
    expect(screen.getByRole('button', { name: 'Publish' })).toBeDisabled();

    api.on('POST /api/plans', json(runningPlan({ id: 'p-next' }), 202));
    api.on('GET /api/plans/p-next', json(runningPlan({ id: 'p-next' })));
    await user.click(within(alert).getByRole('button', { name: 'Run again' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/plans/p-next'));
    expect(api.requestsTo('POST /api/plans')[0]?.body).toEqual({
      teamId: plan().teamId,
      from: '2025-04-28',
      to: '2025-05-04',
      mode: 'repair',
      timeLimitSeconds: 20,
    });
  });

  it('says a plan is out of date when the server reports it so, without trying to publish', async () => {
    installFakeApi({ ...signedInRoutes(), [GET]: json(plan({ stale: true })) });
    renderApp({ path: PATH });
    expect(await screen.findByText('This plan is out of date')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publish' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Run again' })).toBeEnabled();
  });

  it('discards a plan', async () => {
    const { api, user } = await openSucceeded();
    api.on(`POST /api/plans/${PLAN_ID}/cancel`, json(plan({ status: 'cancelled' })));
    api.on(GET, json(plan({ status: 'cancelled' })));
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(await screen.findByText('This plan was discarded.')).toBeInTheDocument();
    expect(api.requestsTo(`POST /api/plans/${PLAN_ID}/cancel`)).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();
  });

  it('shows why a run failed, and an API error when the plan cannot be read', async () => {
    installFakeApi({
      ...signedInRoutes(),
      [GET]: json(plan({ status: 'failed', result: null, error: 'No feasible start found.' })),
    });
    const first = renderApp({ path: PATH });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The run failed.');
    expect(alert).toHaveTextContent('No feasible start found.');
    first.unmount();

    installFakeApi({ ...signedInRoutes(), [GET]: problem(404, 'NOT_FOUND', 'No such plan.') });
    renderApp({ path: PATH });
    expect(await screen.findByRole('alert')).toHaveTextContent('The plan could not be loaded.');
  });

  it('offers no decisions to someone who does not manage the team', async () => {
    installFakeApi({
      ...signedInRoutes(),
      'GET /api/me': json({ ...me, role: 'employee', managedTeamIds: [] }),
      [GET]: json(plan()),
    });
    renderApp({ path: PATH });
    await screen.findByRole('heading', { name: 'Proposed changes' });
    await screen.findByText('Signed in as Marta Nowak, Employee');
    expect(screen.queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Discard' })).not.toBeInTheDocument();
  });
});

async function openSucceeded() {
  const api = installFakeApi({ ...signedInRoutes(), [GET]: json(plan()) });
  const view = renderApp({ path: PATH });
  await screen.findByRole('grid', { name: /^Proposed changes on the rota/ }, { timeout: 5000 });
  // A finished run opens no stream.
  expect(FakeEventSource.instances).toHaveLength(0);
  expect(planResult.added).toHaveLength(1);
  return { api, ...view };
}
