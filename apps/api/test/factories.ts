import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../src/modules/auth/password.js';
import type { TestApp } from './test-app.js';

export const PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | undefined;

const unique = () => randomUUID().slice(0, 8);

export async function createTeam(
  db: DataSource,
  fields: { name?: string; timeZone?: string; countryCode?: string } = {},
): Promise<string> {
  const [row] = (await db.query(
    'INSERT INTO team (name, time_zone, country_code) VALUES ($1, $2, $3) RETURNING id',
    [
      fields.name ?? `Team ${unique()}`,
      fields.timeZone ?? 'Europe/Warsaw',
      fields.countryCode ?? 'PL',
    ],
  )) as [{ id: string }];
  return row.id;
}

export async function createSkill(db: DataSource, code = `s-${unique()}`): Promise<string> {
  const [row] = (await db.query(
    `INSERT INTO skill (code, name, category) VALUES ($1, $2, 'channel') RETURNING id`,
    [code, code.toUpperCase()],
  )) as [{ id: string }];
  return row.id;
}

export interface TestEmployee {
  id: string;
  email: string;
  teamId: string;
}

export async function createEmployee(
  db: DataSource,
  fields: {
    teamId: string;
    role?: 'admin' | 'manager' | 'employee';
    manages?: string[];
    name?: string;
    skillIds?: string[];
    homeTimeZone?: string;
  },
): Promise<TestEmployee> {
  passwordHash ??= hashPassword(PASSWORD);
  const email = `${fields.role ?? 'employee'}-${unique()}@test.example`;
  const [row] = (await db.query(
    `INSERT INTO employee (team_id, name, email, home_time_zone, role, password_hash)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      fields.teamId,
      fields.name ?? `Person ${unique()}`,
      email,
      fields.homeTimeZone ?? 'Europe/Warsaw',
      fields.role ?? 'employee',
      await passwordHash,
    ],
  )) as [{ id: string }];
  for (const teamId of fields.manages ?? []) {
    await db.query('INSERT INTO team_manager (team_id, employee_id) VALUES ($1, $2)', [
      teamId,
      row.id,
    ]);
  }
  for (const skillId of fields.skillIds ?? []) {
    await db.query('INSERT INTO employee_skill (employee_id, skill_id) VALUES ($1, $2)', [
      row.id,
      skillId,
    ]);
  }
  return { id: row.id, email, teamId: fields.teamId };
}

export async function login(t: TestApp, email: string, password = PASSWORD): Promise<string> {
  const response = await t.http().post('/api/auth/login').send({ email, password });
  if (response.status !== 200) throw new Error(`login failed: ${response.status} ${response.text}`);
  return (response.body as { accessToken: string }).accessToken;
}

/** Two teams, each with a manager and an employee, and an admin: the cast of the access tests. */
export async function createWorld(t: TestApp) {
  const db = t.dataSource;
  const teamA = await createTeam(db);
  const teamB = await createTeam(db);
  const admin = await createEmployee(db, { teamId: teamA, role: 'admin' });
  const managerA = await createEmployee(db, { teamId: teamA, role: 'manager', manages: [teamA] });
  const managerB = await createEmployee(db, { teamId: teamB, role: 'manager', manages: [teamB] });
  const employeeA = await createEmployee(db, { teamId: teamA });
  const colleagueA = await createEmployee(db, { teamId: teamA });
  const employeeB = await createEmployee(db, { teamId: teamB });
  const [adminToken, managerAToken, managerBToken, employeeAToken] = await Promise.all([
    login(t, admin.email),
    login(t, managerA.email),
    login(t, managerB.email),
    login(t, employeeA.email),
  ]);
  return {
    teamA,
    teamB,
    admin,
    managerA,
    managerB,
    employeeA,
    colleagueA,
    employeeB,
    tokens: {
      admin: adminToken,
      managerA: managerAToken,
      managerB: managerBToken,
      employeeA: employeeAToken,
    },
  };
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export async function leaveTypeId(db: DataSource, code: string): Promise<string> {
  const [row] = (await db.query('SELECT id FROM leave_type WHERE code = $1', [code])) as [
    { id: string },
  ];
  return row.id;
}

/**
 * A team with one 24/7 phone duty and a night/day rotation of phone agents; every agent is
 * needed, so any leave opens a gap.
 */
export async function createCoveredTeam(
  t: TestApp,
  options: { agents?: number; min?: number; zone?: string } = {},
): Promise<{
  teamId: string;
  phone: string;
  managerToken: string;
  manager: TestEmployee;
  agents: TestEmployee[];
}> {
  const db = t.dataSource;
  const zone = options.zone ?? 'Europe/Warsaw';
  const teamId = await createTeam(db, { timeZone: zone, countryCode: 'PL' });
  const phone = await createSkill(db);
  const manager = await createEmployee(db, {
    teamId,
    role: 'manager',
    manages: [teamId],
    homeTimeZone: zone,
  });
  const agents: TestEmployee[] = [];
  for (let i = 0; i < (options.agents ?? 3); i++) {
    agents.push(
      await createEmployee(db, {
        teamId,
        skillIds: [phone],
        homeTimeZone: zone,
        name: `Agent ${i}`,
      }),
    );
  }
  const [day] = (await db.query(
    `INSERT INTO shift_type (team_id, code, name, start_time, end_time, colour) VALUES ($1, 'D', 'Day', '08:00', '16:00', '#336699') RETURNING id`,
    [teamId],
  )) as [{ id: string }];
  const [rotation] = (await db.query(
    `INSERT INTO rotation (team_id, name, anchor_date, pattern) VALUES ($1, 'Everyone, every day', '2027-01-04', $2) RETURNING id`,
    [teamId, JSON.stringify([day.id])],
  )) as [{ id: string }];
  for (const agent of agents) {
    await db.query(
      `INSERT INTO rotation_member (rotation_id, employee_id, offset_days, period) VALUES ($1, $2, 0, daterange('2027-01-01', NULL))`,
      [rotation.id, agent.id],
    );
  }
  await db.query(
    `INSERT INTO coverage_rule (team_id, name, skill_id, start_time, end_time, recurrence, min_headcount, ideal_headcount)
     VALUES ($1, 'Phones in the day', $2, '08:00', '16:00', 'FREQ=DAILY', $3, $3)`,
    [teamId, phone, options.min ?? (options.agents ?? 3) - 1],
  );
  return { teamId, phone, manager, agents, managerToken: await login(t, manager.email) };
}
