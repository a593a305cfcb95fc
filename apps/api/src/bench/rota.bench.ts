/**
 * The rota read model from the API: a 500-person team, 4 shift types, 10 coverage rules, a
 * 4-week rotation for everyone and manual edits, 31 days, 10 concurrent clients.
 * Prints the cold computation (first request after a change) and the steady state.
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { addDays } from '@planner/domain';
import { createApp } from '../app.js';
import { loadConfig } from '../config/config.js';
import { hashPassword } from '../modules/auth/password.js';
import { benchDatabase, percentile } from './bench-database.js';

const EMPLOYEES = 500;
const FROM = '2027-03-01';
const DAYS = 31;
const CLIENTS = 10;
const ROUNDS = 30;

async function seed(db: Awaited<ReturnType<typeof benchDatabase>>['dataSource']) {
  const [team] = await db.query(
    `INSERT INTO team (name, time_zone, country_code) VALUES ('Bench', 'Europe/Warsaw', 'PL') RETURNING id`,
  );
  const skills: string[] = [];
  for (const code of ['phone', 'chat', 'email', 'pl', 'en', 'de', 'coordinator']) {
    const [row] = await db.query(`INSERT INTO skill (code, name) VALUES ($1, $1) RETURNING id`, [
      `${code}-${randomBytes(3).toString('hex')}`,
    ]);
    skills.push(row.id);
  }
  const types: string[] = [];
  for (const [code, start, end] of [
    ['E', '06:00', '14:00'],
    ['D', '08:00', '16:00'],
    ['L', '14:00', '22:00'],
    ['N', '22:00', '06:00'],
  ] as const) {
    const [row] = await db.query(
      `INSERT INTO shift_type (team_id, code, name, start_time, end_time, colour) VALUES ($1, $2, $2, $3, $4, '#336699') RETURNING id`,
      [team.id, code, start, end],
    );
    types.push(row.id);
  }
  const hash = await hashPassword('bench-password-1');
  const [manager] = await db.query(
    `INSERT INTO employee (team_id, name, email, home_time_zone, role, password_hash) VALUES ($1, 'Manager', 'bench.manager@example.com', 'Europe/Warsaw', 'manager', $2) RETURNING id`,
    [team.id, hash],
  );
  await db.query('INSERT INTO team_manager (team_id, employee_id) VALUES ($1, $2)', [
    team.id,
    manager.id,
  ]);
  const employees: string[] = (
    await db.query(
      `INSERT INTO employee (team_id, name, email, home_time_zone)
       SELECT $1, 'Agent ' || g, 'agent' || g || '@bench.example', 'Europe/Warsaw' FROM generate_series(1, $2) g RETURNING id`,
      [team.id, EMPLOYEES],
    )
  ).map((r: { id: string }) => r.id);
  await db.query(
    `INSERT INTO employee_skill (employee_id, skill_id, backup)
     SELECT e, s, (random() < 0.05) FROM unnest($1::uuid[]) e CROSS JOIN unnest($2::uuid[]) s WHERE random() < 0.45`,
    [employees, skills],
  );
  const [E, D, L, N] = types as [string, string, string, string];
  const pattern = [
    E,
    E,
    E,
    E,
    E,
    null,
    null,
    L,
    L,
    L,
    L,
    L,
    null,
    null,
    N,
    N,
    N,
    N,
    N,
    null,
    null,
    D,
    D,
    D,
    D,
    D,
    null,
    null,
  ];
  const [rotation] = await db.query(
    `INSERT INTO rotation (team_id, name, anchor_date, pattern) VALUES ($1, '4-week E/L/N/D', '2027-01-04', $2) RETURNING id`,
    [team.id, JSON.stringify(pattern)],
  );
  await db.query(
    `INSERT INTO rotation_member (rotation_id, employee_id, offset_days, period)
     SELECT $1, e, (ordinality % 28)::int, daterange('2027-01-01', NULL) FROM unnest($2::uuid[]) WITH ORDINALITY AS x(e, ordinality)`,
    [rotation.id, employees],
  );
  const rules: [string | null, string, string, string, number, number, number][] = [
    [skills[0]!, '00:00', '00:00', 'FREQ=DAILY', 20, 25, 1],
    [skills[1]!, '08:00', '20:00', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 30, 40, 2],
    [skills[2]!, '09:00', '17:00', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 15, 20, 3],
    [skills[3]!, '06:00', '22:00', 'FREQ=DAILY', 20, 30, 2],
    [skills[4]!, '06:00', '22:00', 'FREQ=DAILY', 20, 30, 2],
    [skills[5]!, '08:00', '18:00', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 10, 15, 3],
    [skills[6]!, '08:00', '16:00', 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 3, 4, 2],
    [null, '22:00', '06:00', 'FREQ=DAILY', 30, 40, 1],
    [skills[1]!, '10:00', '18:00', 'FREQ=WEEKLY;BYDAY=SA,SU', 10, 12, 3],
  ];
  for (const [skill, start, end, rrule, min, ideal, priority] of rules) {
    await db.query(
      `INSERT INTO coverage_rule (team_id, name, skill_id, start_time, end_time, recurrence, min_headcount, ideal_headcount, priority)
       VALUES ($1, 'rule', $2, $3, $4, $5, $6, $7, $8)`,
      [team.id, skill, start, end, rrule, min, ideal, priority],
    );
  }
  await db.query(
    `INSERT INTO coverage_rule (team_id, name, skill_id, start_time, end_time, recurrence, min_headcount, ideal_headcount, priority, valid_from, valid_to, overrides)
     VALUES ($1, 'peak', $2, '08:00', '22:00', 'FREQ=DAILY', 40, 50, 1, '2027-03-15', '2027-03-21', true)`,
    [team.id, skills[1]],
  );
  return { teamId: team.id as string };
}

async function main() {
  const db = await benchDatabase();
  try {
    const { teamId } = await seed(db.dataSource);
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
      body: JSON.stringify({ email: 'bench.manager@example.com', password: 'bench-password-1' }),
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
