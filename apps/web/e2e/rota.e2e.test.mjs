import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEMO, signIn, startPlanner } from './harness.mjs';

const shots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../screenshots');
let planner;

before(async () => {
  planner = await startPlanner();
  mkdirSync(shots, { recursive: true });
});
after(async () => {
  await planner?.close();
});

test('the demo manager signs in and sees the EMEA Support rota with its coverage rows', async () => {
  const page = await planner.page();
  await signIn(page, planner.baseUrl, DEMO.manager);
  await page.waitForURL(/\/rota/);
  await page.getByText(/times in Europe\/Warsaw/i).waitFor();
  await page.getByText('Anna Kowalska').first().waitFor();
  assert.ok(
    (await page.getByText(/\d{2}:\d{2}–\d{2}:\d{2}/).count()) > 10,
    'shifts with local times are shown',
  );
  await page.screenshot({ path: path.join(shots, 'rota-demo.png') });
});

test('the demo employee sees the staff of her team but no edit controls on the rota', async () => {
  const page = await planner.page();
  await signIn(page, planner.baseUrl, DEMO.employee);
  await page.waitForURL(/\/rota/);
  await page.getByText(/times in Europe\/Warsaw/i).waitFor();
  // The grid is read-only for her (the API refuses edits regardless).
  assert.equal(
    await page.getByRole('grid', { name: /^Rota of/ }).getAttribute('aria-readonly'),
    'true',
  );
  await page.goto(`${planner.baseUrl}/staff`);
  await page.getByText('Magdalena Nowak').first().waitFor();
});

test('an API call without a session is refused', async () => {
  const response = await fetch(`${planner.baseUrl}/api/employees`);
  assert.equal(response.status, 401);
});
