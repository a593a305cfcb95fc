// Starts the built planner on a fresh database with the demo seed and opens Debian's Chromium.
// A scratch database on DATABASE_URL's server when it is set (CI), else a private embedded one.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export const DEMO = {
  password: 'coverage-demo',
  manager: 'manager@example.com',
  employee: 'employee@example.com',
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function scratchDatabase() {
  if (!process.env.DATABASE_URL) return { env: {}, drop: async () => undefined };
  const base = new URL(process.env.DATABASE_URL);
  const name = `planner_e2e_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  base.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: base.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The server and a browser; call `close()` when done. */
export async function startPlanner() {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'planner-e2e-'));
  const database = await scratchDatabase();
  const env = {
    ...process.env,
    DATABASE_URL: '',
    ...database.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    EMBEDDED_DB_PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
  };
  const server = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the planner exited while starting:\n${output}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 60_000)
      throw new Error(`the planner did not start within 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
  });
  return {
    baseUrl,
    browser,
    async page() {
      const context = await browser.newContext({
        viewport: { width: 1400, height: 900 },
        timezoneId: 'Europe/Warsaw',
        locale: 'en-GB',
      });
      return context.newPage();
    },
    async close() {
      await browser.close();
      server.kill('SIGTERM');
      await new Promise((resolve) =>
        server.exitCode !== null ? resolve() : server.once('exit', resolve),
      );
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function signIn(page, baseUrl, email) {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/password/i).fill(DEMO.password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
