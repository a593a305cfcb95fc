import { screen, waitFor, within } from '@testing-library/react';
import type { ImportResult, ShiftType } from '../../../lib/api-types';
import { installFakeApi, json, problem, type RecordedRequest } from '../../../test/fetch-mock';
import { employees, skills, teams } from '../../../test/fixtures';
import { employeeMe } from '../../../test/leave-fixtures';
import { renderApp, signedInRoutes, signIn } from '../../../test/render-app';

beforeEach(() => signIn());

const team = teams[0]!;

function shiftType(overrides: Partial<ShiftType> & Pick<ShiftType, 'id' | 'code' | 'name'>) {
  return {
    teamId: team.id,
    startTime: '07:00',
    endTime: '15:00',
    colour: '#3b82f6',
    requiredSkillIds: [],
    cannotBeFollowedBy: [],
    durationMinutes: 480,
    crossesMidnight: false,
    version: 1,
    ...overrides,
  } satisfies ShiftType;
}

const early = shiftType({ id: 'st-e', code: 'E', name: 'Early' });
const late = shiftType({
  id: 'st-l',
  code: 'L',
  name: 'Late',
  startTime: '15:00',
  endTime: '23:00',
  colour: '#f59e0b',
});
const night = shiftType({
  id: 'st-n',
  code: 'N',
  name: 'Night',
  startTime: '23:00',
  endTime: '07:00',
  colour: '#6366f1',
  crossesMidnight: true,
});

