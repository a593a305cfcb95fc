import { screen, waitFor, within } from '@testing-library/react';
import { todayInZone } from '../../../lib/local-date';
import { installFakeApi, json, problem, type RecordedRequest } from '../../../test/fetch-mock';
import { employees, page, skills, teams } from '../../../test/fixtures';
import {
  balance,
  benRequest,
  employeeMe,
  impact,
  leaveRequest,
  leaveTypeList,
  leaveTypes,
  managerMe,
} from '../../../test/leave-fixtures';
import { renderApp, signedInRoutes, signIn } from '../../../test/render-app';

beforeEach(() => signIn());

const ben = employees[1]!;
const request = benRequest();
const approvePath = `POST /api/leave-requests/${request.id}/approve`;
const rejectPath = `POST /api/leave-requests/${request.id}/reject`;

/** Marta manages EMEA Support; Ben's request waits for her. */
function inboxRoutes(overrides: Record<string, unknown> = {}) {
  return {
    ...signedInRoutes(),
    'GET /api/me': json(managerMe),
    'GET /api/leave-types': json({ items: leaveTypeList }),
    'GET /api/leave-requests': (r: RecordedRequest) =>
      json(page(r.params.get('inbox') === 'true' ? [request] : [])),
    [`GET /api/employees/${managerMe.id}/leave-balance`]: json(
      balance({ employeeId: managerMe.id }),
    ),
    'POST /api/leave-requests/preview': json(impact()),
    [`GET /api/leave-requests/${request.id}/impact`]: json(impact()),
    ...overrides,
  } as Parameters<typeof installFakeApi>[0];
}

async function openInbox(routes = inboxRoutes()) {
  const api = installFakeApi(routes);
  const view = renderApp({ path: '/leave?tab=inbox' });
  await screen.findByRole('heading', { level: 2, name: 'Requests waiting for your decision' });
  const item = (await screen.findByRole('article', { name: /^Ben Carter/ })) as HTMLElement;
  return { api, item, ...view };
}

