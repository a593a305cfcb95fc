import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { LeaveDraft } from '../../../lib/api-types';
import { todayInZone } from '../../../lib/local-date';
import { installFakeApi, json, problem, type RecordedRequest } from '../../../test/fetch-mock';
import { employee, employees, page, teams } from '../../../test/fixtures';
import {
  balance,
  employeeMe,
  impact,
  leaveRequest,
  leaveTypeList,
  leaveTypes,
  managerMe,
} from '../../../test/leave-fixtures';
import { renderApp, signedInRoutes, signIn } from '../../../test/render-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

beforeEach(() => signIn());

function leaveRoutes(overrides: Record<string, unknown> = {}) {
  return {
    ...signedInRoutes(),
    'GET /api/me': json(employeeMe),
    'GET /api/leave-types': json({ items: leaveTypeList }),
    'GET /api/leave-requests': json(page([])),
    [`GET /api/employees/${employeeMe.id}/leave-balance`]: json(balance()),
    'POST /api/leave-requests/preview': json(impact()),
    ...overrides,
  } as Parameters<typeof installFakeApi>[0];
}

async function openLeave(routes = leaveRoutes()) {
  const api = installFakeApi(routes);
  const view = renderApp({ path: '/leave' });
  await screen.findByRole('heading', { level: 2, name: 'Request leave' });
  await screen.findByRole('combobox', { name: 'Type of leave' });
  return { api, ...view };
}

function requestForm(): HTMLElement {
  const section = screen
    .getByRole('heading', { level: 2, name: 'Request leave' })
    .closest('section');
  if (!section) throw new Error('no request form');
  return section;
}

/** Date inputs take `YYYY-MM-DD` whole (as a browser's picker sets them). */
function pickDate(label: string, value: string) {
  fireEvent.change(within(requestForm()).getByLabelText(label), { target: { value } });
}

const previewBodies = (requests: RecordedRequest[]) => requests.map((r) => r.body as LeaveDraft);

