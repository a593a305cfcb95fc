/**
 * The rota read model from the API: a 500-person team, 4 shift types, 10 coverage rules, a
 * 4-week rotation for everyone and manual edits, 31 days, 10 concurrent clients.
 * Prints the cold computation (first request after a change) and the steady state.
 */
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { addDays } from '@planner/domain';
import { createApp } from '../app.js';
import { loadConfig } from '../config/config.js';
import { benchDatabase, percentile } from './bench-database.js';
import { BENCH_LOGIN, seedBenchTeam } from './bench-team.js';

const EMPLOYEES = 500;
const FROM = '2027-03-01';
const DAYS = 31;
const CLIENTS = 10;
const ROUNDS = 30;

async function main() {
  const db = await benchDatabase();
  try {
    const { teamId } = await seedBenchTeam(db.dataSource, EMPLOYEES);
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
    const url = `${base}/api/rota?teamId=${teamId}&from=${FROM}&to=${addDays(FROM, DAYS)}`;
    const get = async () => {
      const started = performance.now();
      const response = await fetch(url, {
        headers: { authorization: `Bearer ${accessToken}`, 'accept-encoding': 'identity' },
      });
      const body = await response.text();
      if (response.status !== 200)
        throw new Error(`rota answered ${response.status}: ${body.slice(0, 200)}`);
      return { ms: performance.now() - started, bytes: body.length, body };
    };

    const cold: number[] = [];
    let bytes = 0;
    let shifts = 0;
    for (let i = 0; i < 5; i++) {
      // A change bumps the plan version, so the next read computes from scratch.
      await db.dataSource.query(
        `UPDATE coverage_rule SET priority = priority WHERE team_id = $1 AND name = 'peak'`,
        [teamId],
      );
      const first = await get();
      cold.push(first.ms);
      bytes = first.bytes;
      shifts = (JSON.parse(first.body) as { shifts: unknown[] }).shifts.length;
    }

    const load = (rounds: number) =>
      new Promise<number[]>((resolve, reject) => {
        const worker = new Worker(new URL('./load-worker.js', import.meta.url), {
          workerData: {
            url,
            headers: { authorization: `Bearer ${accessToken}` },
            concurrency: CLIENTS,
            rounds,
          },
        });
        worker.once('message', (m: { times?: number[]; error?: string }) =>
          m.times ? resolve(m.times) : reject(new Error(m.error)),
        );
        worker.once('error', reject);
      });

    const steady = await load(ROUNDS);
    const afterChange: number[] = [];
    for (let round = 0; round < 5; round++) {
      await db.dataSource.query(
        `UPDATE coverage_rule SET priority = priority WHERE team_id = $1 AND name = 'peak'`,
        [teamId],
      );
      afterChange.push(...(await load(1)));
    }
    const zipped = await fetch(url, { headers: { authorization: `Bearer ${accessToken}` } });
    const zippedBytes = Number(zipped.headers.get('content-length') ?? 0);
    await zipped.arrayBuffer();
    await app.close();

    const fmt = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      return `p50 ${percentile(s, 50).toFixed(1)} ms, p95 ${percentile(s, 95).toFixed(1)} ms, max ${s.at(-1)!.toFixed(1)} ms (n=${s.length})`;
    };
    console.log(
      `rota read model: ${EMPLOYEES} employees × ${DAYS} days, ${shifts} shifts, ${(bytes / 1024).toFixed(0)} KiB JSON (${(zippedBytes / 1024).toFixed(0)} KiB gzipped)`,
    );
    console.log(`  cold (first read after a change, 1 client):     ${fmt(cold)}`);
    console.log(`  steady (${CLIENTS} concurrent clients × ${ROUNDS} rounds): ${fmt(steady)}`);
    console.log(`  right after a change (${CLIENTS} concurrent):      ${fmt(afterChange)}`);
    console.log(`  target: p95 ≤ 150 ms with ${CLIENTS} concurrent clients`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