describe('Leave inbox', () => {
  it('lists pending requests with name, dates, days, type, reason and handover note, and shows the impact on demand', async () => {
    const { api, item, user } = await openInbox();

    const tab = screen.getByRole('tab', { name: /^Inbox/ });
    expect(tab).toHaveAttribute('aria-selected', 'true');
    expect(tab).toHaveAccessibleName('Inbox 1 request waiting');
    expect(api.requestsTo('GET /api/leave-requests')[0]?.params.get('inbox')).toBe('true');

    expect(item).toHaveTextContent('Mon, May 4 – Fri, May 8, 2099');
    expect(item).toHaveTextContent('Vacation · 5 days');
    expect(item).toHaveTextContent('Reason: Family wedding in Boston');
    expect(item).toHaveTextContent(
      'Handover note: Ticket #4411 waits for the customer; call Dana at ext. 212.',
    );

    const toggle = within(item).getByRole('button', { name: 'Show impact on coverage' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(api.requestsTo(`GET /api/leave-requests/${request.id}/impact`)).toHaveLength(0);
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(await within(item).findByText(/required 2, staffed 1 \(now 2\)/)).toHaveTextContent(
      'Chat · Mon, May 5 08:00–16:00 · required 2, staffed 1 (now 2)',
    );
    expect(within(item).getByText('Costs 3 days of leave.')).toBeInTheDocument();
  });

  it('asks for substitutes and shows who could cover each gap, best first, and why', async () => {
    const gap = impact().gaps[0]!;
    const withSubstitutes = impact({
      gaps: [
        {
          ...gap,
          substitutes: [
            {
              employeeId: 'e-dana',
              employeeName: 'Dana White',
              why: ['Dana White has chat.', 'Dana White is free that day.'],
            },
            { employeeId: 'e-olek', employeeName: 'Olek Nowak', why: ['costs 12 more'] },
          ],
        },
      ],
    });
    const { api, item, user } = await openInbox(
      inboxRoutes({ [`GET /api/leave-requests/${request.id}/impact`]: json(withSubstitutes) }),
    );
    await user.click(within(item).getByRole('button', { name: 'Show impact on coverage' }));
    expect(
      await within(item).findByText('Could cover, best first: Dana White, Olek Nowak.', {
        exact: false,
      }),
    ).toBeInTheDocument();
    expect(
      within(item).getByText('Dana White has chat. Dana White is free that day.'),
    ).toBeInTheDocument();
    const [call] = api.requestsTo(`GET /api/leave-requests/${request.id}/impact`);
    expect(call?.params.get('substitutes')).toBe('true');
  });

  it('approves at the version shown and announces it', async () => {
    const { api, item, user } = await openInbox(
      inboxRoutes({ [approvePath]: json(benRequest({ status: 'approved', version: 4 })) }),
    );
    await user.type(within(item).getByLabelText('Comment'), 'Have fun');
    await user.click(within(item).getByRole('button', { name: 'Approve' }));

    expect(
      await screen.findByText(/^Approved: Ben Carter, Mon, May 4\s–\sFri, May 8, 2099\.$/),
    ).toBeInTheDocument();
    expect(api.requestsTo(approvePath)[0]?.body).toEqual({ version: 3, comment: 'Have fun' });
  });

  it('offers to approve anyway with a reason after COVERAGE_VIOLATION', async () => {
    const { api, item, user } = await openInbox(
      inboxRoutes({
        [approvePath]: (r: RecordedRequest) =>
          (r.body as { overrideReason?: string }).overrideReason
            ? json(benRequest({ status: 'approved', version: 4 }))
            : problem(409, 'COVERAGE_VIOLATION', 'Approving would leave 1 duty period below.', {
                uncovered: impact().gaps,
              }),
      }),
    );
    await user.click(within(item).getByRole('button', { name: 'Approve' }));

    const alert = await within(item).findByRole('alert');
    expect(alert).toHaveTextContent('Approving would leave duties below minimum');
    expect(alert).toHaveTextContent('Chat · Mon, May 5 08:00–16:00 · required 2, staffed 1');
    const reason = within(item).getByLabelText('Reason for approving anyway');
    await waitFor(() => expect(reason).toHaveFocus());

    // A reason is required.
    await user.click(within(item).getByRole('button', { name: 'Approve anyway' }));
    expect(reason).toHaveAccessibleDescription(/Give a reason of at least 3 characters\./);
    expect(api.requestsTo(approvePath)).toHaveLength(1);

    await user.type(reason, 'Agency cover booked');
    await user.click(within(item).getByRole('button', { name: 'Approve anyway' }));
    await screen.findByText(/^Approved: Ben Carter/);
    expect(api.requestsTo(approvePath)[1]?.body).toEqual({
      version: 3,
      overrideReason: 'Agency cover booked',
    });
  });

  it('requires a comment to reject', async () => {
    const { api, item, user } = await openInbox(
      inboxRoutes({ [rejectPath]: json(benRequest({ status: 'rejected', version: 4 })) }),
    );
    const comment = within(item).getByLabelText('Comment');
    await user.click(within(item).getByRole('button', { name: 'Reject' }));

    expect(comment).toHaveAccessibleDescription(/Write why you reject it; the employee sees it\./);
    expect(comment).toHaveFocus();
    expect(api.requestsTo(rejectPath)).toHaveLength(0);

    await user.type(comment, 'Audit week: everyone is needed');
    await user.click(within(item).getByRole('button', { name: 'Reject' }));
    expect(await screen.findByText(/^Rejected: Ben Carter/)).toBeInTheDocument();
    expect(api.requestsTo(rejectPath)[0]?.body).toEqual({
      version: 3,
      comment: 'Audit week: everyone is needed',
    });
  });

  it('says so when someone else decided meanwhile, and refreshes the list', async () => {
    let decided = false;
    const { api, user } = await openInbox(
      inboxRoutes({
        'GET /api/leave-requests': (r: RecordedRequest) =>
          json(page(r.params.get('inbox') === 'true' && !decided ? [request] : [])),
        [approvePath]: () => {
          decided = true;
          return problem(409, 'VERSION_CONFLICT', 'The request is rejected (version 4).', {
            current: benRequest({ status: 'rejected', version: 4 }),
          });
        },
      }),
    );
    const before = api.requestsTo('GET /api/leave-requests').length;
    await user.click(screen.getByRole('button', { name: 'Approve' }));

    expect(
      await screen.findByText(
        'Someone else decided on the request of Ben Carter meanwhile; it is now Rejected. The list has been refreshed.',
      ),
    ).toBeInTheDocument();
    expect(await screen.findByText('Nothing waiting')).toBeInTheDocument();
    expect(api.requestsTo('GET /api/leave-requests').length).toBeGreaterThan(before);
  });

  it('records a sudden absence for a staff member, effective at once', async () => {
    const today = todayInZone(teams[0]!.timeZone);
    const { api, user } = await openInbox(
      inboxRoutes({
        'POST /api/leave-requests': (r: RecordedRequest) =>
          json(
            leaveRequest({
              ...(r.body as object),
              employeeId: ben.id,
              status: 'approved',
              requestedBy: managerMe.id,
            }),
            201,
          ),
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Record an absence…' }));
    const dialog = screen.getByRole('dialog', { name: 'Record an absence' });
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Employee' }),
      'Ben Carter',
    );
    // Illness from today is what is usually recorded.
    expect(within(dialog).getByRole('combobox', { name: 'Type of leave' })).toHaveDisplayValue(
      'Sick leave',
    );
    expect(within(dialog).getByLabelText('First day')).toHaveValue(today);
    await user.type(within(dialog).getByLabelText(/^Handover note/), 'Chats handed to Dawid');
    // The impact of the absence is previewed for that person.
    await waitFor(() =>
      expect(api.requestsTo('POST /api/leave-requests/preview').at(-1)?.body).toEqual({
        employeeId: ben.id,
        leaveTypeId: leaveTypes.sick.id,
        startDate: today,
        endDate: today,
        halfDay: null,
      }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Record absence' }));

    expect(
      await screen.findByText(/^The absence of Ben Carter on .* is recorded and on the rota\.$/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const posted = api.requestsTo('POST /api/leave-requests')[0]!;
    expect(posted.body).toEqual({
      employeeId: ben.id,
      leaveTypeId: leaveTypes.sick.id,
      startDate: today,
      endDate: today,
      halfDay: null,
      handoverNote: 'Chats handed to Dawid',
    });
    expect(posted.headers['idempotency-key']).toBeTruthy();
  });

  it('shows an empty inbox in words, and moves between tabs with the arrow keys', async () => {
    installFakeApi(inboxRoutes({ 'GET /api/leave-requests': json(page([])) }));
    const { user, router } = renderApp({ path: '/leave?tab=inbox' });
    expect(await screen.findByText('Nothing waiting')).toBeInTheDocument();
    const inboxTab = screen.getByRole('tab', { name: 'Inbox' });
    expect(inboxTab).toHaveAttribute('aria-selected', 'true');

    inboxTab.focus();
    await user.keyboard('{ArrowLeft}');
    const mine = screen.getByRole('tab', { name: 'My leave' });
    expect(mine).toHaveFocus();
    expect(mine).toHaveAttribute('aria-selected', 'true');
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('tabpanel', { name: 'My leave' })).toHaveTextContent('Request leave');
  });
});

describe('Leave for employees', () => {
  it('shows no inbox and no approve buttons to an employee, even with ?tab=inbox', async () => {
    const api = installFakeApi({
      ...signedInRoutes(),
      'GET /api/me': json(employeeMe),
      'GET /api/leave-types': json({ items: leaveTypeList }),
      'GET /api/leave-requests': (r: RecordedRequest) =>
        // The server lists only what the caller may see: Anna's own requests, no inbox.
        json(page(r.params.get('inbox') === 'true' ? [] : [leaveRequest()])),
      [`GET /api/employees/${employeeMe.id}/leave-balance`]: json(balance()),
    });
    renderApp({ path: '/leave?tab=inbox' });

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Your requests' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Vacation · 5 days')).toBeInTheDocument();
    expect(screen.queryByRole('tab')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Approve/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Reject/ })).not.toBeInTheDocument();
    expect(screen.queryByText('Requests waiting for your decision')).not.toBeInTheDocument();
    expect(api.unmatched.filter((route) => route.includes('/impact'))).toEqual([]);
    expect(skills.chat).toBeDefined();
  });
});