describe('LeavePage — request form', () => {
  it('previews the impact once the dates hold still, with the right body, and shows gaps and the balance after', async () => {
    const { api } = await openLeave();
    const form = requestForm();

    // The first type that counts against the allowance is chosen to start with.
    expect(within(form).getByRole('combobox', { name: 'Type of leave' })).toHaveDisplayValue(
      'Vacation',
    );
    expect(within(form).getByText(/Choose a type and dates to see/)).toBeInTheDocument();

    pickDate('First day', '2025-05-05');
    // An empty last day follows the first one.
    expect(within(form).getByLabelText('Last day')).toHaveValue('2025-05-05');
    pickDate('Last day', '2025-05-06');
    pickDate('Last day', '2025-05-07');

    expect(await within(form).findByText('Costs 3 days of leave.')).toBeInTheDocument();
    // Debounced: the dates typed in quick succession were previewed once, as finally picked.
    expect(previewBodies(api.requestsTo('POST /api/leave-requests/preview'))).toEqual([
      {
        leaveTypeId: leaveTypes.vacation.id,
        startDate: '2025-05-05',
        endDate: '2025-05-07',
        halfDay: null,
      },
    ]);

    const impactPanel = within(form).getByRole('region', { name: /^Impact/ });
    expect(within(impactPanel).getByText('2025: 25 days → 22 days')).toBeInTheDocument();
    expect(within(impactPanel).getByText('No leave policy conflicts.')).toBeInTheDocument();
    // The gap on the team's wall clock, as sent: 08:00–16:00, never shifted by the browser's zone.
    const gaps = within(impactPanel).getByText('Duties left below minimum').closest('section')!;
    expect(gaps).toHaveTextContent('Chat · Mon, May 5 08:00–16:00 · required 2, staffed 1 (now 2)');
    // Below ideal only (the chat gap is not listed twice); a night stretch crosses midnight.
    const belowIdeal = within(impactPanel).getByText('Below ideal staffing').closest('section')!;
    expect(within(belowIdeal).getAllByRole('listitem')).toHaveLength(1);
    expect(belowIdeal).toHaveTextContent(
      'Phone · Tue, May 6 22:00 – Wed, May 7 06:00 · ideal 2, staffed 1 (now 2)',
    );

    // A half day is only for one date: the choice is refused at once, and nothing is previewed.
    await screen.findByText('Costs 3 days of leave.');
    fireEvent.click(within(form).getByRole('radio', { name: 'Morning only' }));
    expect(
      within(form).getByText('A half day needs the same first and last day.'),
    ).toBeInTheDocument();
    pickDate('Last day', '2025-05-05');
    await waitFor(() =>
      expect(previewBodies(api.requestsTo('POST /api/leave-requests/preview')).at(-1)).toEqual({
        leaveTypeId: leaveTypes.vacation.id,
        startDate: '2025-05-05',
        endDate: '2025-05-05',
        halfDay: 'am',
      }),
    );
    expect(
      within(form).queryByText('A half day needs the same first and last day.'),
    ).not.toBeInTheDocument();
  });

  it('shows the days per year when the leave spans New Year', async () => {
    await openLeave(
      leaveRoutes({
        'POST /api/leave-requests/preview': json(
          impact({
            days: 5,
            daysByYear: [
              { year: 2025, days: 2 },
              { year: 2026, days: 3 },
            ],
            balanceBefore: [
              { year: 2025, days: 4 },
              { year: 2026, days: 26 },
            ],
            balanceAfter: [
              { year: 2025, days: 2 },
              { year: 2026, days: 23 },
            ],
            gaps: [],
            shortfalls: [],
          }),
        ),
      }),
    );
    pickDate('First day', '2025-12-30');
    pickDate('Last day', '2026-01-05');

    const panel = await screen.findByRole('region', { name: /^Impact/ });
    expect(await within(panel).findByText('Costs 5 days of leave.')).toBeInTheDocument();
    expect(within(panel).getByText('2025: 2 days')).toBeInTheDocument();
    expect(within(panel).getByText('2026: 3 days')).toBeInTheDocument();
    expect(within(panel).getByText('2026: 26 days → 23 days')).toBeInTheDocument();
    expect(within(panel).getByText('No duty falls below its minimum.')).toBeInTheDocument();
  });

  it('names policy conflicts in the preview', async () => {
    await openLeave(
      leaveRoutes({
        'POST /api/leave-requests/preview': json(
          impact({
            policyViolations: [
              {
                rule: 'blackout',
                detail: 'Black Friday week',
                dates: ['2025-11-28'],
              },
            ],
          }),
        ),
      }),
    );
    pickDate('First day', '2025-11-28');

    const panel = await screen.findByRole('region', { name: /^Impact/ });
    expect(await within(panel).findByText('Blackout period')).toBeInTheDocument();
    expect(within(panel).getByText(/Black Friday week/)).toHaveTextContent(
      ': Black Friday week (on Fri, Nov 28)',
    );
  });

  it('refuses contradictions as they are typed, before anything is sent', async () => {
    const { api } = await openLeave();
    pickDate('First day', '2025-05-07');
    pickDate('Last day', '2025-05-05');

    const last = within(requestForm()).getByLabelText('Last day');
    expect(last).toHaveAttribute('aria-invalid', 'true');
    expect(last).toHaveAccessibleDescription(/The last day must not be before the first day\./);

    fireEvent.click(within(requestForm()).getByRole('button', { name: 'Send request' }));
    expect(await screen.findByText('Please correct the fields marked below.')).toBeInTheDocument();
    expect(last).toHaveFocus();
    // Give the debounce time to fire, had the draft been valid.
    await act(() => new Promise((resolve) => setTimeout(resolve, 450)));
    expect(api.requestsTo('POST /api/leave-requests/preview')).toHaveLength(0);
    expect(api.requestsTo('POST /api/leave-requests')).toHaveLength(0);
  });

  it('shows the server’s field errors under their fields and explains conflicts in words', async () => {
    let reply = problem(400, 'VALIDATION_FAILED', 'endDate: a request covers at most 366 days', {
      errors: [
        { field: 'endDate', reason: 'a request covers at most 366 days' },
        { field: 'handoverNote', reason: 'must be shorter than or equal to 10000 characters' },
      ],
    });
    const { api, user } = await openLeave(leaveRoutes({ 'POST /api/leave-requests': () => reply }));
    pickDate('First day', '2025-05-05');
    pickDate('Last day', '2025-05-07');
    await user.type(within(requestForm()).getByLabelText(/^Handover note/), 'Call Dana');
    await user.click(within(requestForm()).getByRole('button', { name: 'Send request' }));

    const last = within(requestForm()).getByLabelText('Last day');
    await waitFor(() =>
      expect(last).toHaveAccessibleDescription(/a request covers at most 366 days/),
    );
    expect(within(requestForm()).getByLabelText(/^Handover note/)).toHaveAccessibleDescription(
      /must be shorter than or equal to 10000 characters/,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Some details were refused; see the fields marked below.',
    );
    // Changing the field drops the server's reason about its old value.
    pickDate('Last day', '2025-05-06');
    expect(last).not.toHaveAccessibleDescription(/366 days/);

    reply = problem(
      409,
      'LEAVE_OVERLAP',
      'The employee already has pending or approved leave on these dates.',
      {
        errors: [{ field: 'startDate', reason: 'overlaps pending or approved leave' }],
      },
    );
    await user.click(within(requestForm()).getByRole('button', { name: 'Send request' }));
    expect(
      await screen.findByText(/There is already pending or approved leave on some of these dates/),
    ).toBeInTheDocument();
    expect(within(requestForm()).getByLabelText('First day')).toHaveAccessibleDescription(
      /overlaps pending or approved leave/,
    );

    reply = problem(409, 'INSUFFICIENT_BALANCE', 'Only 2 day(s) of leave are left for 2025.', {
      year: 2025,
      available: 2,
      requested: 3,
    });
    await user.click(within(requestForm()).getByRole('button', { name: 'Send request' }));
    expect(
      await screen.findByText(
        'Not enough leave left in 2025: 2 days left, this request needs 3 days.',
      ),
    ).toBeInTheDocument();
    expect(api.requestsTo('POST /api/leave-requests')).toHaveLength(3);
  });

  it('sends an Idempotency-Key, reuses it when the same request is retried, and starts afresh after success', async () => {
    let fail = true;
    const { api, user } = await openLeave(
      leaveRoutes({
        'POST /api/leave-requests': (request: RecordedRequest) =>
          fail
            ? problem(503, 'UNAVAILABLE', 'Try again later.')
            : json(
                leaveRequest({
                  startDate: '2025-05-05',
                  endDate: '2025-05-07',
                  ...(request.body as object),
                }),
                201,
              ),
      }),
    );
    pickDate('First day', '2025-05-05');
    pickDate('Last day', '2025-05-07');
    await user.type(within(requestForm()).getByLabelText(/^Reason/), 'Family visit');
    await user.click(within(requestForm()).getByRole('button', { name: 'Send request' }));
    expect(await screen.findByText('The request could not be sent.')).toBeInTheDocument();

    fail = false;
    await user.click(within(requestForm()).getByRole('button', { name: 'Send request' }));
    expect(
      await screen.findByText(
        'Your request for Mon, May 5 – Wed, May 7, 2025 has been sent for approval.',
      ),
    ).toBeInTheDocument();

    const [first, retry] = api.requestsTo('POST /api/leave-requests');
    expect(first?.headers['idempotency-key']).toMatch(UUID);
    expect(retry?.headers['idempotency-key']).toBe(first?.headers['idempotency-key']);
    expect(retry?.body).toEqual({
      leaveTypeId: leaveTypes.vacation.id,
      startDate: '2025-05-05',
      endDate: '2025-05-07',
      halfDay: null,
      reason: 'Family visit',
    });

    // The form is empty again; the next request is a new submission with a new key.
    expect(within(requestForm()).getByLabelText('First day')).toHaveValue('');
    pickDate('First day', '2025-06-02');
    await user.click(within(requestForm()).getByRole('button', { name: 'Send request' }));
    await waitFor(() => expect(api.requestsTo('POST /api/leave-requests')).toHaveLength(3));
    const next = api.requestsTo('POST /api/leave-requests')[2];
    expect(next?.headers['idempotency-key']).toMatch(UUID);
    expect(next?.headers['idempotency-key']).not.toBe(first?.headers['idempotency-key']);
  });

  it('lets a manager override a leave policy with a reason after POLICY_VIOLATION', async () => {
    const { api, user } = await openLeave(
      leaveRoutes({
        'GET /api/me': json(managerMe),
        [`GET /api/employees/${managerMe.id}/leave-balance`]: json(
          balance({ employeeId: managerMe.id }),
        ),
        'POST /api/leave-requests': (request: RecordedRequest) =>
          (request.body as { overrideReason?: string }).overrideReason
            ? json(leaveRequest({ employeeId: managerMe.id, status: 'approved' }), 201)
            : problem(409, 'POLICY_VIOLATION', 'The request breaks a leave policy.', {
                violations: [
                  {
                    rule: 'max-people-off',
                    detail: 'at most 2 people of EMEA Support away at once',
                    dates: ['2025-05-05'],
                  },
                ],
              }),
      }),
    );
    pickDate('First day', '2025-05-05');
    await user.click(within(requestForm()).getByRole('button', { name: 'Send request' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This leave breaks a leave policy:');
    expect(alert).toHaveTextContent(
      'Too many people away at once: at most 2 people of EMEA Support away at once',
    );
    expect(alert).toHaveTextContent('As a manager you may book it anyway');

    await user.type(
      within(requestForm()).getByLabelText('Reason for overriding the leave policy'),
      'Covered by the Kraków team',
    );
    await user.click(within(requestForm()).getByRole('button', { name: 'Send anyway' }));
    await waitFor(() => expect(api.requestsTo('POST /api/leave-requests')).toHaveLength(2));
    expect(api.requestsTo('POST /api/leave-requests')[1]?.body).toMatchObject({
      overrideReason: 'Covered by the Kraków team',
    });
  });
});

describe('LeavePage — balance and requests', () => {
  it('shows the year’s balance with its ledger, and the person’s requests with status and history', async () => {
    const today = todayInZone('Europe/Warsaw');
    const year = Number(today.slice(0, 4));
    const { api, user } = await openLeave(
      leaveRoutes({
        // The manager who decided is named from the team's staff list.
        'GET /api/employees': json(
          page([
            ...employees,
            employee({ id: managerMe.id, name: 'Marta Nowak', role: 'manager' }),
          ]),
        ),
        'GET /api/leave-requests': json(
          page([
            leaveRequest({
              id: 'l0000000-0000-4000-8000-0000000000a1',
              startDate: '2020-02-10',
              endDate: '2020-02-12',
              status: 'approved',
              days: 3,
              decidedBy: managerMe.id,
              decidedAt: '2020-01-20T09:00:00.000Z',
              decisionComment: 'Enjoy!',
            }),
            leaveRequest({
              reason: 'Sailing',
              handoverNote: 'Ticket #12 waits for the customer.',
            }),
            leaveRequest({
              id: 'l0000000-0000-4000-8000-0000000000a3',
              startDate: '2099-08-01',
              endDate: '2099-08-01',
              halfDay: 'pm',
              status: 'rejected',
              days: 0.5,
              decidedBy: managerMe.id,
              decidedAt: '2025-04-21T09:00:00.000Z',
              decisionComment: 'Audit week',
            }),
          ]),
        ),
      }),
    );

    const balancePanel = screen
      .getByRole('heading', { level: 2, name: `Your leave in ${year}` })
      .closest('section')!;
    expect(
      api.requestsTo(`GET /api/employees/${employeeMe.id}/leave-balance`)[0]?.params.get('year'),
    ).toBe(String(year));
    expect(await within(balancePanel).findByText('Allowance')).toBeInTheDocument();
    const figures = within(balancePanel)
      .getAllByRole('term')
      .map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`);
    expect(figures).toEqual([
      'Allowance: 26 days',
      'Carried over: 4 days',
      'Taken: 5 days',
      'Left: 25 days',
    ]);
    const ledger = within(balancePanel).getByText('Ledger (3 entries)');
    await user.click(ledger);
    const rows = within(balancePanel).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'Jan 1, 2025Yearly allowance+26',
      'Jan 1, 2025Carried over+4carried over from 2024',
      // 23:30 UTC on 10 February is already 11 February in Warsaw.
      'Feb 11, 2025Leave requested-5',
    ]);

    const mine = screen.getByRole('list', { name: 'Upcoming and current leave' });
    const items = within(mine)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === mine);
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Tue, Jul 7 – Sat, Jul 11, 2099');
    expect(items[0]).toHaveTextContent('Pending');
    expect(items[0]).toHaveTextContent('Vacation · 5 days');
    expect(items[0]).toHaveTextContent('Reason: Sailing');
    expect(items[0]).toHaveTextContent('Handover note: Ticket #12 waits for the customer.');
    expect(items[1]).toHaveTextContent('Sat, Aug 1, 2099 (afternoon)');
    expect(items[1]).toHaveTextContent('Rejected by Marta Nowak on Apr 21, 2025');
    expect(items[1]).toHaveTextContent('Audit week');
    expect(items[1]).toHaveTextContent('0.5 days');
    // Only the pending one can still be cancelled here.
    expect(within(items[0]!).getByRole('button', { name: /^Cancel leave/ })).toBeInTheDocument();
    expect(within(items[1]!).queryByRole('button', { name: /^Cancel/ })).not.toBeInTheDocument();

    expect(screen.getByText('Earlier (1)')).toBeInTheDocument();
  });

  it('cancels a pending request at the version shown', async () => {
    const { api, user } = await openLeave(
      leaveRoutes({
        'GET /api/leave-requests': json(page([leaveRequest({ version: 4 })])),
        [`POST /api/leave-requests/${leaveRequest().id}/cancel`]: json(
          leaveRequest({ status: 'cancelled', version: 5 }),
        ),
      }),
    );
    await user.click(
      // Intl puts thin spaces around the range's dash.
      await screen.findByRole('button', {
        name: /^Cancel leave Tue, Jul 7\s–\sSat, Jul 11, 2099$/,
      }),
    );
    const dialog = screen.getByRole('dialog', { name: 'Cancel this leave?' });
    await user.type(within(dialog).getByLabelText('Comment (optional)'), 'Plans changed');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel leave' }));

    expect(
      await screen.findByText('Your leave for Tue, Jul 7 – Sat, Jul 11, 2099 is cancelled.'),
    ).toBeInTheDocument();
    expect(api.requestsTo(`POST /api/leave-requests/${leaveRequest().id}/cancel`)[0]?.body).toEqual(
      { version: 4, comment: 'Plans changed' },
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('has loading, empty and error states', async () => {
    installFakeApi(
      leaveRoutes({
        [`GET /api/employees/${employeeMe.id}/leave-balance`]: problem(500, 'INTERNAL', 'x'),
      }),
    );
    renderApp({ path: '/leave' });
    expect(await screen.findByText('Your balance could not be loaded.')).toBeInTheDocument();
    expect(await screen.findByText('No leave coming up')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Leave' })).toBeInTheDocument();
    expect(screen.getByText(`Anna Kowalska · dates in Europe/Warsaw`)).toBeInTheDocument();
    expect(teams[0]).toBeDefined();
  });
});
