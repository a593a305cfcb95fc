/**
 * The leave impact preview: a two-week leave in a 200-person team with 10 coverage rules,
 * 10 concurrent clients previewing different people's leave.
 */
import type { AddressInfo } from 'node:net';
import { createApp } from '../app.js';
import { loadConfig } from '../config/config.js';
import { benchDatabase, percentile } from './bench-database.js';
import { BENCH_LOGIN, seedBenchTeam } from './bench-team.js';

const EMPLOYEES = 200;
const CLIENTS = 10;
const ROUNDS = 20;

async function main() {
  const db = await benchDatabase();
  try {
    const { employeeIds } = await seedBenchTeam(db.dataSource, EMPLOYEES);
    const [{ id: vacation }] = await db.dataSource.query(
      `SELECT id FROM leave_type WHERE code = 'vacation'`,
    );
    // Some leave already booked, as in a real December.
    for (const [i, id] of employeeIds.slice(0, 30).entries()) {
      await db.dataSource.query(
        `INSERT INTO leave_request (employee_id, team_id, leave_type_id, dates, status, days, requested_by)
         SELECT $1, team_id, $2, daterange($3::date, $3::date + 5), 'approved', 4, $1 FROM employee WHERE id = $1`,
        [id, vacation, `2027-03-${String(1 + (i % 20)).padStart(2, '0')}`],
      );
    }
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

    let gaps = 0;
    const preview = async (employeeId: string, substitutes = false) => {
      const started = performance.now();
      const response = await fetch(
        `${base}/api/leave-requests/preview?substitutes=${substitutes}`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
          body: JSON.stringify({
            employeeId,
            leaveTypeId: vacation,
            startDate: '2027-03-08',
            endDate: '2027-03-19',
          }),
        },
      );
      const body = (await response.json()) as { gaps?: unknown[] };
      if (response.status !== 200)
        throw new Error(
          `preview answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`,
        );
      gaps = Math.max(gaps, body.gaps?.length ?? 0);
      return performance.now() - started;
    };

    const single: number[] = [];
    for (let i = 0; i < 20; i++) single.push(await preview(employeeIds[50 + i]!));
    const concurrent: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      concurrent.push(
        ...(await Promise.all(
          Array.from({ length: CLIENTS }, (_, c) =>
            preview(employeeIds[(round * CLIENTS + c) % EMPLOYEES]!),
          ),
        )),
      );
    }
    const withSubstitutes: number[] = [];
    for (let i = 0; i < 10; i++) withSubstitutes.push(await preview(employeeIds[80 + i]!, true));
    await app.close();
    const fmt = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      return `p50 ${percentile(s, 50).toFixed(1)} ms, p95 ${percentile(s, 95).toFixed(1)} ms, max ${s.at(-1)!.toFixed(1)} ms (n=${s.length})`;
    };
    console.log(
      `leave impact preview: two weeks, ${EMPLOYEES}-person team, 10 rules (largest answer: ${gaps} gaps)`,
    );
    console.log(`  one client:                 ${fmt(single)}`);
    console.log(`  ${CLIENTS} concurrent clients:      ${fmt(concurrent)}`);
    console.log('  target: p95 ≤ 200 ms');
    console.log(`  with substitutes proposed for every gap (one client): ${fmt(withSubstitutes)}`);
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
