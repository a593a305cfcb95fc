import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEMO, signIn, startPlanner } from './harness.mjs';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../screenshots');
let planner;

/** A Tuesday and Wednesday five weeks ahead: clear of the demo's leave and the Black Friday blackout. */
function requestedDates(now = new Date()) {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const monday = new Date(day.getTime() + ((8 - day.getUTCDay()) % 7 || 7) * 86_400_000);
  let start = new Date(monday.getTime() + 36 * 86_400_000);
  // Keep away from the last week of November (blackout) and from Christmas.
  while (
    (start.getUTCMonth() === 10 && start.getUTCDate() >= 20) ||
    (start.getUTCMonth() === 11 && start.getUTCDate() >= 20)
  ) {
    start = new Date(start.getTime() + 14 * 86_400_000);
  }
  const iso = (d) => d.toISOString().slice(0, 10);
  return { start: iso(start), end: iso(new Date(start.getTime() + 86_400_000)) };
}

before(async () => {
  planner = await startPlanner();
});
after(async () => {
  await planner?.close();
});

test('an employee requests leave and sees its impact; her manager approves it and the rota shows it', async () => {
  const dates = requestedDates();
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
  const band = manager.locator('[aria-label^="On leave"]').first();
  await band.waitFor();
  assert.match((await band.getAttribute('aria-label')) ?? '', /Vacation/);
});
