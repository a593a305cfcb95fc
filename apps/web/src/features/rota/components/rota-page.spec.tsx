import { jest } from '@jest/globals';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { installFakeApi, json, noContent, problem } from '../../../test/fetch-mock';
import { me, teams } from '../../../test/fixtures';
import { renderApp, signedInRoutes, signIn } from '../../../test/render-app';
import {
  coverAssignmentId,
  dawid,
  emptyRota,
  ROTA_FROM,
  ROTA_TO,
  rotaCancelled,
  rotaResponse,
  rotaShifts,
  shiftTypes,
} from '../../../test/rota-fixtures';

const WEEK = `/rota?view=week&from=${ROTA_FROM}`;
const anna = rotaShifts[0]!;

beforeEach(() => signIn());
afterEach(() => jest.restoreAllMocks());

function rotaGrid(): HTMLElement {
  return screen.getByRole('grid', { name: /^Rota of EMEA Support/ });
}

/** The cell where a person's row meets a day's column, found the way assistive technology does. */
function cell(person: string, day: RegExp, grid: HTMLElement = rotaGrid()): HTMLElement {
  const col = within(grid).getByRole('columnheader', { name: day }).getAttribute('aria-colindex');
  const row = within(grid)
    .getByRole('rowheader', { name: new RegExp(person) })
    .closest<HTMLElement>('[role="row"]');
  if (!row) throw new Error(`no row for ${person}`);
  const found = within(row)
    .getAllByRole('gridcell')
    .find((c) => c.getAttribute('aria-colindex') === col);
  if (!found) throw new Error(`no cell for ${person} on ${String(day)}`);
  return found;
}

function coverageCell(skill: string, day: RegExp): HTMLElement {
  const grid = screen.getByRole('grid', { name: /^Coverage by skill/ });
  const row = within(grid)
    .getByRole('rowheader', { name: new RegExp(`^${skill}`) })
    .closest<HTMLElement>('[role="row"]');
  const found = within(row!)
    .getAllByRole('gridcell')
    .find((c) => day.test(c.textContent ?? ''));
  if (!found) throw new Error(`no coverage cell for ${skill} on ${String(day)}`);
  return found;
}

async function openWeek(path = WEEK) {
  const api = installFakeApi(signedInRoutes());
  const view = renderApp({ path });
  await screen.findByRole('grid', { name: /^Rota of EMEA Support/ });
  return { api, ...view };
}