describe('Setup: who sees it', () => {
  it('is not offered to employees, and says so when they open it', async () => {
    installFakeApi({ ...signedInRoutes(), 'GET /api/me': json(employeeMe) });
    renderApp({ path: '/setup' });
    expect(await screen.findByText('Setup is for managers and administrators')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Availability' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Setup' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tablist', { name: 'Setup sections' })).not.toBeInTheDocument();
  });

  it('is offered to managers, with its sections as tabs', async () => {
    installFakeApi(signedInRoutes());
    renderApp({ path: '/rota' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(await within(nav).findByRole('link', { name: 'Setup' })).toHaveAttribute(
      'href',
      '/setup',
    );
  });
});

describe('Setup: shift types', () => {
  it('creates a shift type with the right body and shows server field errors under their fields', async () => {
    let attempts = 0;
    const api = installFakeApi({
      ...signedInRoutes(),
      'GET /api/shift-types': json({ items: [] }),
      'POST /api/shift-types': (request: RecordedRequest) => {
        attempts += 1;
        if (attempts === 1)
          return problem(400, 'VALIDATION_FAILED', 'The request is not valid.', {
            errors: [{ field: 'code', reason: 'E is already used by another shift type.' }],
          });
        return json({ ...early, ...(request.body as object), id: 'st-new' }, 201);
      },
    });
    const { user } = renderApp({ path: '/setup?tab=shift-types' });

    expect(await screen.findByText('No shift types yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New shift type' }));
    const dialog = screen.getByRole('dialog', { name: 'New shift type' });

    // Checked as it is typed: a bad code is flagged before anything is sent.
    const code = within(dialog).getByRole('textbox', { name: /^Code/ });
    await user.type(code, 'E!');
    expect(within(dialog).getByText('1–4 letters or digits, e.g. E, L or N.')).toBeInTheDocument();
    await user.clear(code);
    await user.type(code, 'E');
    expect(within(dialog).queryByText('1–4 letters or digits, e.g. E, L or N.')).toBeNull();

    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Early');
    await user.type(within(dialog).getByLabelText('Starts'), '07:00');
    await user.type(within(dialog).getByLabelText('Ends'), '15:00');
    const colour = within(dialog).getByRole('textbox', { name: /^Colour/ });
    await user.clear(colour);
    await user.type(colour, '#FF8800');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Chat' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    const refused = await within(dialog).findByText('E is already used by another shift type.');
    expect(code).toHaveAccessibleDescription(
      expect.stringContaining('E is already used by another shift type.'),
    );
    expect(refused).toBeInTheDocument();
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Please correct the fields marked below.',
    );
    expect(api.requestsTo('POST /api/shift-types')[0]?.body).toEqual({
      teamId: team.id,
      code: 'E',
      name: 'Early',
      startTime: '07:00',
      endTime: '15:00',
      colour: '#ff8800',
      requiredSkillIds: [skills.chat.id],
      // The team has no other shift type yet, and a new one cannot name itself.
      cannotBeFollowedBy: [],
    });

    // Changing the field clears the server's reason; the next save goes through.
    await user.clear(code);
    await user.type(code, 'E2');
    expect(within(dialog).queryByText('E is already used by another shift type.')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'New shift type' })).not.toBeInTheDocument(),
    );
    expect(api.requestsTo('POST /api/shift-types')[1]?.body).toMatchObject({ code: 'E2' });
  });

  it('says which shift types may not follow one on the next day, and edits that', async () => {
    let attempts = 0;
    const api = installFakeApi({
      ...signedInRoutes(),
      'GET /api/shift-types': json({
        items: [early, late, { ...night, cannotBeFollowedBy: [early.id] }],
      }),
      'PATCH /api/shift-types/st-n': (request: RecordedRequest) => {
        attempts += 1;
        if (attempts === 1)
          return problem(400, 'VALIDATION_FAILED', 'The request is not valid.', {
            errors: [{ field: 'cannotBeFollowedBy', reason: 'Unknown shift type: st-x.' }],
          });
        return json({ ...night, ...(request.body as object), version: 2 });
      },
    });
    const { user } = renderApp({ path: '/setup?tab=shift-types' });

    // The table says it in words: a Night may not be followed by an Early.
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('columnheader', { name: 'Not followed by' })).toBeVisible();
    const nightRow = within(table).getByRole('rowheader', { name: 'Night' }).closest('tr')!;
    expect(within(nightRow).getByRole('cell', { name: 'Early' })).toBeInTheDocument();
    const earlyRow = within(table).getByRole('rowheader', { name: 'Early' }).closest('tr')!;
    expect(within(earlyRow).getByText('Any shift may follow')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Edit Night' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Night' });
    const group = within(dialog).getByRole('group', {
      name: 'Cannot be followed by (the next day)',
    });
    expect(group).toHaveAccessibleDescription(expect.stringContaining('no Early after a Night'));
    // Every shift type of the team, this one too (no night straight after a night).
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes.map((box) => box.closest('label')?.textContent)).toEqual([
      'Early (E)',
      'Late (L)',
      'Night (N), this one',
    ]);
    expect(within(group).getByRole('checkbox', { name: 'Early (E)' })).toBeChecked();
    await user.click(within(group).getByRole('checkbox', { name: 'Night (N), this one' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    // The server's reason shows with the group, which it describes.
    expect(await within(group).findByText('Unknown shift type: st-x.')).toBeInTheDocument();
    expect(group).toHaveAccessibleDescription(expect.stringContaining('Unknown shift type: st-x.'));
    expect(api.requestsTo('PATCH /api/shift-types/st-n')[0]?.body).toEqual({
      version: 1,
      code: 'N',
      name: 'Night',
      startTime: '23:00',
      endTime: '07:00',
      colour: '#6366f1',
      requiredSkillIds: [],
      cannotBeFollowedBy: [early.id, night.id],
    });

    // Changing the choice clears the reason; the next save goes through.
    await user.click(within(group).getByRole('checkbox', { name: 'Early (E)' }));
    expect(within(group).queryByText('Unknown shift type: st-x.')).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Edit Night' })).not.toBeInTheDocument(),
    );
    expect(api.requestsTo('PATCH /api/shift-types/st-n')[1]?.body).toMatchObject({
      cannotBeFollowedBy: [night.id],
    });
  });

  it('explains a 409 IN_USE when deleting a shift type a rotation uses', async () => {
    installFakeApi({
      ...signedInRoutes(),
      'GET /api/shift-types': json({ items: [early] }),
      'DELETE /api/shift-types/st-e': problem(409, 'IN_USE', 'A rotation uses this shift type.'),
    });
    const { user } = renderApp({ path: '/setup?tab=shift-types' });
    await user.click(await screen.findByRole('button', { name: 'Delete Early' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete Early?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'This is still in use, so it cannot be removed.',
    );
  });
});

