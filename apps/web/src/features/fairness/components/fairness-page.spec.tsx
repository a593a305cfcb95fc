import { jest } from '@jest/globals';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { installFakeApi, json, problem } from '../../../test/fetch-mock';
import { teams } from '../../../test/fixtures';
import { fairnessReport } from '../../../test/plan-fixtures';
import { renderApp, signedInRoutes, signIn } from '../../../test/render-app';
import { cumulativePerFte } from './fairness-model';

beforeEach(() => {
  signIn();
  jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2025-04-15T10:00:00.000Z'));
});
afterEach(() => jest.restoreAllMocks());

function rowOf(table: HTMLElement, header: string): HTMLElement {
  const row = within(table).getByRole('rowheader', { name: header }).closest('tr');
  if (!row) throw new Error(`no row ${header}`);
  return row;
}

const cellsOf = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('FairnessPage', () => {
  it('asks for six months of the team and tabulates loads with the fair share and the spread', async () => {
    const api = installFakeApi({
      ...signedInRoutes(),
      'GET /api/fairness': json(fairnessReport),
    });
    renderApp({ path: '/fairness' });

    // The first visit loads the page's chunk (with the charting library): allow it time.
    const table = await screen.findByRole(
      'table',
      { name: /^Totals per person/ },
      { timeout: 5000 },
    );
    const request = api.requestsTo('GET /api/fairness')[0];
    expect(request?.params.get('teamId')).toBe(teams[0]!.id);
    expect(request?.params.get('from')).toBe('2024-11-01');
    expect(request?.params.get('to')).toBe('2025-04-30');

    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Person', 'FTE', 'Cover duties', 'Nights', 'Weekends', 'Public holidays']);

    // Anna: 6 cover duties on a full contract, double the fair share of 3, said in words.
    const anna = rowOf(table, 'Anna Kowalska');
    expect(cellsOf(anna)[0]).toBe('1');
    expect(cellsOf(anna)[1]).toBe('6 (6 per FTE) ▲above the fair share');
    // Ben works half time: 1 duty is 2 per FTE, below the fair share of 3.
    const ben = rowOf(table, 'Ben Carter');
    expect(cellsOf(ben)[0]).toBe('0.5');
    expect(cellsOf(ben)[1]).toBe('1 (2 per FTE) ▼below the fair share');
    expect(cellsOf(ben)[2]).toBe('2 (4 per FTE)');

    expect(cellsOf(rowOf(table, 'Fair share per FTE'))).toEqual(['3', '4', '2', '0.5']);
    expect(cellsOf(rowOf(table, 'Lowest per FTE'))).toEqual(['1', '4', '1', '0']);
    expect(cellsOf(rowOf(table, 'Highest per FTE'))).toEqual(['6', '4', '3', '1']);
    expect(cellsOf(rowOf(table, 'Standard deviation per FTE'))).toEqual([
      '2.05',
      '0',
      '0.82',
      '0.5',
    ]);

    // A chart per category, described by the table.
    const charts = screen.getAllByRole('figure');
    expect(charts.map((chart) => chart.getAttribute('aria-describedby'))).toEqual(
      Array(4).fill(table.id),
    );
    expect(charts[0]).toHaveAccessibleName('Cover duties · per FTE, cumulative');
  });

  it('accumulates each person’s monthly load per FTE for the charts', () => {
    const points = cumulativePerFte(fairnessReport, 'cover');
    const [anna, ben, dawid] = fairnessReport.employees.map((e) => e.employeeId) as [
      string,
      string,
      string,
    ];
    expect(points).toEqual([
      { month: '2025-03', [anna]: 2, [ben]: 2, [dawid]: 0 },
      { month: '2025-04', [anna]: 6, [ben]: 2, [dawid]: 1 },
    ]);
  });

  it('asks again for another period, and does not ask for an impossible one', async () => {
    const api = installFakeApi({
      ...signedInRoutes(),
      'GET /api/fairness': json(fairnessReport),
    });
    renderApp({ path: '/fairness' });
    await screen.findByRole('table', { name: /^Totals per person/ });

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-01-01' } });
    await waitFor(() =>
      expect(api.requestsTo('GET /api/fairness').at(-1)?.params.get('from')).toBe('2025-01-01'),
    );
    const count = api.requestsTo('GET /api/fairness').length;
    fireEvent.change(screen.getByLabelText('To (inclusive)'), { target: { value: '2024-12-01' } });
    expect(screen.getByLabelText('To (inclusive)')).toHaveAccessibleDescription(
      'The end date must not be before the start date.',
    );
    expect(api.requestsTo('GET /api/fairness')).toHaveLength(count);
  });

  it('shows the API’s message when the report cannot be read, and an empty team', async () => {
    installFakeApi({
      ...signedInRoutes(),
      'GET /api/fairness': problem(400, 'VALIDATION_FAILED', 'The period is longer than 2 years.'),
    });
    const first = renderApp({ path: '/fairness' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The fairness report could not be loaded.');
    expect(alert).toHaveTextContent('The period is longer than 2 years.');
    first.unmount();

    installFakeApi({
      ...signedInRoutes(),
      'GET /api/fairness': json({ ...fairnessReport, employees: [] }),
    });
    renderApp({ path: '/fairness' });
    expect(await screen.findByText('Nobody to compare')).toBeInTheDocument();
  });

  it('renders in Polish', async () => {
    installFakeApi({ ...signedInRoutes(), 'GET /api/fairness': json(fairnessReport) });
    renderApp({ path: '/fairness', language: 'pl' });
    const table = await screen.findByRole('table', { name: /^Sumy na osobę/ });
    expect(cellsOf(rowOf(table, 'Ben Carter'))[0]).toBe('0,5');
    expect(screen.getByRole('heading', { level: 1, name: 'Sprawiedliwość' })).toBeInTheDocument();
  });
});

describe('FairnessChart and the reading direction', () => {
  // jsdom lays nothing out: give the charts a size, and the ResizeObserver Recharts measures with.
  beforeEach(() => {
    Object.assign(globalThis, {
      ResizeObserver: class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    });
    const measure = Element.prototype.getBoundingClientRect;
    jest.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: Element,
    ) {
      return this.classList.contains('recharts-wrapper')
        ? DOMRect.fromRect({ width: 600, height: 300 })
        : measure.call(this);
    });
  });
  afterEach(() => {
    delete (globalThis as { ResizeObserver?: unknown }).ResizeObserver;
  });

  /** The first chart's month labels from left to right, and where its value axis stands. */
  async function drawnAxes() {
    installFakeApi({ ...signedInRoutes(), 'GET /api/fairness': json(fairnessReport) });
    renderApp({ path: '/fairness' });
    const chart = (await screen.findAllByRole('figure', {}, { timeout: 5000 }))[0]!;
    const ticks = () => [...chart.querySelectorAll('.recharts-xAxis-tick-labels text')];
    await waitFor(() => expect(ticks()).toHaveLength(2));
    const months = ticks()
      .map((tick) => ({ label: tick.textContent, x: Number(tick.getAttribute('x')) }))
      .sort((a, b) => a.x - b.x)
      .map((tick) => tick.label);
    const valueAxis = chart.querySelector('.recharts-yAxis .recharts-cartesian-axis-line');
    return { months, valueAxisX: Number(valueAxis?.getAttribute('x1')) };
  }

  it('runs time from left to right, values on the left, in a left-to-right layout', async () => {
    const { months, valueAxisX } = await drawnAxes();
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    expect(months).toEqual(['Mar 2025', 'Apr 2025']);
    expect(valueAxisX).toBeLessThan(300);
  });

  it('runs time from right to left, values on the right, in a right-to-left layout', async () => {
    // As for a right-to-left language: i18next says so, and the document and charts follow.
    jest
      .spyOn(Object.getPrototypeOf(i18next) as { dir: (lng?: string) => 'ltr' | 'rtl' }, 'dir')
      .mockReturnValue('rtl');
    const { months, valueAxisX } = await drawnAxes();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(months).toEqual(['Apr 2025', 'Mar 2025']);
    expect(valueAxisX).toBeGreaterThan(300);
  });
});
