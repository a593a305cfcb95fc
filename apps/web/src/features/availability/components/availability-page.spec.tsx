import { screen, waitFor, within } from '@testing-library/react';
import type { Availability } from '../../../lib/api-types';
import { installFakeApi, json, problem, type RecordedRequest } from '../../../test/fetch-mock';
import { employees, teams } from '../../../test/fixtures';
import { employeeMe } from '../../../test/leave-fixtures';
import { renderApp, signedInRoutes, signIn } from '../../../test/render-app';

beforeEach(() => signIn());

const path = `/api/employees/${employeeMe.id}/availability`;
const empty: Availability = {
  employeeId: employeeMe.id,
  worksNights: true,
  maxCoverDutiesPerMonth: null,
  unavailable: [],
  preferences: [],
};
const night = {
  id: 'st-n',
  teamId: teams[0]!.id,
  code: 'N',
  name: 'Night',
  startTime: '23:00',
  endTime: '07:00',
  colour: '#6366f1',
  requiredSkillIds: [],
};

function availabilityApi(put: (request: RecordedRequest) => ReturnType<typeof json>) {
  return {
    ...signedInRoutes(),
    'GET /api/me': json(employeeMe),
    [`GET ${path}`]: json(empty),
    [`PUT ${path}`]: put,
    'GET /api/shift-types': json({ items: [night] }),
  };
}

describe('AvailabilityPage', () => {
  it('saves an unavailable window with the RRULE written by the weekday picker', async () => {
    const api = installFakeApi(
      availabilityApi((request) => json({ ...(request.body as Availability) })),
    );
    const { user } = renderApp({ path: '/availability' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Availability' })).toBeVisible();
    expect(
      await screen.findByText(/Local times in your home zone \(.*Warsaw.*\), repeated weekly/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add unavailable time' }));
    const row = screen.getByRole('heading', { name: 'Unavailable time 1' }).closest('li')!;
    await user.click(within(row).getByRole('checkbox', { name: 'Tuesday' }));
    await user.click(within(row).getByRole('checkbox', { name: 'Thursday' }));
    const from = within(row).getByLabelText('From');
    await user.clear(from);
    await user.type(from, '18:00');
    const to = within(row).getByLabelText(/^To/);
    await user.clear(to);
    await user.type(to, '22:00');
    await user.type(within(row).getByRole('textbox', { name: 'Note' }), 'Evening classes');

    await user.click(screen.getByRole('checkbox', { name: 'I work night shifts' }));
    await user.type(screen.getByRole('textbox', { name: /Most cover duties a month/ }), '4');

    await user.click(screen.getByRole('button', { name: 'Add preference' }));
    const preference = screen.getByRole('heading', { name: 'Preference 1' }).closest('li')!;
    await user.selectOptions(within(preference).getByRole('combobox', { name: 'Wish' }), 'Avoid');
    await user.selectOptions(
      within(preference).getByRole('combobox', { name: 'Shift' }),
      'N · Night (23:00–07:00)',
    );
    await user.selectOptions(
      within(preference).getByRole('combobox', { name: 'When' }),
      'Every Friday',
    );

    await user.click(screen.getByRole('button', { name: 'Save availability' }));
    expect(await screen.findByText('Availability saved.')).toBeInTheDocument();
    expect(api.requestsTo(`PUT ${path}`)[0]?.body).toEqual({
      employeeId: employeeMe.id,
      worksNights: false,
      maxCoverDutiesPerMonth: 4,
      unavailable: [
        {
          startTime: '18:00',
          endTime: '22:00',
          recurrence: 'FREQ=WEEKLY;BYDAY=TU,TH',
          validFrom: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          validTo: null,
          note: 'Evening classes',
        },
      ],
      preferences: [
        { wish: 'avoid', weekday: 5, date: null, shiftTypeId: 'st-n', weight: 5, note: '' },
      ],
    });
  });

  it('asks for days before saving, and shows the server’s reasons under their fields', async () => {
    const api = installFakeApi(
      availabilityApi(() =>
        problem(400, 'VALIDATION_FAILED', 'Invalid.', {
          errors: [{ field: 'unavailable.0.endTime', reason: 'Overlaps another window.' }],
        }),
      ),
    );
    const { user } = renderApp({ path: '/availability' });
    await user.click(await screen.findByRole('button', { name: 'Add unavailable time' }));
    await user.click(screen.getByRole('button', { name: 'Save availability' }));
    expect(screen.getByText('Choose at least one day.')).toBeInTheDocument();
    expect(api.requestsTo(`PUT ${path}`)).toHaveLength(0);

    const row = screen.getByRole('heading', { name: 'Unavailable time 1' }).closest('li')!;
    await user.click(within(row).getByRole('checkbox', { name: 'Sunday' }));
    await user.click(screen.getByRole('button', { name: 'Save availability' }));
    await waitFor(() => expect(api.requestsTo(`PUT ${path}`)).toHaveLength(1));
    expect(
      (api.requestsTo(`PUT ${path}`)[0]?.body as Availability).unavailable[0]?.recurrence,
    ).toBe('FREQ=WEEKLY;BYDAY=SU');
    expect(await within(row).findByText('Overlaps another window.')).toBeInTheDocument();
    expect(within(row).getByLabelText(/^To/)).toHaveAccessibleDescription(
      expect.stringContaining('Overlaps another window.'),
    );
  });

  it('lets a manager read a staff member’s availability from Setup', async () => {
    const anna = employees[0]!;
    installFakeApi({
      ...signedInRoutes(),
      [`GET /api/employees/${anna.id}/availability`]: json({
        ...empty,
        employeeId: anna.id,
        worksNights: false,
        unavailable: [
          {
            id: 'u1',
            startTime: '18:00',
            endTime: '22:00',
            recurrence: 'FREQ=WEEKLY;BYDAY=TU,TH',
            validFrom: '2025-01-01',
            validTo: null,
            note: 'Evening classes',
          },
        ],
      }),
      'GET /api/shift-types': json({ items: [night] }),
    });
    const { user } = renderApp({ path: '/setup?tab=employees' });
    await user.click(await screen.findByRole('button', { name: 'Availability of Anna Kowalska' }));
    const dialog = screen.getByRole('dialog', { name: 'Availability of Anna Kowalska' });
    expect(await within(dialog).findByText(/Tue, Thu, 18:00–22:00/)).toBeInTheDocument();
    expect(within(dialog).getByText('Does not work nights.')).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: /Save/ })).not.toBeInTheDocument();
  });
});