describe('Setup: employees', () => {
  it('sends the contract’s rules on days in a row and limits per shift type, checked as typed, and shows the server’s reasons by their fields', async () => {
    let attempts = 0;
    const api = installFakeApi({
      ...signedInRoutes(),
      'GET /api/shift-types': json({ items: [early, late, night] }),
      'POST /api/employees': (request: RecordedRequest) => {
        attempts += 1;
        if (attempts === 1)
          return problem(400, 'VALIDATION_FAILED', 'The request is not valid.', {
            errors: [
              {
                field: 'contract.minConsecutiveDaysOff',
                reason: 'Cannot be more than the period allows.',
              },
              {
                field: 'contract.maxShiftsPerType[1].maxPerPeriod',
                reason: 'More than the period has days.',
              },
            ],
          });
        return json({ ...employees[0], ...(request.body as object), id: 'e-new', version: 1 }, 201);
      },
    });
    const { user } = renderApp({ path: '/setup?tab=employees' });
    await user.click(await screen.findByRole('button', { name: 'New employee' }));
    const dialog = screen.getByRole('dialog', { name: 'New employee' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Dana Lee');
    await user.type(within(dialog).getByRole('textbox', { name: /^E-mail/ }), 'dana@example.com');

    // The existing limit per period says which period it counts in.
    expect(
      within(dialog).getByRole('textbox', { name: 'Most shifts per period' }),
    ).toHaveAccessibleDescription('Optional. Counted in each period of 28 days.');

    const minDays = within(dialog).getByRole('textbox', { name: 'Fewest working days in a row' });
    expect(minDays).toHaveValue('1');
    expect(minDays).toHaveAccessibleDescription(expect.stringContaining('1 means no minimum'));
    await user.clear(minDays);
    await user.type(minDays, '15');
    expect(minDays).toHaveAccessibleDescription(
      expect.stringContaining('A whole number from 1 to 14.'),
    );
    await user.clear(minDays);
    await user.type(minDays, '2');
    expect(minDays).not.toHaveAccessibleDescription(expect.stringContaining('A whole number'));
    const minOff = within(dialog).getByRole('textbox', { name: 'Fewest days off in a row' });
    await user.clear(minOff);
    await user.type(minOff, '3');

    // Limits per shift type: a line each, added and removed by buttons.
    const limits = within(dialog).getByRole('group', { name: 'Shifts of one type per period' });
    expect(within(limits).getByText('No limit per shift type.')).toBeInTheDocument();
    await user.click(within(limits).getByRole('button', { name: 'Add a limit' }));
    const first = within(limits).getByRole('group', { name: 'Limit 1' });
    // The new line takes a shift type not limited yet, and gets the focus.
    const firstType = within(first).getByRole('combobox', { name: 'Shift type' });
    expect(firstType).toHaveDisplayValue('Early (E)');
    expect(firstType).toHaveFocus();
    await user.type(within(first).getByRole('textbox', { name: /^At most/ }), '4');

    await user.click(within(limits).getByRole('button', { name: 'Add a limit' }));
    const second = within(limits).getByRole('group', { name: 'Limit 2' });
    const secondType = within(second).getByRole('combobox', { name: 'Shift type' });
    expect(secondType).toHaveDisplayValue('Late (L)');
    // One limit per shift type, said as it is chosen.
    await user.selectOptions(secondType, 'Early (E)');
    expect(secondType).toHaveAccessibleDescription('This shift type already has a limit above.');
    await user.selectOptions(secondType, 'Night (N)');
    expect(secondType).not.toHaveAccessibleDescription();
    const secondMax = within(second).getByRole('textbox', { name: /^At most/ });
    await user.type(secondMax, 'x');
    expect(secondMax).toHaveAccessibleDescription('A whole number from 0.');
    await user.clear(secondMax);
    await user.type(secondMax, '40');

    // A third line, removed again: focus goes back to "Add a limit".
    await user.click(within(limits).getByRole('button', { name: 'Add a limit' }));
    await user.click(within(limits).getByRole('button', { name: 'Remove limit 3' }));
    expect(within(limits).queryByRole('group', { name: 'Limit 3' })).toBeNull();
    expect(within(limits).getByRole('button', { name: 'Add a limit' })).toHaveFocus();

    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Cannot be more than the period allows.')).toBeVisible();
    expect(minOff).toHaveAccessibleDescription(
      expect.stringContaining('Cannot be more than the period allows.'),
    );
    expect(secondMax).toHaveAccessibleDescription('More than the period has days.');
    const sent = api.requestsTo('POST /api/employees')[0]?.body as { contract: unknown };
    expect(sent.contract).toEqual({
      weeklyMinutes: 2400,
      fte: 1,
      maxShiftsPerPeriod: null,
      maxMinutesPerPeriod: null,
      minMinutesPerPeriod: null,
      periodDays: 28,
      minRestHours: 11,
      maxConsecutiveDays: 6,
      maxWeekendsPer4Weeks: 2,
      minConsecutiveDays: 2,
      minConsecutiveDaysOff: 3,
      maxShiftsPerType: [
        { shiftTypeId: early.id, maxPerPeriod: 4 },
        { shiftTypeId: night.id, maxPerPeriod: 40 },
      ],
    });

    // Editing the list clears the reasons given for its lines; the next save goes through.
    await user.clear(secondMax);
    await user.type(secondMax, '8');
    expect(secondMax).not.toHaveAccessibleDescription();
    await user.clear(minOff);
    await user.type(minOff, '2');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'New employee' })).not.toBeInTheDocument(),
    );
    expect(
      (api.requestsTo('POST /api/employees')[1]?.body as { contract: unknown }).contract,
    ).toMatchObject({
      minConsecutiveDaysOff: 2,
      maxShiftsPerType: [
        { shiftTypeId: early.id, maxPerPeriod: 4 },
        { shiftTypeId: night.id, maxPerPeriod: 8 },
      ],
    });
  });

  it('shows a saved contract’s limits per shift type and sends what is left after removing one', async () => {
    const anna = {
      ...employees[0]!,
      version: 3,
      contract: {
        weeklyMinutes: 2400,
        fte: 1,
        maxShiftsPerPeriod: 18,
        maxMinutesPerPeriod: null,
        minMinutesPerPeriod: null,
        periodDays: 14,
        minRestHours: 11,
        maxConsecutiveDays: 6,
        maxWeekendsPer4Weeks: 2,
        minConsecutiveDays: 3,
        minConsecutiveDaysOff: 2,
        maxShiftsPerType: [
          { shiftTypeId: night.id, maxPerPeriod: 4 },
          { shiftTypeId: late.id, maxPerPeriod: 6 },
        ],
      },
    };
    const api = installFakeApi({
      ...signedInRoutes(),
      'GET /api/employees': json({ items: [anna], total: 1, limit: 25, offset: 0 }),
      'GET /api/shift-types': json({ items: [early, late, night] }),
      'PATCH /api/employees/e0000000-0000-4000-8000-000000000001': (request: RecordedRequest) =>
        json({ ...anna, ...(request.body as object), version: 4 }),
    });
    const { user } = renderApp({ path: '/setup?tab=employees' });
    await user.click(await screen.findByRole('button', { name: 'Edit Anna Kowalska' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit Anna Kowalska' });
    expect(within(dialog).getByRole('textbox', { name: 'Most shifts per period' })).toHaveValue(
      '18',
    );
    expect(
      within(dialog).getByRole('textbox', { name: 'Most shifts per period' }),
    ).toHaveAccessibleDescription('Optional. Counted in each period of 14 days.');
    expect(
      within(dialog).getByRole('textbox', { name: 'Fewest working days in a row' }),
    ).toHaveValue('3');
    const limits = within(dialog).getByRole('group', { name: 'Shifts of one type per period' });
    const first = within(limits).getByRole('group', { name: 'Limit 1' });
    expect(await within(first).findByRole('combobox', { name: 'Shift type' })).toHaveDisplayValue(
      'Night (N)',
    );
    expect(within(first).getByRole('textbox', { name: /^At most/ })).toHaveValue('4');

    await user.click(within(limits).getByRole('button', { name: 'Remove limit 1' }));
    expect(
      within(within(limits).getByRole('group', { name: 'Limit 1' })).getByRole('combobox', {
        name: 'Shift type',
      }),
    ).toHaveDisplayValue('Late (L)');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(
        api.requestsTo('PATCH /api/employees/e0000000-0000-4000-8000-000000000001'),
      ).toHaveLength(1),
    );
    expect(
      api.requestsTo('PATCH /api/employees/e0000000-0000-4000-8000-000000000001')[0]?.body,
    ).toMatchObject({
      version: 3,
      contract: {
        maxShiftsPerPeriod: 18,
        minConsecutiveDays: 3,
        minConsecutiveDaysOff: 2,
        maxShiftsPerType: [{ shiftTypeId: late.id, maxPerPeriod: 6 }],
      },
    });
  });
});

