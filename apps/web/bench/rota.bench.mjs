/* global window, document, requestAnimationFrame, MutationObserver */
/**
 * Rota view benchmark (issue 6): 1,000 people × 92 days in Debian's Chromium.
 *
 *   node apps/web/bench/rota.bench.mjs [--no-build] [--people 1000] [--days 92] [--runs 3]
 *                                      [--screenshot apps/web/screenshots/rota.png]
 *
 * Builds the web app (unless --no-build and apps/web/dist exists), serves apps/web/dist, answers
 * every /api/* request in the browser (playwright-core's page.route) with a generated rota, and
 * measures
 *   - first render: from the moment the /api/rota response reaches the page (fetch resolved) to
 *     the first frame painted with the grid in it (body read + JSON parse + model + React + paint);
 *   - frame times while scrolling the grid down, across and diagonally, one step per animation
 *     frame (requestAnimationFrame deltas; 16.7 ms is a perfect 60 Hz frame).
 * Targets: first render ≤ 1,500 ms, every scroll frame < 50 ms. Exits non-zero when missed.
 * Also saves a screenshot of a realistic team (28 people, two weeks) for the docs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { generateRota, SKILLS, TEAM } from './generate-rota.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const webRoot = resolve(here, '..');
const dist = join(webRoot, 'dist');

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    people: { type: 'string', default: '1000' },
    days: { type: 'string', default: '92' },
    runs: { type: 'string', default: '3' },
    screenshot: { type: 'string', default: join(webRoot, 'screenshots', 'rota.png') },
    'no-screenshot': { type: 'boolean', default: false },
  },
});
const PEOPLE = Number(args.people);
const DAYS = Number(args.days);
const RUNS = Math.max(1, Number(args.runs));
const FIRST_RENDER_TARGET_MS = 1500;
const FRAME_TARGET_MS = 50;

const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

// --- build and serve ---------------------------------------------------------------------------

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

// --- bundle size: what the first visit loads (index.html's assets) and all of it ------------------

{
  const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
  const sizeOf = (name) => {
    const bytes = readFileSync(join(dist, 'assets', name));
    return { name, raw: bytes.length, gzip: gzipSync(bytes).length };
  };
  const assets = readdirSync(join(dist, 'assets'))
    .filter((name) => /\.(js|css)$/.test(name))
    .map(sizeOf);
  const initialNames = new Set(
    [
      ...readFileSync(join(dist, 'index.html'), 'utf8').matchAll(/\/assets\/([^"']+\.(?:js|css))/g),
    ].map((m) => m[1]),
  );
  const sum = (list) =>
    list.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), {
      raw: 0,
      gzip: 0,
    });
  const initial = sum(assets.filter((a) => initialNames.has(a.name)));
  const total = sum(assets);
  const largest = [...assets].sort((a, b) => b.raw - a.raw).slice(0, 3);
  console.log(
    `Bundle: first visit ${kib(initial.raw)} (${kib(initial.gzip)} gzip) in ${initialNames.size} files; ` +
      `all ${assets.length} JS/CSS files ${kib(total.raw)} (${kib(total.gzip)} gzip); largest: ` +
      largest.map((a) => `${a.name.replace(/-[\w-]{8}\./, '.')} ${kib(a.raw)}`).join(', '),
  );
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  let file = join(dist, path);
  // Single-page app: every route that is not a file is index.html.
  if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) {
    file = join(dist, 'index.html');
  }
  response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
const origin = `http://127.0.0.1:${server.address().port}`;

// --- the fake API ------------------------------------------------------------------------------

const ME = {
  id: '0b6f8a9c-0000-4000-8000-000000000001',
  name: 'Marta Nowak',
  email: 'marta@example.com',
  role: 'manager',
  teamId: TEAM.id,
  homeTimeZone: TEAM.timeZone,
  managedTeamIds: [TEAM.id],
  skills: [],
};

async function routeApi(page, rotaBody) {
  const page_ = (items) => JSON.stringify({ items, total: items.length, limit: 200, offset: 0 });
  const replies = {
    '/api/me': JSON.stringify(ME),
    '/api/teams': page_([TEAM]),
    '/api/skills': page_(SKILLS),
    '/api/rota': rotaBody,
  };
  await page.route('**/api/**', (route) => {
    const { pathname } = new URL(route.request().url());
    const body = replies[pathname];
    return route.fulfill(
      body === undefined
        ? { status: 404, contentType: 'application/problem+json', body: '{"code":"NOT_FOUND"}' }
        : { status: 200, contentType: 'application/json', headers: { ETag: '"bench"' }, body },
    );
  });
}

/** Signed in, English, and instruments: when the rota response arrives, when the grid paints. */
function instrument() {
  window.localStorage.setItem(
    'coverage-planner.session',
    JSON.stringify({ accessToken: 'bench', expiresAt: '2999-01-01T00:00:00.000Z' }),
  );
  window.localStorage.setItem('coverage-planner.language', 'en');
  const bench = { rotaArrived: null, gridPainted: null };
  window.__bench = bench;
  const fetch = window.fetch.bind(window);
  window.fetch = async (...request) => {
    const response = await fetch(...request);
    if (String(request[0]).includes('/api/rota')) bench.rotaArrived = performance.now();
    return response;
  };
  new MutationObserver((_, observer) => {
    if (bench.rotaArrived === null || !document.querySelector('.rota-cell')) return;
    observer.disconnect();
    // The frame after the one that commits the grid has painted it.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        bench.gridPainted = performance.now();
      }),
    );
  }).observe(document, { childList: true, subtree: true });
}

