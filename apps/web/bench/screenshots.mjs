/* global window, document */
/**
 * Screenshots of the leave, inbox, rota-with-leave, who-covers-whom and calendar views for the
 * docs, in Debian's Chromium with the API answered inside the browser (as in rota.bench.mjs).
 *
 *   node apps/web/bench/screenshots.mjs [--no-build] [--out apps/web/screenshots]
 *
 * The clock is fixed at Wednesday 30 April 2025, 10:00 in Warsaw, so the pictures do not change
 * from one run to the next.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { generateRota, SKILLS, TEAM } from './generate-rota.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const webRoot = resolve(here, '..');
const dist = join(webRoot, 'dist');

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: join(webRoot, 'screenshots') },
  },
});

if (!args['no-build'] || !existsSync(join(dist, 'index.html'))) {
  console.log('Building apps/web …');
  execFileSync(
    process.execPath,
    [resolve(webRoot, '../../node_modules/vite/bin/vite.js'), 'build'],
    {
      cwd: webRoot,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  let file = join(dist, path);
  if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) {
    file = join(dist, 'index.html');
  }
  response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
const origin = `http://127.0.0.1:${server.address().port}`;

// --- data ----------------------------------------------------------------------------------------

const LEAVE_TYPES = [
  {
    id: 'a1000000-0000-4000-8000-000000000003',
    code: 'childcare',
    name: 'Childcare',
    countsAgainstAllowance: false,
    requiresApproval: false,
    colour: '#8e44ad',
  },
  {
    id: 'a1000000-0000-4000-8000-000000000002',
    code: 'sick',
    name: 'Sick leave',
    countsAgainstAllowance: false,
    requiresApproval: false,
    colour: '#c0392b',
  },
  {
    id: 'a1000000-0000-4000-8000-000000000001',
    code: 'vacation',
    name: 'Vacation',
    countsAgainstAllowance: true,
    requiresApproval: true,
    colour: '#2e86de',
  },
];
const [CHILDCARE, SICK, VACATION] = LEAVE_TYPES;

const rota = generateRota({ people: 16, days: 14, from: '2025-04-28', seed: 5 });
const people = rota.employees;
const ME = {
  id: people[0].id,
  name: people[0].name,
  email: 'manager@example.com',
  role: 'manager',
  teamId: TEAM.id,
  homeTimeZone: TEAM.timeZone,
  managedTeamIds: [TEAM.id],
  skills: [],
};

/**
 * Leave on the rota: the absent person's shifts go to a colleague as cover, or (as the API does
 * until a manager gives them away) stay theirs, open.
 */
const absences = [
  { who: 2, type: VACATION, from: '2025-04-29', to: '2025-05-02', status: 'approved', cover: 5 },
  { who: 6, type: SICK, from: '2025-04-30', to: '2025-04-30', status: 'approved', cover: null },
  { who: 9, type: CHILDCARE, from: '2025-05-05', to: '2025-05-06', status: 'approved', cover: 11 },
  { who: 4, type: VACATION, from: '2025-05-07', to: '2025-05-09', status: 'pending', cover: null },
];
rota.leave = absences.map((a, i) => ({
  id: `l0000000-0000-4000-8000-00000000010${i}`,
  employeeId: people[a.who].id,
  leaveTypeId: a.type.id,
  startDate: a.from,
  endDate: a.to,
  halfDay: null,
  status: a.status,
  version: 1,
}));
let coverIds = 500;
rota.shifts = rota.shifts.flatMap((shift) => {
  const absence = absences.find(
    (a) =>
      a.status === 'approved' &&
      people[a.who].id === shift.employeeId &&
      shift.date >= a.from &&
      shift.date <= a.to,
  );
  if (!absence || absence.cover === null) return [shift];
  coverIds += 1;
  const id = `c0000000-0000-4000-8000-000000000${coverIds}`;
  return [
    {
      ...shift,
      key: `assignment:${id}`,
      employeeId: people[absence.cover].id,
      source: 'manual',
      assignmentId: id,
      coverFor: shift.employeeId,
    },
  ];
});

const gap = (skill, startLocal, endLocal, min, ideal, before, after) => ({
  skillId: skill,
  start: `${startLocal}:00.000Z`,
  end: `${endLocal}:00.000Z`,
  startLocal,
  endLocal,
  min,
  ideal,
  staffedBefore: before,
  staffedAfter: after,
  priority: 1,
});
const IMPACT = {
  days: 5,
  daysByYear: [{ year: 2025, days: 5 }],
  countsAgainstAllowance: true,
  balanceBefore: [{ year: 2025, days: 21 }],
  balanceAfter: [{ year: 2025, days: 16 }],
  policyViolations: [],
  gaps: [
    gap(SKILLS[1].id, '2025-05-13T08:00', '2025-05-13T12:00', 2, 3, 2, 1),
    gap(SKILLS[4].id, '2025-05-15T09:00', '2025-05-15T17:00', 1, 2, 1, 0),
  ],
  shortfalls: [
    gap(SKILLS[1].id, '2025-05-13T08:00', '2025-05-13T12:00', 2, 3, 2, 1),
    gap(SKILLS[0].id, '2025-05-12T08:00', '2025-05-12T20:00', 3, 4, 4, 3),
  ],
};