describe('Setup: coverage rules', () => {
  it('writes the RRULE from the weekday picker, checks as you type and shows server field errors', async () => {
    const api = installFakeApi({
      ...signedInRoutes(),
      'GET /api/coverage-rules': json({ items: [] }),
      'POST /api/coverage-rules': problem(400, 'VALIDATION_FAILED', 'Invalid.', {
        errors: [{ field: 'validTo', reason: 'Must be within two years.' }],
      }),
    });
    const { user } = renderApp({ path: '/setup?tab=coverage' });
    await user.click(await screen.findByRole('button', { name: 'New coverage rule' }));
    const dialog = screen.getByRole('dialog', { name: 'New coverage rule' });

    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Weekend chat');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Skill/ }), 'Chat');
    const end = within(dialog).getByLabelText('To');
    await user.clear(end);
    await user.type(end, '20:00');

    // Weekdays by default; the picker rewrites the rule.
    const raw = within(dialog).getByRole('textbox', { name: /Recurrence rule/ });
    expect(raw).toHaveValue('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])
      await user.click(within(dialog).getByRole('checkbox', { name: day }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Saturday' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Sunday' }));
    expect(raw).toHaveValue('FREQ=WEEKLY;BYDAY=SA,SU');

    const min = within(dialog).getByRole('textbox', { name: /^Minimum/ });
    await user.clear(min);
    await user.type(min, '2');
    const ideal = within(dialog).getByRole('textbox', { name: /^Ideal/ });
    await user.type(ideal, '1');
    expect(within(dialog).getByText('The ideal cannot be below the minimum.')).toBeInTheDocument();
    await user.clear(ideal);
    await user.type(ideal, '3');
    expect(within(dialog).queryByText('The ideal cannot be below the minimum.')).toBeNull();

    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Priority/ }), '2');
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Public holidays' }),
      'Not on holidays',
    );
    await user.type(within(dialog).getByLabelText('Valid from'), '2025-06-01');
    await user.type(within(dialog).getByLabelText(/^Valid until/), '2025-08-31');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Seasonal override' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    expect(await within(dialog).findByText('Must be within two years.')).toBeInTheDocument();
    expect(api.requestsTo('POST /api/coverage-rules')[0]?.body).toEqual({
      teamId: team.id,
      name: 'Weekend chat',
      skillId: skills.chat.id,
      startTime: '08:00',
      endTime: '20:00',
      recurrence: 'FREQ=WEEKLY;BYDAY=SA,SU',
      minHeadcount: 2,
      idealHeadcount: 3,
      priority: 2,
      validFrom: '2025-06-01',
      validTo: '2025-08-31',
      holidays: 'excluded',
      overrides: true,
    });
  });
});

