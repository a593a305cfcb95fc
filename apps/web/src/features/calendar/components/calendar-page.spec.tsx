import { screen, waitFor, within } from '@testing-library/react';
import type { CalendarFeed, CalendarFeedSecret } from '../../../lib/api-types';
import { installFakeApi, json, noContent, type RecordedRequest } from '../../../test/fetch-mock';
import { teams } from '../../../test/fixtures';
import { employeeMe, feed } from '../../../test/leave-fixtures';
import { renderApp, signedInRoutes, signIn } from '../../../test/render-app';

beforeEach(() => signIn());

const TOKEN = 'k3Y-9xQwErTy_uIoP1aSdFgHjKlZxCvBnM2qWeRtYuI';
const NEW_TOKEN = 'Zz9-newSecretToken_abcdefghijklmnopqrstuvwx';

/** A fake of the feeds endpoints that keeps state, as the server would. */
function feedsApi(initial: CalendarFeed[] = []) {
  let feeds = [...initial];
  let next = 2;
  const secret = (f: CalendarFeed, token: string): CalendarFeedSecret => ({
    ...f,
    token,
    path: `/ical/${token}.ics`,
  });
  return {
    ...signedInRoutes(),
    'GET /api/me': json(employeeMe),
    'GET /api/calendar-feeds': () => json({ items: feeds }),
    'POST /api/calendar-feeds': (r: RecordedRequest) => {
      const body = r.body as { kind: CalendarFeed['kind']; teamId?: string };
      const created = feed({
        id: `f0000000-0000-4000-8000-00000000000${next++}`,
        kind: body.kind,
        teamId: body.teamId ?? null,
      });
      feeds = [...feeds, created];
      return json(secret(created, TOKEN), 201);
    },
    [`POST /api/calendar-feeds/${feed().id}/rotate`]: () => {
      feeds = feeds.map((f) =>
        f.id === feed().id ? { ...f, rotatedAt: '2025-05-01T10:00:00.000Z' } : f,
      );
      return json(
        secret(
          feeds.find((f) => f.id === feed().id)!,
          NEW_TOKEN,
        ),
      );
    },
    [`DELETE /api/calendar-feeds/${feed().id}`]: () => {
      feeds = feeds.filter((f) => f.id !== feed().id);
      return noContent();
    },
  };
}

describe('CalendarPage', () => {
  it('says how often calendar apps refresh and what a feed holds', async () => {
    installFakeApi(feedsApi());
    renderApp({ path: '/calendar' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Calendar' })).toBeInTheDocument();
    expect(
      screen.getByText(/Google Calendar refreshes subscribed calendars only every 8–24 hours/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Apple Calendar and Outlook let you choose how often to refresh/),
    ).toBeInTheDocument();
    expect(screen.getByText('Feeds hold 60 days back and 12 months ahead.')).toBeInTheDocument();
  });

  it('shows the secret address once after create, with a copy button and a webcal link', async () => {
    const api = installFakeApi(feedsApi());
    const { user } = renderApp({ path: '/calendar' });

    await user.click(await screen.findByRole('button', { name: 'Create feed: My schedule' }));

    const secret = await screen.findByRole('region', {
      name: 'The address of your feed “My schedule”',
    });
    expect(api.requestsTo('POST /api/calendar-feeds')[0]?.body).toEqual({ kind: 'my-schedule' });
    const url = `http://localhost/ical/${TOKEN}.ics`;
    expect(within(secret).getByLabelText('Calendar address')).toHaveValue(url);
    expect(within(secret).getByText('This address is shown only once: copy it now.')).toBeVisible();
    expect(within(secret).getByRole('link', { name: 'Open in your calendar app' })).toHaveAttribute(
      'href',
      `webcal://localhost/ical/${TOKEN}.ics`,
    );

    await user.click(within(secret).getByRole('button', { name: 'Copy address' }));
    expect(await within(secret).findByText('✓ Copied to the clipboard.')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(url);

    // The list now shows the feed, never its address.
    const mine = await screen.findByRole('heading', { level: 3, name: 'My schedule' });
    await waitFor(() =>
      expect(mine.closest('li')).toHaveTextContent('Not read by a calendar app yet'),
    );
    expect(mine.closest('li')).not.toHaveTextContent(TOKEN);

    await user.click(within(secret).getByRole('button', { name: 'I have copied it' }));
    expect(screen.queryByDisplayValue(url)).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(TOKEN);
    expect(screen.getByRole('button', { name: 'New address for My schedule' })).toBeInTheDocument();
  });

  it('creates team feeds for the team chosen in the header', async () => {
    const api = installFakeApi(feedsApi());
    const { user } = renderApp({ path: '/calendar' });
    await user.click(
      await screen.findByRole('button', { name: 'Create feed: Team absences: EMEA Support' }),
    );
    await screen.findByRole('region', { name: /Team absences: EMEA Support/ });
    expect(api.requestsTo('POST /api/calendar-feeds')[0]?.body).toEqual({
      kind: 'team-absences',
      teamId: teams[0]!.id,
    });
  });

  it('replaces an address after a confirmation that says the old one stops working', async () => {
    const api = installFakeApi(feedsApi([feed({ lastFetchedAt: '2025-04-30T05:15:00.000Z' })]));
    const { user } = renderApp({ path: '/calendar' });
    const row = (await screen.findByRole('heading', { level: 3, name: 'My schedule' })).closest(
      'li',
    )!;
    // 05:15 UTC is 07:15 in Anna's Warsaw.
    expect(row).toHaveTextContent('Last read by a calendar app Apr 30, 2025, 07:15');

    await user.click(within(row).getByRole('button', { name: 'New address for My schedule' }));
    const dialog = screen.getByRole('dialog', { name: 'Replace the address?' });
    expect(dialog).toHaveTextContent('The current address stops working at once');
    await user.click(within(dialog).getByRole('button', { name: 'Replace address' }));

    const secret = await screen.findByRole('region', {
      name: 'The new address of your feed “My schedule”',
    });
    expect(within(secret).getByLabelText('Calendar address')).toHaveValue(
      `http://localhost/ical/${NEW_TOKEN}.ics`,
    );
    expect(secret).toHaveTextContent('The old address no longer works');
    expect(api.requestsTo(`POST /api/calendar-feeds/${feed().id}/rotate`)).toHaveLength(1);
  });

  it('revokes a feed after confirmation', async () => {
    const api = installFakeApi(feedsApi([feed()]));
    const { user } = renderApp({ path: '/calendar' });
    await user.click(await screen.findByRole('button', { name: 'Revoke My schedule' }));
    const dialog = screen.getByRole('dialog', { name: 'Revoke this feed?' });
    expect(dialog).toHaveTextContent('The address stops working at once');
    await user.click(within(dialog).getByRole('button', { name: 'Revoke feed' }));

    expect(
      await screen.findByText('My schedule: feed revoked; its address no longer works.'),
    ).toBeInTheDocument();
    expect(api.requestsTo(`DELETE /api/calendar-feeds/${feed().id}`)).toHaveLength(1);
    expect(
      await screen.findByRole('button', { name: 'Create feed: My schedule' }),
    ).toBeInTheDocument();
  });
});
