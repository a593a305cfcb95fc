import { screen, within } from '@testing-library/react';
import type { RotaLeave } from '../../../lib/api-types';
import { installFakeApi, json } from '../../../test/fetch-mock';
import { employees } from '../../../test/fixtures';
import { employeeMe, leaveTypeList, leaveTypes } from '../../../test/leave-fixtures';
import { renderApp, signedInRoutes, signIn } from '../../../test/render-app';
import { ROTA_FROM, rotaResponse } from '../../../test/rota-fixtures';

const WEEK = `/rota?view=week&from=${ROTA_FROM}`;
const [anna, ben, celina] = employees as [
  (typeof employees)[0],
  (typeof employees)[0],
  (typeof employees)[0],
];

beforeEach(() => signIn());

function leave(overrides: Partial<RotaLeave> & Pick<RotaLeave, 'id' | 'employeeId'>): RotaLeave {
  return {
    leaveTypeId: null,
    startDate: '2025-05-01',
    endDate: '2025-05-02',
    halfDay: null,
    status: 'approved',
    version: 1,
    ...overrides,
  };
}

/** Anna is on approved vacation Thu–Fri (and beyond the window); Celina's Tuesday is pending; Ben has a half day. */
const managerLeave: RotaLeave[] = [
  leave({
    id: 'r1',
    employeeId: anna.id,
    leaveTypeId: leaveTypes.vacation.id,
    endDate: '2025-05-09',
  }),
  leave({
    id: 'r2',
    employeeId: celina.id,
    leaveTypeId: leaveTypes.childcare.id,
    startDate: '2025-04-29',
    endDate: '2025-04-29',
    status: 'pending',
  }),
  leave({
    id: 'r3',
    employeeId: ben.id,
    leaveTypeId: leaveTypes.vacation.id,
    startDate: '2025-04-28',
    endDate: '2025-04-28',
    halfDay: 'pm',
  }),
];

function cell(person: string, day: RegExp): HTMLElement {
  const grid = screen.getByRole('grid', { name: /^Rota of EMEA Support/ });
  const col = within(grid).getByRole('columnheader', { name: day }).getAttribute('aria-colindex');
  const row = within(grid)
    .getByRole('rowheader', { name: new RegExp(person) })
    .closest<HTMLElement>('[role="row"]')!;
  return within(row)
    .getAllByRole('gridcell')
    .find((c) => c.getAttribute('aria-colindex') === col)!;
}

describe('leave on the rota', () => {
  it('draws approved leave solid and pending leave hatched, named by type for managers, in words as well as colour', async () => {
    installFakeApi({
      ...signedInRoutes(),
      'GET /api/rota': json(rotaResponse({ leave: managerLeave })),
      'GET /api/leave-types': json({ items: leaveTypeList }),
    });
    renderApp({ path: WEEK });
    await screen.findByRole('grid', { name: /^Rota of EMEA Support/ });

    const thursday = cell('Anna Kowalska', /^Thursday, May 1, 2025/);
    expect(await within(thursday).findByText('Vacation')).toBeInTheDocument();
    expect(thursday).toHaveAccessibleName('On leave: Vacation (approved)');
    const band = thursday.querySelector('.leave-band')!;
    expect(band).toHaveClass('leave-band--approved');
    expect(band).toHaveTextContent('✓Vacation');

    // Friday: on leave, and the cover shift of someone else is in Dawid's row, not Anna's.
    expect(cell('Anna Kowalska', /^Friday, May 2, 2025/)).toHaveAccessibleName(
      'On leave: Vacation (approved)',
    );
    // The band is clipped to the window: nothing on the days before it starts.
    expect(cell('Anna Kowalska', /^Wednesday, April 30, 2025/)).toHaveAccessibleName(
      'Early (E), 06:00–14:00',
    );
    expect(cell('Anna Kowalska', /^Sunday, May 4, 2025/)).toHaveAccessibleName(
      'On leave: Vacation (approved)',
    );

    const tuesday = cell('Celina Wiśniewska', /^Tuesday, April 29, 2025/);
    expect(tuesday).toHaveAccessibleName('On leave: Childcare (pending approval)');
    const pending = tuesday.querySelector('.leave-band')!;
    expect(pending).toHaveClass('leave-band--pending');
    expect(pending).toHaveTextContent('?Childcare');

    // A half day shares the cell with the shift of the other half.
    const monday = cell('Ben Carter', /^Monday, April 28, 2025/);
    expect(monday).toHaveAccessibleName(
      'On leave: Vacation, afternoon (approved); Late (L), 14:00–22:00',
    );
    expect(monday).toHaveTextContent('½ pm');
  });

  it('says only "Away" to colleagues, who may not see the type', async () => {
    const api = installFakeApi({
      ...signedInRoutes(),
      'GET /api/me': json(employeeMe),
      'GET /api/rota': json(
        rotaResponse({ leave: managerLeave.map((l) => ({ ...l, leaveTypeId: null })) }),
      ),
    });
    renderApp({ path: WEEK });
    await screen.findByRole('grid', { name: /^Rota of EMEA Support/ });

    const thursday = cell('Anna Kowalska', /^Thursday, May 1, 2025/);
    expect(thursday).toHaveAccessibleName('On leave: Away (approved)');
    expect(within(thursday).getByText('Away')).toBeInTheDocument();
    expect(cell('Celina Wiśniewska', /^Tuesday, April 29, 2025/)).toHaveAccessibleName(
      'On leave: Away (pending approval)',
    );
    // No leave types are asked for when none would be shown.
    expect(api.requestsTo('GET /api/leave-types')).toHaveLength(0);
  });
});
