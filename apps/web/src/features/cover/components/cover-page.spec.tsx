import { jest } from '@jest/globals';
import { screen, waitFor, within } from '@testing-library/react';
import type { RotaLeave } from '../../../lib/api-types';
import { addDays, todayInZone } from '../../../lib/local-date';
import { installFakeApi, json, problem } from '../../../test/fetch-mock';
import { employees, page, teams } from '../../../test/fixtures';
import { leaveRequest, leaveTypeList, leaveTypes } from '../../../test/leave-fixtures';
import { renderApp, signedInRoutes, signIn } from '../../../test/render-app';
import { ROTA_FROM, ROTA_TO, rotaResponse } from '../../../test/rota-fixtures';

const [anna, , celina] = employees as [
  (typeof employees)[0],
  (typeof employees)[0],
  (typeof employees)[0],
];
const PERIOD = `/cover?from=${ROTA_FROM}&to=${ROTA_TO}`;

/**
 * Anna is away Thu–Fri (Dawid covers Friday's early shift; Thursday morning's chat gap stays);
 * Celina asks for Wednesday off, when her night shift is still hers: nobody covers it.
 */
const leave: RotaLeave[] = [
  {
    id: 'r1',
    employeeId: anna.id,
    leaveTypeId: leaveTypes.vacation.id,
    startDate: '2025-05-01',
    endDate: '2025-05-02',
    halfDay: null,
    status: 'approved',
    version: 2,
  },
  {
    id: 'r2',
    employeeId: celina.id,
    leaveTypeId: leaveTypes.childcare.id,
    startDate: '2025-04-30',
    endDate: '2025-04-30',
    halfDay: null,
    status: 'pending',
    version: 1,
  },
];

beforeEach(() => signIn());
afterEach(() => jest.restoreAllMocks());

function routes() {
  return {
    ...signedInRoutes(),
    'GET /api/rota': json(rotaResponse({ leave })),
    'GET /api/leave-types': json({ items: leaveTypeList }),
    // The requests carry the handover notes that the substitutes read.
    'GET /api/leave-requests': json(
      page([
        leaveRequest({
          id: 'r1',
          startDate: '2025-05-01',
          endDate: '2025-05-02',
          status: 'approved',
          handoverNote: 'Ticket #12 waits for the customer.',
        }),
      ]),
    ),
  };
}

describe('Who covers whom', () => {
  it('lists each absence with its substitutes by day and duty, and the gaps still open during it', async () => {
    const api = installFakeApi(routes());
    renderApp({ path: PERIOD });

    const annaCard = await screen.findByRole('article', { name: 'Anna Kowalska' });
    expect(api.requestsTo('GET /api/rota')[0]?.params.get('from')).toBe(ROTA_FROM);
    expect(api.requestsTo('GET /api/rota')[0]?.params.get('to')).toBe(ROTA_TO);
    expect(screen.getByText('2 absences · 1 without cover · 1 open gap')).toBeInTheDocument();

    expect(annaCard).toHaveTextContent('Thu, May 1 – Fri, May 2, 2025');
    expect(
      await within(annaCard).findByText('Ticket #12 waits for the customer.'),
    ).toHaveTextContent('Handover note: Ticket #12 waits for the customer.');
    const notesRequest = api.requestsTo('GET /api/leave-requests')[0];
    expect(notesRequest?.params.get('teamId')).toBe(teams[0]!.id);
    expect(notesRequest?.params.get('from')).toBe(ROTA_FROM);
    expect(notesRequest?.params.get('to')).toBe('2025-05-04');
    expect(await within(annaCard).findByText('Vacation')).toBeInTheDocument();
    expect(within(annaCard).getByText('1 duty covered')).toBeInTheDocument();
    const table = within(annaCard).getByRole('table', { name: 'Substitutes for Anna Kowalska' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      // The shift's local times as sent, in the team's zone.
      'Fri, May 2Early (E)06:00–14:00Dawid Zieliński',
    ]);
    const gaps = within(annaCard).getByRole('region', {
      name: 'Gaps still open while Anna Kowalska is away',
    });
    expect(gaps).toHaveTextContent('1 gap still open during this absence');
    expect(gaps).toHaveTextContent('Chat · Thu, May 1 08:00–12:00 · required 2, staffed 1');

    const celinaCard = screen.getByRole('article', { name: 'Celina Wiśniewska' });
    expect(celinaCard).toHaveTextContent('Wed, Apr 30, 2025');
    expect(celinaCard).toHaveTextContent('Pending approval');
    expect(within(celinaCard).getByText(/No cover arranged: 1 duty open/)).toBeInTheDocument();
    expect(
      within(within(celinaCard).getByRole('table'))
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual(['Wed, Apr 30Night (N)22:00–06:00 (next day)▲ Not covered']);
    expect(celinaCard.closest('li')).toHaveClass('absence--uncovered');

    // In date order: Celina's Wednesday before Anna's Thursday.
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Celina Wiśniewska',
      'Anna Kowalska',
    ]);
  });

  it('defaults to the next four weeks from today in the team’s zone', async () => {
    const api = installFakeApi(routes());
    renderApp({ path: '/cover' });
    await screen.findByRole('heading', { level: 1, name: 'Who covers whom' });

    const today = todayInZone(teams[0]!.timeZone);
    await waitFor(() => expect(api.requestsTo('GET /api/rota')).toHaveLength(1));
    const request = api.requestsTo('GET /api/rota')[0]!;
    expect(request.params.get('from')).toBe(today);
    expect(request.params.get('to')).toBe(addDays(today, 28));
    expect(screen.getByLabelText('From')).toHaveValue(today);
    expect(screen.getByLabelText('To')).toHaveValue(addDays(today, 27));
  });

  it('prints the list with a Print button', async () => {
    installFakeApi(routes());
    const print = jest.fn();
    window.print = print;
    const { user } = renderApp({ path: PERIOD });
    await screen.findByRole('article', { name: 'Anna Kowalska' });

    const button = screen.getByRole('button', { name: 'Print' });
    expect(button).toHaveClass('no-print');
    await user.click(button);
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('has empty and error states', async () => {
    const api = installFakeApi({ ...routes(), 'GET /api/rota': json(rotaResponse({ leave: [] })) });
    const { unmount } = renderApp({ path: PERIOD });
    expect(await screen.findByText('No absences in this period')).toBeInTheDocument();
    expect(api.unmatched).toEqual([]);
    unmount();

    installFakeApi({ ...routes(), 'GET /api/rota': problem(500, 'INTERNAL', 'boom') });
    renderApp({ path: PERIOD });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Absences and cover could not be loaded.',
    );
  });

  it('refuses a period that ends before it starts', async () => {
    const api = installFakeApi(routes());
    const { user } = renderApp({ path: PERIOD });
    await screen.findByRole('article', { name: 'Anna Kowalska' });
    const to = screen.getByLabelText('To');
    await user.clear(to);
    await user.type(to, '2025-04-01');
    expect(
      await screen.findByText('The end date must not be before the start date.'),
    ).toBeVisible();
    expect(api.requestsTo('GET /api/rota')).toHaveLength(1);
  });
});
