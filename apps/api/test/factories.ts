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