describe('Setup: rotations', () => {
  function rotationsApi() {
    return {
      ...signedInRoutes(),
      'GET /api/rotations': json({ items: [] }),
      'GET /api/shift-types': json({ items: [early, late, night] }),
      'POST /api/rotations': (request: RecordedRequest) =>
        json({ id: 'rot-1', members: [], version: 1, ...(request.body as object) }, 201),
    };
  }

  it('builds the pattern day by day, with codes and weekdays from the anchor date', async () => {
    const api = installFakeApi(rotationsApi());
    const { user } = renderApp({ path: '/setup?tab=rotations' });
    await user.click(await screen.findByRole('button', { name: 'New rotation' }));
    const dialog = screen.getByRole('dialog', { name: 'New rotation' });

    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Three-day');
    const anchor = within(dialog).getByLabelText(/^Day 1 of the cycle/);
    await user.clear(anchor);
    await user.type(anchor, '2025-03-03');
    const length = within(dialog).getByRole('spinbutton', { name: 'Cycle length (days)' });
    await user.clear(length);
    await user.type(length, '3');
    expect(within(dialog).getByText('3 days, 0 with a shift')).toBeInTheDocument();

    // 3 March 2025 is a Monday.
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Day 1 (Mon)' }), 'st-e');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Day 3 (Wed)' }), 'st-n');
    expect(within(dialog).getByRole('combobox', { name: 'Day 2 (Tue)' })).toHaveDisplayValue('Off');
    expect(within(dialog).getByText('3 days, 2 with a shift')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(api.requestsTo('POST /api/rotations')).toHaveLength(1));
    expect(api.requestsTo('POST /api/rotations')[0]?.body).toEqual({
      teamId: team.id,
      name: 'Three-day',
      anchorDate: '2025-03-03',
      pattern: ['st-e', null, 'st-n'],
    });
  });

  it('fills the four-week E/L/N/off preset', async () => {
    const api = installFakeApi(rotationsApi());
    const { user } = renderApp({ path: '/setup?tab=rotations' });
    await user.click(await screen.findByRole('button', { name: 'New rotation' }));
    const dialog = screen.getByRole('dialog', { name: 'New rotation' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'ELN');
    await user.click(within(dialog).getByRole('button', { name: 'Preset: 4 weeks E/L/N/off' }));
    expect(within(dialog).getByText('28 days, 15 with a shift')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(api.requestsTo('POST /api/rotations')).toHaveLength(1));
    const week = (id: string | null) => [id, id, id, id, id, null, null];
    expect(
      (api.requestsTo('POST /api/rotations')[0]?.body as { pattern: unknown }).pattern,
    ).toEqual([...week('st-e'), ...week('st-l'), ...week('st-n'), ...week(null)]);
  });

  it('refuses a pattern without any shift before sending it', async () => {
    const api = installFakeApi(rotationsApi());
    const { user } = renderApp({ path: '/setup?tab=rotations' });
    await user.click(await screen.findByRole('button', { name: 'New rotation' }));
    const dialog = screen.getByRole('dialog', { name: 'New rotation' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Name/ }), 'Empty');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      within(dialog).getByText('Give at least one day of the cycle a shift.'),
    ).toBeInTheDocument();
    expect(api.requestsTo('POST /api/rotations')).toHaveLength(0);
  });
});