describe('RotaPage', () => {
  it('shows shifts with their local times as sent and names the team’s zone', async () => {
    const { api } = await openWeek();

    expect(screen.getByRole('heading', { level: 1, name: 'Rota' })).toBeInTheDocument();
    expect(screen.getByText('EMEA Support · times in Europe/Warsaw')).toBeInTheDocument();

    const request = api.requestsTo('GET /api/rota')[0];
    expect(request?.params.get('teamId')).toBe(teams[0]!.id);
    expect(request?.params.get('from')).toBe('2025-04-28');
    expect(request?.params.get('to')).toBe('2025-05-05');

    // 06:00 in Warsaw is 04:00 UTC and midnight in New York: the stamp is shown, not converted.
    const monday = cell('Anna Kowalska', /^Monday, April 28, 2025/);
    expect(monday).toHaveTextContent('E');
    expect(monday).toHaveTextContent('06:00–14:00');
    expect(monday).toHaveAccessibleName('Early (E), 06:00–14:00');
    expect(
      within(monday).getByTitle(/^Early \(E\)\s06:00–14:00\sFrom the rotation$/),
    ).toBeVisible();

    // A night shift ends the next day, which is said as well as shown.
    const night = cell('Celina Wiśniewska', /^Wednesday, April 30, 2025/);
    expect(night).toHaveTextContent('22:00–06:00+1');
    expect(night).toHaveAccessibleName('Night (N), 22:00–06:00 (ends the next day)');

    expect(cell('Anna Kowalska', /^Thursday, May 1, 2025/)).toHaveAccessibleName('No shift');
  });

  it('marks weekends and public holidays in words, with the holiday’s name on hover', async () => {
    await openWeek();
    const grid = rotaGrid();

    const holiday = within(grid).getByRole('columnheader', {
      name: 'Thursday, May 1, 2025, public holiday: Labour Day',
    });
    expect(holiday).toHaveAttribute('title', 'Labour Day');
    expect(
      within(grid).getByRole('columnheader', { name: 'Sunday, May 4, 2025, weekend' }),
    ).toBeInTheDocument();
    expect(
      within(grid).getByRole('columnheader', {
        name: 'Saturday, May 3, 2025, public holiday: Constitution Day',
      }),
    ).toBeInTheDocument();
    // Column headers keep the calendar order of the response, Monday first.
    const headers = within(grid)
      .getAllByRole('columnheader')
      .slice(1)
      .map((h) => h.textContent?.slice(0, 3));
    expect(headers).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
  });

  it('says who a cover shift covers for, and shows a cancelled shift struck through with its reason', async () => {
    await openWeek();

    const cover = cell('Dawid Zieliński', /^Friday, May 2, 2025/);
    expect(cover).toHaveTextContent('covers Anna K.');
    expect(cover).toHaveAccessibleName(
      'Early (E), 06:00–14:00, covers Anna Kowalska, Added by hand',
    );

    const cancelled = cell('Ben Carter', /^Wednesday, April 30, 2025/);
    expect(cancelled).toHaveTextContent('Cancelled: Training');
    expect(cancelled.querySelector('s')).toHaveTextContent('✕ L');
    expect(cancelled).toHaveAccessibleName('Late (L), Cancelled: Training');
  });

  it('has a coverage row per skill with the worst state per day, and lists a day’s gaps on hover', async () => {
    const { user } = await openWeek();

    expect(screen.getByText('1 gap, 2 shortfalls')).toBeInTheDocument();
    const coverage = screen.getByRole('grid', { name: /^Coverage by skill/ });
    const skillRows = within(coverage).getAllByRole('rowheader');
    expect(skillRows).toHaveLength(2);
    expect(skillRows[0]).toHaveAccessibleName(/^Chat\s*1 day with gaps$/);
    expect(skillRows[1]).toHaveAccessibleName('Phone');

    const thursday = coverageCell('Chat', /Thu, May 1/);
    expect(thursday).toHaveTextContent('Gap');
    expect(thursday).toHaveClass('coverage-cell--gap');
    expect(coverageCell('Chat', /Fri, May 2/)).toHaveTextContent('Short');
    expect(coverageCell('Chat', /Mon, Apr 28/)).toHaveTextContent('OK');
    expect(coverageCell('Chat', /Sat, May 3/)).toHaveTextContent('Nothing required');
    expect(coverageCell('Phone', /Mon, Apr 28/)).toHaveTextContent('OK');
    expect(coverageCell('Phone', /Thu, May 1/)).toHaveTextContent('Nothing required');

    await user.hover(thursday);
    const tooltip = await screen.findByRole('tooltip');
    expect(tooltip).toHaveTextContent('Chat, Thursday, May 1, 2025');
    expect(tooltip).toHaveTextContent('Gap 08:00–12:00: Chat, required 2, staffed 1');
    expect(thursday).toHaveAttribute('aria-describedby', tooltip.id);

    // Focus shows the same list; arrow keys move along the row.
    await user.unhover(thursday);
    act(() => thursday.focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent('required 2, staffed 1');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tooltip')).toHaveTextContent(
      'Below ideal 08:00–20:00: Chat, ideal 3, staffed 2',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('offers an employee no edit controls', async () => {
    installFakeApi({
      ...signedInRoutes(),
      'GET /api/me': json({ ...me, role: 'employee', managedTeamIds: [] }),
    });
    const { user } = renderApp({ path: WEEK });
    await screen.findByRole('grid', { name: /^Rota of EMEA Support/ });
    await screen.findByText('Signed in as Marta Nowak, Employee');

    const grid = rotaGrid();
    expect(grid).toHaveAttribute('aria-readonly', 'true');
    expect(within(grid).queryAllByRole('gridcell', { hidden: false })).not.toHaveLength(0);
    expect(grid.querySelector('[aria-haspopup]')).toBeNull();
    expect(grid.querySelector('.rota-cell__add')).toBeNull();

    const monday = cell('Anna Kowalska', /^Monday, April 28, 2025/);
    await user.click(within(monday).getByText('06:00–14:00'));
    act(() => monday.focus());
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('offers no edit controls to a manager of another team', async () => {
    installFakeApi({
      ...signedInRoutes(),
      'GET /api/me': json({ ...me, managedTeamIds: [teams[1]!.id] }),
    });
    const { user } = renderApp({ path: WEEK });
    await screen.findByText('Signed in as Marta Nowak, Manager');
    await screen.findByRole('grid', { name: /^Rota of EMEA Support/ });

    await user.click(within(cell('Anna Kowalska', /^Monday/)).getByText('06:00–14:00'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('lets a manager cancel a shift with a reason, then reloads the rota', async () => {
    const { api, user } = await openWeek();
    const path = `/api/rota/shifts/${encodeURIComponent(anna.key)}/cancel`;
    api.on(`POST ${path}`, noContent());

    await user.click(within(cell('Anna Kowalska', /^Monday/)).getByText('06:00–14:00'));
    const dialog = screen.getByRole('dialog', { name: 'Early (E), Anna Kowalska' });
    expect(dialog).toHaveAccessibleDescription(
      'Monday, April 28, 2025, 06:00–14:00 (Europe/Warsaw)',
    );

    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Sick');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel shift' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.requestsTo(`POST ${path}`)).toHaveLength(1);
    expect(api.requestsTo(`POST ${path}`)[0]?.body).toEqual({ reason: 'Sick' });
    // The key holds ':' and travels encoded.
    expect(path).toContain('%3A');
    expect(api.requestsTo('GET /api/rota')).toHaveLength(2);
    expect(screen.getByText('Shift cancelled.')).toBeInTheDocument();
    // Focus returns to the cell the dialog was opened from.
    expect(cell('Anna Kowalska', /^Monday/)).toHaveFocus();
  });

  it('gives a rotation shift to a colleague as cover, and shows a refused overlap', async () => {
    const { api, user } = await openWeek();
    api.on(
      'POST /api/assignments',
      problem(409, 'ASSIGNMENT_OVERLAP', 'The employee already works an overlapping shift.', {
        errors: [
          { field: 'employeeId', reason: 'already works an overlapping shift on 2025-04-28' },
        ],
      }),
    );

    await user.click(within(cell('Anna Kowalska', /^Monday/)).getByText('06:00–14:00'));
    const dialog = screen.getByRole('dialog');
    const colleague = within(dialog).getByRole('combobox', { name: 'Colleague' });
    // Ben works a late shift that day; Celina lacks the chat skill the early shift needs.
    expect(
      within(colleague).getByRole('option', { name: 'Ben Carter (already on L)' }),
    ).toBeInTheDocument();
    expect(
      within(colleague).getByRole('option', { name: 'Celina Wiśniewska (lacks chat)' }),
    ).toBeInTheDocument();
    expect(within(colleague).queryByRole('option', { name: /Anna/ })).not.toBeInTheDocument();

    await user.selectOptions(colleague, 'Dawid Zieliński');
    expect(
      within(dialog).getByRole('checkbox', { name: 'Mark as cover for Anna Kowalska' }),
    ).toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Give shift' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The shift could not be given to a colleague.');
    expect(alert).toHaveTextContent('This person already works a shift at that time.');
    expect(alert).toHaveTextContent('Colleague: already works an overlapping shift on 2025-04-28');
    expect(api.requestsTo('POST /api/assignments')[0]?.body).toEqual({
      employeeId: dawid.id,
      shiftTypeId: shiftTypes.early.id,
      date: '2025-04-28',
      replacesKey: anna.key,
      coverForEmployeeId: anna.employeeId,
    });

    api.on('POST /api/assignments', json({ id: 'new' }, 201));
    await user.click(within(dialog).getByRole('button', { name: 'Give shift' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByText('Shift given to Dawid Zieliński.')).toBeInTheDocument();
  });

  it('lists the server’s field reasons when it refuses an assignment', async () => {
    const { api, user } = await openWeek();
    api.on(
      'POST /api/assignments',
      problem(400, 'VALIDATION_FAILED', 'Invalid input.', {
        errors: [{ field: 'employeeId', reason: 'lacks a skill the shift type requires (chat)' }],
      }),
    );

    await user.click(within(cell('Anna Kowalska', /^Monday/)).getByText('06:00–14:00'));
    const dialog = screen.getByRole('dialog');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Colleague' }),
      'Celina Wiśniewska (lacks chat)',
    );
    await user.click(within(dialog).getByRole('checkbox', { name: /Mark as cover/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Give shift' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The server refused these details:');
    expect(alert).toHaveTextContent('Colleague: lacks a skill the shift type requires (chat)');
    // Not marked as cover: no coverForEmployeeId.
    expect(api.requestsTo('POST /api/assignments')[0]?.body).not.toHaveProperty(
      'coverForEmployeeId',
    );
  });

  it('adds a shift to an empty day, reached and opened with the keyboard', async () => {
    const { api, user } = await openWeek();
    api.on('POST /api/assignments', json({ id: 'new' }, 201));

    // Monday of Anna's row, then two days on: Wednesday has a shift, Thursday is empty.
    act(() => cell('Anna Kowalska', /^Monday/).focus());
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}');
    const thursday = cell('Anna Kowalska', /^Thursday/);
    expect(thursday).toHaveFocus();
    expect(thursday).toHaveAttribute('tabindex', '0');
    await user.keyboard('{ArrowDown}{ArrowUp}');
    expect(thursday).toHaveFocus();
    await user.keyboard('{Enter}');

    const dialog = screen.getByRole('dialog', {
      name: 'Anna Kowalska, Thursday, May 1, 2025',
    });
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Shift type' }),
      'L · Late · 14:00–22:00',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add shift' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.requestsTo('POST /api/assignments')[0]?.body).toEqual({
      employeeId: anna.employeeId,
      shiftTypeId: shiftTypes.late.id,
      date: '2025-05-01',
    });
    expect(screen.getByText('Shift added.')).toBeInTheDocument();
  });

  it('removes a manual assignment and restores a cancelled rotation shift', async () => {
    const { api, user } = await openWeek();
    const removePath = `/api/rota/shifts/${encodeURIComponent(`assignment:${coverAssignmentId}`)}/cancel`;
    const restorePath = `/api/rota/shifts/${encodeURIComponent(rotaCancelled[0]!.key)}/restore`;
    api.on(`POST ${removePath}`, noContent());
    api.on(`POST ${restorePath}`, noContent());

    await user.click(within(cell('Dawid Zieliński', /^Friday/)).getByText(/covers Anna K\./));
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Remove shift' }),
    );
    await waitFor(() => expect(api.requestsTo(`POST ${removePath}`)).toHaveLength(1));
    expect(await screen.findByText('Shift removed.')).toBeInTheDocument();

    await user.click(within(cell('Ben Carter', /^Wednesday/)).getByText('Cancelled: Training'));
    const dialog = screen.getByRole('dialog', { name: 'Cancelled: Late (L), Ben Carter' });
    expect(dialog).toHaveTextContent('Cancelled: Training');
    await user.click(within(dialog).getByRole('button', { name: 'Restore shift' }));
    await waitFor(() => expect(api.requestsTo(`POST ${restorePath}`)).toHaveLength(1));
    expect(await screen.findByText('Shift restored.')).toBeInTheDocument();
  });

  it('closes the dialog with Escape without sending anything', async () => {
    const { api, user } = await openWeek();
    await user.click(within(cell('Anna Kowalska', /^Monday/)).getByText('06:00–14:00'));
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
  });

  it('moves through weeks and months and puts the window on the request and in the URL', async () => {
    const { api, user, router } = await openWeek('/rota?view=week&from=2025-04-30');
    const lastRota = () => {
      const request = api.requestsTo('GET /api/rota').at(-1);
      return [request?.params.get('from'), request?.params.get('to')];
    };
    // Any date of the week opens the whole week, Monday to Monday (exclusive).
    expect(lastRota()).toEqual(['2025-04-28', '2025-05-05']);

    await user.click(screen.getByRole('button', { name: 'Next week' }));
    await waitFor(() => expect(lastRota()).toEqual(['2025-05-05', '2025-05-12']));
    expect(router.state.location.search).toBe('?view=week&from=2025-05-05');

    await user.click(screen.getByRole('radio', { name: 'Month' }));
    await waitFor(() => expect(lastRota()).toEqual(['2025-05-01', '2025-06-01']));

    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    await waitFor(() => expect(lastRota()).toEqual(['2025-04-01', '2025-05-01']));
    // February has 28 days in 2025; a leap year's 29.
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    await waitFor(() => expect(lastRota()).toEqual(['2025-02-01', '2025-03-01']));

    await user.click(screen.getByRole('radio', { name: 'Custom' }));
    const until = screen.getByLabelText('To');
    expect(until).toHaveValue('2025-02-28');
    fireEvent.change(until, { target: { value: '2025-03-15' } });
    await waitFor(() => expect(lastRota()).toEqual(['2025-02-01', '2025-03-16']));
    expect(router.state.location.search).toBe('?view=custom&from=2025-02-01&to=2025-03-16');

    // A custom window steps by its own length.
    await user.click(screen.getByRole('button', { name: 'Next period' }));
    await waitFor(() => expect(lastRota()).toEqual(['2025-03-16', '2025-04-28']));

    // A window the server would refuse is explained and not asked for.
    const count = api.requestsTo('GET /api/rota').length;
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2025-03-01' } });
    expect(
      await screen.findByText('The end date must not be before the start date.'),
    ).toBeInTheDocument();
    expect(api.requestsTo('GET /api/rota')).toHaveLength(count);
  });

  it('opens on the week that holds today in the team’s zone, not the browser’s', async () => {
    // 23:30 UTC on Sunday 9 March is already Monday 10 March in Warsaw (and still Sunday in New
    // York, which is where the suite also runs).
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2025-03-09T23:30:00.000Z'));
    const api = installFakeApi(signedInRoutes());
    const { user, router } = renderApp({ path: '/rota' });
    await screen.findByRole('grid', { name: /^Rota of EMEA Support/ });

    const request = api.requestsTo('GET /api/rota')[0];
    expect([request?.params.get('from'), request?.params.get('to')]).toEqual([
      '2025-03-10',
      '2025-03-17',
    ]);
    expect(
      within(rotaGrid()).getByRole('columnheader', { name: 'Monday, March 10, 2025, today' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Next week' }));
    await waitFor(() =>
      expect(api.requestsTo('GET /api/rota').at(-1)?.params.get('from')).toBe('2025-03-17'),
    );
    await user.click(screen.getByRole('button', { name: 'Today' }));
    expect(router.state.location.search).toBe('?view=week&from=2025-03-10');
    expect(
      await within(rotaGrid()).findByRole('columnheader', { name: /^Monday, March 10, 2025/ }),
    ).toBeInTheDocument();
  });

  it('shows a loading state, then an error with a retry that recovers', async () => {
    let fail = true;
    installFakeApi({
      ...signedInRoutes(),
      'GET /api/rota': () =>
        fail
          ? problem(500, 'INTERNAL_ERROR', 'Something went wrong on our side.')
          : json(rotaResponse()),
    });
    const { user } = renderApp({ path: WEEK });
    expect(await screen.findByText('Loading the rota…')).toBeInTheDocument();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The rota could not be loaded.');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('grid', { name: /^Rota of EMEA Support/ })).toBeInTheDocument();
  });

  it('says when the team has nobody, and when nobody has a shift', async () => {
    installFakeApi({
      ...signedInRoutes(),
      'GET /api/rota': json(rotaResponse({ employees: [], shifts: [], cancelled: [] })),
    });
    renderApp({ path: WEEK });
    expect(await screen.findByText('No one in this team yet')).toBeInTheDocument();
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
  });

  it('says when no shifts are planned, and still shows the people', async () => {
    installFakeApi({
      ...signedInRoutes(),
      'GET /api/rota': json(emptyRota(ROTA_FROM, ROTA_TO)),
    });
    renderApp({ path: WEEK });
    expect(
      await screen.findByText(/No shifts are planned from Apr 28, 2025 to May 4, 2025\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: /Anna Kowalska/ })).toBeInTheDocument();
    expect(screen.getByText('No coverage rules apply in this period')).toBeInTheDocument();
  });

  it('renders in Polish: weekday names, plurals and the zone', async () => {
    installFakeApi(signedInRoutes());
    renderApp({ path: WEEK, language: 'pl' });
    const grid = await screen.findByRole('grid', { name: /^Grafik zespołu EMEA Support/ });

    expect(screen.getByRole('heading', { level: 1, name: 'Grafik' })).toBeInTheDocument();
    expect(screen.getByText('EMEA Support · godziny w strefie Europe/Warsaw')).toBeInTheDocument();
    expect(screen.getByText('1 luka, 2 niedobory')).toBeInTheDocument();
    expect(
      within(grid).getByRole('columnheader', { name: 'poniedziałek, 28 kwietnia 2025' }),
    ).toBeInTheDocument();
    expect(cell('Dawid Zieliński', /^piątek, 2 maja 2025/, grid)).toHaveTextContent(
      'zastępuje: Anna K.',
    );
    expect(screen.getByRole('button', { name: 'Następny tydzień' })).toBeInTheDocument();
  });
});
