import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEMO, signIn, startPlanner } from './harness.mjs';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../screenshots');
let planner;
// The leave the first test requests and approves; the second plans cover for it.
let dates;

/** Roster date `days` after `date` (YYYY-MM-DD, no time zone involved). */
function plusDays(date, days) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Two consecutive weekdays five to thirteen weeks ahead on which Anna works the phone night
 * shift — the only person on the phone at night, so her absence leaves the line short and a
 * colleague must cover — clear of the demo's leave, the Black Friday blackout and Christmas.
 * Read from the rota, so it holds whatever day the tests run.
 */
async function requestedDates(baseUrl) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO.manager, password: DEMO.password }),
  });
  const { accessToken, user } = await login.json();
  const auth = { authorization: `Bearer ${accessToken}` };
  const teams = await (await fetch(`${baseUrl}/api/teams`, { headers: auth })).json();
  const team = teams.items.find((t) => t.name === 'EMEA Support') ?? teams.items[0];
  const today = new Date().toISOString().slice(0, 10);
  const from = plusDays(today, 35);
  const to = plusDays(today, 91);
  const rota = await (
    await fetch(`${baseUrl}/api/rota?teamId=${team.id}&from=${from}&to=${to}`, { headers: auth })
  ).json();
  const anna = rota.employees.find((e) => e.name === 'Anna Kowalska');
  const night = rota.shiftTypes.find((t) => t.code === 'N');
  const works = new Set(
    rota.shifts
      .filter((x) => x.employeeId === anna.id && x.shiftTypeId === night.id)
      .map((x) => x.date),
  );
  const away = rota.leave.filter((l) => l.employeeId === anna.id);
  const free = (d) => !away.some((l) => l.startDate <= d && d <= l.endDate);
  const quiet = (d) => !/-(11-2[0-9]|11-30|12-(1[5-9]|2[0-9]|3[01])|01-0[1-2])$/.test(d);
  for (let d = from; d < plusDays(to, -1); d = plusDays(d, 1)) {
    const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
    const next = plusDays(d, 1);
    if (weekday < 1 || weekday > 4) continue;
    if (works.has(d) && works.has(next) && free(d) && free(next) && quiet(d) && quiet(next)) {
      return { start: d, end: next };
    }
  }
  throw new Error(
    `Anna (${user?.email ?? ''}) works no two weekdays in a row between ${from} and ${to}`,
  );
}

before(async () => {
  planner = await startPlanner();
  dates = await requestedDates(planner.baseUrl);
});
after(async () => {
  await planner?.close();
});

test('an employee requests leave and sees its impact; her manager approves it and the rota shows it', async () => {
  const anna = await planner.page();
  await signIn(anna, planner.baseUrl, DEMO.employee);
  await anna.goto(`${planner.baseUrl}/leave`);
  await anna.getByLabel('Type of leave').selectOption({ label: 'Vacation' });
  await anna.getByLabel('First day').fill(dates.start);
  await anna.getByLabel('Last day').fill(dates.end);
  await anna.getByText(/Costs [12] days? of leave/).waitFor();
  await anna.getByText(/Balance after/).waitFor();
  await anna.getByText(/Duties left below minimum/).waitFor();
  await anna.screenshot({ path: path.join(shots, 'leave-demo.png'), fullPage: true });
  await anna.getByRole('button', { name: 'Send request' }).click();
  await anna.getByText(/has been sent for approval/).waitFor();

  const manager = await planner.page();
  await signIn(manager, planner.baseUrl, DEMO.manager);
  await manager.goto(`${planner.baseUrl}/leave`);
  await manager.getByRole('tab', { name: /Inbox/ }).click();
  const request = manager.getByRole('listitem').filter({ hasText: 'Anna Kowalska' });
  await request.getByRole('button', { name: 'Approve', exact: true }).click();
  const needsOverride = manager.getByText('Approving would leave duties below minimum');
  const approved = manager.getByText(/Approved: Anna Kowalska/);
  await Promise.race([needsOverride.waitFor(), approved.waitFor()]);
  if (await needsOverride.isVisible()) {
    await manager
      .getByLabel('Reason for approving anyway')
      .fill('Agency cover booked for the chat queue');
    await manager.getByRole('button', { name: 'Approve anyway' }).click();
    await approved.waitFor();
  }

  await manager.goto(`${planner.baseUrl}/rota?view=week&from=${dates.start}`);
  await manager.getByText(/times in Europe\/Warsaw/).waitFor();
  // The band says "Away" until the leave types have loaded, then the type's name.
  const band = manager.locator('[aria-label^="On leave"]').first();
  await band.waitFor();
  await manager.locator('[aria-label^="On leave: Vacation"]').first().waitFor();
});

test('the manager repairs the rota over the approved leave with a plan, publishes it and sees the cover', async () => {
  const manager = await planner.page();
  // Tall enough for every row of the demo team: the rota grids render only the rows in view.
  await manager.setViewportSize({ width: 1400, height: 2200 });
  await signIn(manager, planner.baseUrl, DEMO.manager);
  await manager.goto(`${planner.baseUrl}/plans`);
  await manager.getByLabel('Mode').selectOption('repair');
  await manager.getByLabel('From').fill(dates.start);
  await manager.getByLabel('To (inclusive)').fill(dates.end);
  await manager.getByLabel(/Time limit/).fill('30');
  await manager.getByRole('button', { name: 'Start run' }).click();
  await manager.waitForURL(/\/plans\/[^/]+$/);
  // Progress arrives over the event stream (the token in the query), not by polling.
  await manager.getByRole('progressbar', { name: 'Time used' }).waitFor();
  await manager
    .getByText(/· live$/)
    .first()
    .waitFor();

  // Live progress, then the result: the run stops at its time limit at the latest.
  const publish = manager.getByRole('button', { name: 'Publish' });
  const failed = manager.getByText('The run failed.');
  await Promise.race([publish.waitFor({ timeout: 90_000 }), failed.waitFor({ timeout: 90_000 })]);
  assert.equal(await failed.isVisible(), false, 'the run failed');
  await manager.getByRole('grid', { name: /^Proposed changes on the rota/ }).waitFor();
  await manager.screenshot({ path: path.join(shots, 'plan-review.png'), fullPage: true });
  // Every change is listed under the grid; those covering for Anna are marked on it too.
  await manager
    .getByText(/Added: .* covers Anna Kowalska/)
    .first()
    .waitFor();
  await manager
    .locator('[aria-label*="Added by the plan"][aria-label*="covers Anna Kowalska"]')
    .first()
    .waitFor();

  await publish.click();
  await manager.getByText('Plan published: the rota now shows its changes.').waitFor();

  await manager.goto(`${planner.baseUrl}/rota?view=week&from=${dates.start}`);
  await manager.getByText(/times in Europe\/Warsaw/).waitFor();
  const cover = manager
    .locator('[aria-label*="covers Anna Kowalska"][aria-label*="Planned by the solver"]')
    .first();
  await cover.waitFor();
  // The rota cell names the cover (a narrow cell only in its label); Who covers whom lists it.
  await manager.goto(`${planner.baseUrl}/cover?from=${dates.start}&to=${plusDays(dates.end, 1)}`);
  await manager.getByText('Anna Kowalska').first().waitFor();

  await manager.setViewportSize({ width: 1400, height: 900 });
  await manager.goto(`${planner.baseUrl}/fairness`);
  await manager.getByRole('table', { name: /^Totals per person/ }).waitFor();
  await manager.getByRole('rowheader', { name: 'Fair share per FTE' }).waitFor();
  await manager.screenshot({ path: path.join(shots, 'fairness.png'), fullPage: true });
});