describe('Setup: CSV import', () => {
  const header = 'name,email,skills,homeTimeZone,weeklyHours,annualLeaveDays';
  const rows = (errors: boolean): ImportResult => ({
    rows: [
      {
        line: 2,
        values: {
          name: 'Dana Lee',
          email: 'dana@example.com',
          skills: 'chat',
          // The server lower-cases header names.
          hometimezone: 'Europe/Warsaw',
          weeklyhours: '40',
          annualleavedays: '',
        },
        errors: [],
      },
      {
        line: 3,
        values: {
          name: 'Eve Moss',
          email: errors ? 'eve@' : 'eve@example.com',
          skills: errors ? 'chat;klingon' : 'chat',
          hometimezone: '',
          weeklyhours: '',
          annualleavedays: '',
        },
        errors: errors
          ? [
              { field: 'email', reason: 'Not an e-mail address.' },
              { field: 'skills', reason: 'Unknown skill code: klingon.' },
            ]
          : [],
      },
    ],
    valid: errors ? 1 : 2,
    invalid: errors ? 1 : 0,
    committed: false,
  });

  it('previews row errors, then imports everyone once the CSV is valid', async () => {
    const api = installFakeApi({
      ...signedInRoutes(),
      'POST /api/imports/staff': (request: RecordedRequest) => {
        const body = request.body as { csv: string; commit: boolean };
        const bad = body.csv.includes('klingon');
        if (body.commit) return json({ ...rows(false), committed: true, created: 2 });
        return json(rows(bad));
      },
    });
    const { user } = renderApp({ path: '/setup?tab=import' });

    expect(await screen.findByRole('link', { name: 'Download an example CSV' })).toHaveAttribute(
      'download',
      'staff-example.csv',
    );
    const text = screen.getByRole('textbox', { name: 'Or paste the CSV' });
    const badCsv = `${header}\nDana Lee,dana@example.com,chat,,40,\nEve Moss,eve@,chat;klingon,,,`;
    await user.click(text);
    await user.paste(badCsv);
    await user.click(screen.getByRole('button', { name: 'Check' }));

    expect(await screen.findByText(/Unknown skill code: klingon\./)).toBeInTheDocument();
    expect(screen.getByText(/Not an e-mail address\./)).toBeInTheDocument();
    expect(screen.getByText(/1 row ready, 1 row with errors/)).toBeInTheDocument();
    const dana = screen.getByRole('rowheader', { name: '2' }).closest('tr')!;
    expect(within(dana).getByText('Europe/Warsaw')).toBeInTheDocument();
    expect(within(dana).getByText('40')).toBeInTheDocument();
    const importButton = screen.getByRole('button', { name: 'Import 1 person' });
    expect(importButton).toBeDisabled();
    expect(api.requestsTo('POST /api/imports/staff')[0]?.body).toEqual({
      teamId: team.id,
      csv: badCsv,
      commit: false,
    });

    await user.clear(text);
    await user.paste(
      `${header}\nDana Lee,dana@example.com,chat,,40,\nEve Moss,eve@example.com,chat,,,`,
    );
    expect(screen.getByText('The CSV changed since it was checked: check it again.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Check' }));
    const commit = await screen.findByRole('button', { name: 'Import 2 people' });
    expect(commit).toBeEnabled();
    await user.click(commit);

    expect(await screen.findByText('Imported 2 people.')).toBeInTheDocument();
    const sent = api.requestsTo('POST /api/imports/staff');
    expect(sent).toHaveLength(3);
    expect(sent[2]?.body).toMatchObject({ teamId: team.id, commit: true });
  });

  it('shows problems with the file as a whole under the text', async () => {
    installFakeApi({
      ...signedInRoutes(),
      'POST /api/imports/staff': problem(400, 'VALIDATION_FAILED', 'Invalid.', {
        errors: [{ field: 'csv', reason: 'line 1: the column "email" is missing' }],
      }),
    });
    const { user } = renderApp({ path: '/setup?tab=import' });
    const text = await screen.findByRole('textbox', { name: 'Or paste the CSV' });
    await user.click(text);
    await user.paste('name\nDana Lee');
    await user.click(screen.getByRole('button', { name: 'Check' }));
    expect(await screen.findByText(/the column "email" is missing/)).toBeInTheDocument();
    expect(text).toHaveAccessibleDescription(expect.stringContaining('is missing'));
    expect(screen.getByRole('alert')).toHaveTextContent('The CSV could not be read');
  });

  it('shows the rows of a refused commit and says nothing was written', async () => {
    installFakeApi({
      ...signedInRoutes(),
      'POST /api/imports/leave': (request: RecordedRequest) => {
        const body = request.body as { commit: boolean };
        const row = {
          line: 2,
          values: {
            email: 'anna@example.com',
            type: 'vacation',
            startDate: '2025-07-07',
            endDate: '2025-07-18',
            halfDay: '',
          },
          errors: [] as { field: string; reason: string }[],
        };
        if (!body.commit) return json({ rows: [row], valid: 1, invalid: 0, committed: false });
        return problem(400, 'VALIDATION_FAILED', 'Some rows are invalid.', {
          rows: [
            {
              ...row,
              errors: [{ field: 'startDate', reason: 'Overlaps leave approved meanwhile.' }],
            },
          ],
        });
      },
    });
    const { user } = renderApp({ path: '/setup?tab=import' });
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'What to import' }),
      'Leave',
    );
    await user.click(screen.getByRole('textbox', { name: 'Or paste the CSV' }));
    await user.paste(
      'email,type,startDate,endDate,halfDay\nanna@example.com,vacation,2025-07-07,2025-07-18,',
    );
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await user.click(await screen.findByRole('button', { name: 'Import 1 absence' }));

    expect(await screen.findByText(/Overlaps leave approved meanwhile\./)).toBeInTheDocument();
    expect(screen.getByText('Nothing was imported.')).toBeInTheDocument();
    expect(
      screen.getByText('Some rows are not valid (see below), so nothing was written.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import 0 absences' })).toBeDisabled();
  });
});

describe('Setup: every section renders', () => {
  it.each([
    ['teams', 'Teams'],
    ['employees', 'Employees'],
    ['skills', 'Skills'],
    ['shift-types', 'Shift types'],
    ['rotations', 'Rotations'],
    ['coverage', 'Coverage rules'],
    ['leave', 'Blackouts'],
    ['holidays', 'Public holidays, next 12 months'],
    ['import', 'CSV import into EMEA Support'],
  ])('%s', async (tab, heading) => {
    const api = installFakeApi({
      ...signedInRoutes(),
      'GET /api/shift-types': json({ items: [early] }),
      'GET /api/rotations': json({ items: [] }),
      'GET /api/coverage-rules': json({ items: [] }),
      'GET /api/leave-blackouts': json({ items: [] }),
      'GET /api/leave-skill-limits': json({ teamId: team.id, limits: [] }),
      'GET /api/leave-types': json({ items: [] }),
    });
    renderApp({ path: `/setup?tab=${tab}` });
    expect(await screen.findByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    expect(screen.getByRole('tab', { selected: true })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Loading…')).not.toBeInTheDocument());
    expect(api.unmatched).toEqual([]);
  });
});