async function scrollFrames(page, phase) {
  return page.evaluate(
    async ({ phase, frames }) => {
      const scroller = document.querySelector('.rota-scroll');
      if (!scroller) throw new Error('no .rota-scroll');
      scroller.scrollTop = 0;
      scroller.scrollLeft = 0;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const long = [];
      const observer = new PerformanceObserver((list) =>
        long.push(...list.getEntries().map((e) => e.duration)),
      );
      try {
        observer.observe({ type: 'longtask', buffered: false });
      } catch {
        // longtask entries are optional
      }
      const deltas = [];
      let last = performance.now();
      await new Promise((done) => {
        let frame = 0;
        const step = (now) => {
          deltas.push(now - last);
          last = now;
          if (phase !== 'across') scroller.scrollTop += 160;
          if (phase !== 'down') scroller.scrollLeft += 70;
          frame += 1;
          if (frame < frames) requestAnimationFrame(step);
          else done();
        };
        requestAnimationFrame(step);
      });
      observer.disconnect();
      const rendered = document.querySelectorAll('.rota-cell').length;
      return { deltas: deltas.slice(1), long, rendered, top: scroller.scrollTop };
    },
    { phase, frames: 240 },
  );
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const mean = values.reduce((s, v) => s + v, 0) / Math.max(1, values.length);
  return { mean, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 };
}

const ms = (n) => `${n.toFixed(1)} ms`;

// --- run -----------------------------------------------------------------------------------------

const rota = generateRota({ people: PEOPLE, days: DAYS, from: '2025-03-01' });
const rotaBody = JSON.stringify(rota);
const path = `/rota?view=custom&from=${rota.from}&to=${rota.to}`;
console.log(
  `Rota: ${PEOPLE} people × ${DAYS} days, ${rota.shifts.length} shifts, ` +
    `${rota.cancelled.length} cancelled, ${rota.coverage.rows.length} coverage rows; ` +
    `response ${(rotaBody.length / 1e6).toFixed(1)} MB`,
);

const browser = await chromium.launch(LAUNCH);
let failed = false;
try {
  // Frame times depend on the machine: say what it was and how busy.
  console.log(
    `Chromium ${browser.version()} (software rendering), ${cpus().length} CPUs, ` +
      `load average ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}`,
  );
  const firstRenders = [];
  let page;
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await context.addInitScript(instrument);
    await routeApi(page, rotaBody);
    await page.goto(`${origin}${path}`);
    await page.waitForFunction(() => window.__bench?.gridPainted !== null, null, {
      timeout: 60_000,
    });
    const { rotaArrived, gridPainted } = await page.evaluate(() => window.__bench);
    firstRenders.push(gridPainted - rotaArrived);
    console.log(
      `  run ${run + 1}: first render after data arrived ${ms(gridPainted - rotaArrived)} ` +
        `(page start → grid painted ${ms(gridPainted)})`,
    );
    if (run < RUNS - 1) await context.close();
  }
  const first = stats(firstRenders);
  console.log(
    `First render (data → painted grid): median ${ms(first.p50)}, worst ${ms(first.max)} ` +
      `(target ≤ ${FIRST_RENDER_TARGET_MS} ms)`,
  );
  if (first.max > FIRST_RENDER_TARGET_MS) failed = true;

  for (const phase of ['down', 'across', 'diagonal']) {
    const { deltas, long, rendered } = await scrollFrames(page, phase);
    const s = stats(deltas);
    const slow = deltas.filter((d) => d >= FRAME_TARGET_MS).length;
    console.log(
      `Scroll ${phase.padEnd(8)} ${deltas.length} frames: mean ${ms(s.mean)}, p50 ${ms(s.p50)}, ` +
        `p95 ${ms(s.p95)}, max ${ms(s.max)}; frames ≥ ${FRAME_TARGET_MS} ms: ${slow}; ` +
        `long tasks: ${long.length}; cells in DOM: ${rendered}`,
    );
    if (s.max >= FRAME_TARGET_MS) failed = true;
  }
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  console.log(`DOM elements on the page: ${domNodes} (of ${PEOPLE * DAYS} cells in the rota)`);

  if (!args['no-screenshot']) await screenshot(browser, args.screenshot);
} finally {
  await browser.close();
  server.close();
}
if (failed) {
  console.error('A target was missed.');
  process.exitCode = 1;
}

/** A realistic team's two weeks, with today marked and a gap's details open. */
async function screenshot(browser, file) {
  const small = generateRota({ people: 28, days: 14, from: '2025-04-28', seed: 11 });
  const context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2025-04-30T08:00:00.000Z'));
  await context.addInitScript(instrument);
  await routeApi(page, JSON.stringify(small));
  await page.goto(`${origin}/rota?view=custom&from=${small.from}&to=${small.to}`);
  await page.waitForFunction(() => window.__bench?.gridPainted !== null);
  const gap = page.locator('.coverage-cell--gap').first();
  if (await gap.count()) await gap.hover();
  mkdirSync(dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: false });
  console.log(`Screenshot: ${file}`);
  await context.close();
}
