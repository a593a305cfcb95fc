import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../modules/auth/password.js';

export const BENCH_LOGIN = { email: 'bench.manager@example.com', password: 'bench-password-1' };

/**
 * A support team of `size` people: 7 skills spread at random, 4 shift types, a 4-week
 * E/L/N/D rotation everyone enters at staggered offsets, and 10 coverage rules including a
 * seasonal override. The manager signs in as bench.manager@example.com / bench-password-1.
 */
export async function seedBenchTeam(db: DataSource, size: number) {
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
  const agentIds: string[] = (
    await db.query(
      `INSERT INTO employee (team_id, name, email, home_time_zone)
       SELECT $1, 'Agent ' || g, 'agent' || g || '@bench.example', 'Europe/Warsaw' FROM generate_series(1, $2) g RETURNING id`,
      [team.id, size],
    )
  ).map((r: { id: string }) => r.id);
  await db.query(
    `INSERT INTO employee_skill (employee_id, skill_id, backup)
     SELECT e, s, (random() < 0.05) FROM unnest($1::uuid[]) e CROSS JOIN unnest($2::uuid[]) s WHERE random() < 0.45`,
    [agentIds, skills],
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
    [rotation.id, agentIds],
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
  return { teamId: team.id as string, employeeIds: agentIds };
}
