/**
 * Calendar feeds from the API: one employee's schedule (60 days back, 12 months ahead) and a
 * 300-person team rota over the same window, streamed. Prints latency and the server's memory.
 */
import type { AddressInfo } from 'node:net';
import { createApp } from '../app.js';
import { loadConfig } from '../config/config.js';
import { benchDatabase, percentile } from './bench-database.js';
import { BENCH_LOGIN, seedBenchTeam } from './bench-team.js';

const EMPLOYEES = 300;

async function main() {
  const db = await benchDatabase();
  try {
    const { teamId, employeeIds } = await seedBenchTeam(db.dataSource, EMPLOYEES);
    const app = await createApp(
      loadConfig({ DATABASE_URL: db.url, WEB_DIST: '', LOG_LEVEL: 'error' }),
      db.dataSource,
      { logger: false },
    );
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(BENCH_LOGIN),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const feed = async (body: object) => {
      const r = await fetch(`${base}/api/calendar-feeds`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
        body: JSON.stringify(body),
      });
      if (r.status !== 201)
        throw new Error(`feed creation answered ${r.status}: ${await r.text()}`);
      return `${base}${((await r.json()) as { path: string }).path}`;
    };
    const personal = await feed({ kind: 'my-schedule', employeeId: employeeIds[7] });
    const team = await feed({ kind: 'team-rota', teamId });

    const time = async (url: string) => {
      const started = performance.now();
      const response = await fetch(url);
      const text = await response.text();
      if (response.status !== 200) throw new Error(`feed answered ${response.status}`);
      return {
        ms: performance.now() - started,
        bytes: text.length,
        events: text.split('BEGIN:VEVENT').length - 1,
      };
    };
    const fmt = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      return `p50 ${percentile(s, 50).toFixed(1)} ms, p95 ${percentile(s, 95).toFixed(1)} ms (n=${s.length})`;
    };

    await time(personal);
    const personalRuns = [];
    for (let i = 0; i < 30; i++) personalRuns.push(await time(personal));
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const teamRuns = [];
    for (let i = 0; i < 5; i++) teamRuns.push(await time(team));
    clearInterval(sampler);
    await app.close();

    console.log(
      `one employee's feed: ${personalRuns[0]!.events} events, ${(personalRuns[0]!.bytes / 1024).toFixed(0)} KiB — ${fmt(personalRuns.map((r) => r.ms))} (target ≤ 50 ms)`,
    );
    console.log(
      `${EMPLOYEES}-person team feed: ${teamRuns[0]!.events} events, ${(teamRuns[0]!.bytes / 1048576).toFixed(1)} MiB — ${fmt(teamRuns.map((r) => r.ms))} (target ≤ 2 s)`,
    );
    console.log(
      `  process RSS grew by at most ${((peak - rssBefore) / 1048576).toFixed(0)} MiB while serving it (client and server share this process)`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