const request = (over) => ({
  id: 'l0000000-0000-4000-8000-000000000200',
  employeeId: ME.id,
  teamId: TEAM.id,
  leaveTypeId: VACATION.id,
  startDate: '2025-07-07',
  endDate: '2025-07-18',
  halfDay: null,
  status: 'pending',
  days: 10,
  reason: null,
  handoverNote: null,
  requestedBy: ME.id,
  decidedBy: null,
  decidedAt: null,
  decisionComment: null,
  overrideReason: null,
  createdAt: '2025-04-22T09:12:00.000Z',
  version: 1,
  ...over,
});
const MINE = [
  request({
    id: 'l0000000-0000-4000-8000-000000000201',
    startDate: '2025-02-17',
    endDate: '2025-02-21',
    status: 'approved',
    days: 5,
    decidedAt: '2025-01-20T10:00:00.000Z',
    decisionComment: 'Enjoy the mountains!',
  }),
  request({ reason: 'Summer holiday', handoverNote: 'Weekly report: Piotr. Vendor calls: Ewa.' }),
];
const INBOX = [
  request({
    id: 'l0000000-0000-4000-8000-000000000301',
    employeeId: people[3].id,
    requestedBy: people[3].id,
    startDate: '2025-05-12',
    endDate: '2025-05-16',
    days: 5,
    reason: 'Family wedding in Gdańsk',
    handoverNote: 'Ticket #4411 waits for the customer; the Allegro escalation is with Ewa.',
    version: 2,
  }),
  request({
    id: 'l0000000-0000-4000-8000-000000000302',
    employeeId: people[7].id,
    requestedBy: people[7].id,
    startDate: '2025-06-02',
    endDate: '2025-06-02',
    halfDay: 'pm',
    days: 0.5,
    reason: 'Doctor’s appointment',
    createdAt: '2025-04-29T15:40:00.000Z',
  }),
];
const BALANCE = {
  employeeId: ME.id,
  year: 2025,
  allowance: 26,
  carriedOver: 4,
  taken: 9,
  refunded: 0,
  adjustments: 0,
  balance: 21,
  entries: [
    {
      id: '1',
      kind: 'allowance',
      days: 26,
      leaveRequestId: null,
      note: null,
      at: '2025-01-01T00:00:00.000Z',
    },
    {
      id: '2',
      kind: 'carry-over',
      days: 4,
      leaveRequestId: null,
      note: 'carried over from 2024',
      at: '2025-01-01T00:00:00.000Z',
    },
    {
      id: '3',
      kind: 'deduction',
      days: -5,
      leaveRequestId: MINE[0].id,
      note: null,
      at: '2025-01-19T08:00:00.000Z',
    },
    {
      id: '4',
      kind: 'deduction',
      days: -4,
      leaveRequestId: MINE[1].id,
      note: null,
      at: '2025-04-22T09:12:00.000Z',
    },
  ],
};
const feeds = [
  {
    id: 'f0000000-0000-4000-8000-000000000002',
    employeeId: ME.id,
    kind: 'team-absences',
    teamId: TEAM.id,
    createdAt: '2025-03-03T08:00:00.000Z',
    rotatedAt: null,
    lastFetchedAt: '2025-04-30T06:40:00.000Z',
  },
];

const page = (items) => ({ items, total: items.length, limit: 200, offset: 0 });
const employees = people.map((p) => ({
  id: p.id,
  name: p.name,
  email: `${p.id.slice(-4)}@example.com`,
  teamId: TEAM.id,
  homeTimeZone: p.homeTimeZone,
  role: 'employee',
  active: p.active,
  skills: [],
}));

function reply(method, pathname, params, body) {
  if (pathname === '/api/me') return ME;
  if (pathname === '/api/teams') return page([TEAM]);
  if (pathname === '/api/skills') return page(SKILLS);
  if (pathname === '/api/employees') return page(employees);
  if (pathname === '/api/rota') return rota;
  if (pathname === '/api/leave-types') return { items: LEAVE_TYPES };
  if (pathname === `/api/employees/${ME.id}/leave-balance`) return BALANCE;
  if (pathname === '/api/leave-requests' && method === 'GET') {
    if (params.get('inbox') === 'true') return page(INBOX);
    if (params.get('teamId')) return page(INBOX.slice(0, 1));
    return page(MINE);
  }
  if (pathname === '/api/leave-requests/preview') return IMPACT;
  if (pathname.endsWith('/impact')) return IMPACT;
  if (pathname.endsWith('/approve')) {
    if (body?.overrideReason) return { ...INBOX[0], status: 'approved' };
    return {
      status: 409,
      body: {
        type: 'about:blank',
        title: 'Conflict',
        status: 409,
        code: 'COVERAGE_VIOLATION',
        detail: 'Approving this leave would leave 2 duty period(s) below minimum coverage.',
        uncovered: IMPACT.gaps,
      },
    };
  }
  if (pathname === '/api/calendar-feeds' && method === 'GET') return { items: feeds };
  if (pathname === '/api/calendar-feeds' && method === 'POST') {
    const created = {
      id: 'f0000000-0000-4000-8000-000000000003',
      employeeId: ME.id,
      kind: body.kind,
      teamId: body.teamId ?? null,
      createdAt: '2025-04-30T08:00:00.000Z',
      rotatedAt: null,
      lastFetchedAt: null,
    };
    feeds.push(created);
    const token = 'Hq3xV0c8RmT2pYw9LkZfN4sJ7uBdE1aGiO6nCeKt5Qr';
    return { status: 201, body: { ...created, token, path: `/ical/${token}.ics` } };
  }
  return undefined;
}

async function routeApi(context) {
  await context.route('**/api/**', (route) => {
    const url = new URL(route.request().url());
    const method = route.request().method();
    const raw = route.request().postData();
    const answer = reply(method, url.pathname, url.searchParams, raw ? JSON.parse(raw) : undefined);
    if (answer === undefined) {
      return route.fulfill({
        status: 404,
        contentType: 'application/problem+json',
        body: JSON.stringify({ status: 404, code: 'ROUTE_NOT_FOUND', detail: url.pathname }),
      });
    }
    const framed = answer && typeof answer.status === 'number' && 'body' in answer;
    return route.fulfill({
      status: framed ? answer.status : 200,
      contentType: framed && answer.status >= 400 ? 'application/problem+json' : 'application/json',
      body: JSON.stringify(framed ? answer.body : answer),
    });
  });
}

// --- shots ---------------------------------------------------------------------------------------

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
mkdirSync(args.out, { recursive: true });

async function shot(name, path, act, { width = 1400, height = 1000, fullPage = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  await context.addInitScript(() => {
    window.localStorage.setItem(
      'coverage-planner.session',
      JSON.stringify({ accessToken: 'shots', expiresAt: '2999-01-01T00:00:00.000Z' }),
    );
    window.localStorage.setItem('coverage-planner.language', 'en');
  });
  await routeApi(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`${name}: page error:`, error.message));
  await page.clock.setFixedTime(new Date('2025-04-30T08:00:00.000Z'));
  await page.goto(`${origin}${path}`);
  await act(page);
  // Let the last request settle and the fonts paint.
  await page.waitForTimeout(400);
  const file = join(args.out, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  console.log(`Screenshot: ${file}`);
  await context.close();
}

try {
  await shot(
    'leave',
    '/leave',
    async (page) => {
      await page.getByLabel('First day').fill('2025-05-12');
      await page.getByLabel('Last day').fill('2025-05-16');
      await page
        .getByLabel(/^Handover note/)
        .fill('Ticket #4411 waits for the customer; the Allegro escalation is with Ewa.');
      await page.getByText('Costs 5 days of leave.').waitFor();
    },
    { fullPage: true },
  );
  await shot(
    'leave-inbox',
    '/leave?tab=inbox',
    async (page) => {
      const first = page.getByRole('article').first();
      await first.getByRole('button', { name: 'Show impact on coverage' }).click();
      await first.getByText('Duties left below minimum').waitFor();
      await first.getByRole('button', { name: 'Approve' }).click();
      await first.getByLabel('Reason for approving anyway').fill('Agency cover booked for Tuesday');
    },
    { fullPage: true },
  );
  await shot('rota-leave', '/rota?view=custom&from=2025-04-28&to=2025-05-12', async (page) => {
    await page.locator('.leave-band').first().waitFor();
  });
  await shot(
    'cover',
    '/cover?from=2025-04-28&to=2025-05-12',
    async (page) => {
      await page.getByRole('article').first().waitFor();
    },
    { fullPage: true },
  );
  await shot('calendar', '/calendar', async (page) => {
    await page.getByRole('button', { name: 'Create feed: My schedule' }).click();
    await page.getByLabel('Calendar address').waitFor();
    await page.evaluate(() => document.activeElement?.blur());
  });
} finally {
  await browser.close();
  server.close();
}
