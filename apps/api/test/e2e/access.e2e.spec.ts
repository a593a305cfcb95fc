import { bearer, createSkill, createWorld } from '../factories.js';
import { createTestApp, type TestApp } from '../test-app.js';

/** Every route checks the caller's right to the specific object, not just the role. */
describe('who may see and change what', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof createWorld>>;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t);
  });
  afterAll(() => t.close());

  describe('an employee', () => {
    it('edits their own name and home zone', async () => {
      const r = await t
        .http()
        .patch(`/api/employees/${w.employeeA.id}`)
        .set(bearer(w.tokens.employeeA))
        .send({ name: 'Anna K.', homeTimeZone: 'America/New_York' });
      expect(r.status).toBe(200);
      expect(r.body).toMatchObject({ name: 'Anna K.', homeTimeZone: 'America/New_York' });
    });

    it('cannot change their own contract, skills or role, and is told which fields', async () => {
      const r = await t
        .http()
        .patch('/api/me')
        .set(bearer(w.tokens.employeeA))
        .send({ role: 'admin', contract: { weeklyMinutes: 600 } });
      expect(r.status).toBe(403);
      expect(r.body.code).toBe('FORBIDDEN_FIELDS');
      expect(r.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'contract',
        'role',
      ]);
      const [row] = await t.dataSource.query(
        'SELECT role, weekly_minutes FROM employee WHERE id = $1',
        [w.employeeA.id],
      );
      expect(row).toEqual({ role: 'employee', weekly_minutes: 2400 });
    });

    it('sees colleagues but not their contracts, and cannot edit them', async () => {
      const colleague = await t
        .http()
        .get(`/api/employees/${w.colleagueA.id}`)
        .set(bearer(w.tokens.employeeA));
      expect(colleague.status).toBe(200);
      expect(colleague.body.contract).toBeUndefined();
      const own = await t.http().get('/api/me').set(bearer(w.tokens.employeeA));
      expect(own.body.contract).toMatchObject({ weeklyMinutes: 2400, minRestHours: 11 });
      const edit = await t
        .http()
        .patch(`/api/employees/${w.colleagueA.id}`)
        .set(bearer(w.tokens.employeeA))
        .send({ name: 'X' });
      expect(edit.status).toBe(403);
    });

    it('gets 404 for people, teams and shift types of another team', async () => {
      const paths = [`/api/employees/${w.employeeB.id}`, `/api/teams/${w.teamB}`];
      for (const path of paths) {
        const r = await t.http().get(path).set(bearer(w.tokens.employeeA));
        expect(r.status).toBe(404);
        expect(r.body.code).toBe('NOT_FOUND');
      }
      const list = await t
        .http()
        .get(`/api/employees?teamId=${w.teamB}`)
        .set(bearer(w.tokens.employeeA));
      expect(list.status).toBe(404);
    });

    it('lists only their own team', async () => {
      const teams = await t.http().get('/api/teams').set(bearer(w.tokens.employeeA));
      expect(teams.body.items.map((x: { id: string }) => x.id)).toEqual([w.teamA]);
      const people = await t.http().get('/api/employees?limit=200').set(bearer(w.tokens.employeeA));
      const teamIds = new Set(people.body.items.map((x: { teamId: string }) => x.teamId));
      expect([...teamIds]).toEqual([w.teamA]);
    });

    it('cannot create shift types or employees', async () => {
      const r = await t.http().post('/api/shift-types').set(bearer(w.tokens.employeeA)).send({
        teamId: w.teamA,
        code: 'X',
        name: 'X',
        startTime: '08:00',
        endTime: '16:00',
        colour: '#112233',
      });
      expect(r.status).toBe(403);
    });
  });

  describe('a manager', () => {
    it("manages their own team's staff and shift types", async () => {
      const skill = await createSkill(t.dataSource);
      const created = await t
        .http()
        .post('/api/employees')
        .set(bearer(w.tokens.managerA))
        .send({
          name: 'New Hire',
          email: `new-${Date.now()}@test.example`,
          teamId: w.teamA,
          skillIds: [skill],
          contract: { weeklyMinutes: 1200, fte: 0.5 },
        });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        teamId: w.teamA,
        homeTimeZone: 'Europe/Warsaw',
        role: 'employee',
      });
      expect(created.body.contract).toMatchObject({ weeklyMinutes: 1200, fte: 0.5 });
      expect(created.body.skills.map((s: { id: string }) => s.id)).toEqual([skill]);

      const shift = await t.http().post('/api/shift-types').set(bearer(w.tokens.managerA)).send({
        teamId: w.teamA,
        code: 'N',
        name: 'Night',
        startTime: '22:00',
        endTime: '06:00',
        colour: '#5B3F8C',
      });
      expect(shift.status).toBe(201);
      expect(shift.body).toMatchObject({
        crossesMidnight: true,
        durationMinutes: 480,
        colour: '#5b3f8c',
      });
    });

    it('gets 404 for another team, and cannot move staff into it', async () => {
      expect(
        (await t.http().get(`/api/employees/${w.employeeB.id}`).set(bearer(w.tokens.managerA)))
          .status,
      ).toBe(404);
      const edit = await t
        .http()
        .patch(`/api/employees/${w.employeeB.id}`)
        .set(bearer(w.tokens.managerA))
        .send({ name: 'Hijacked' });
      expect(edit.status).toBe(404);
      const move = await t
        .http()
        .patch(`/api/employees/${w.colleagueA.id}`)
        .set(bearer(w.tokens.managerA))
        .send({ teamId: w.teamB });
      expect(move.status).toBe(404);
      const create = await t
        .http()
        .post('/api/employees')
        .set(bearer(w.tokens.managerA))
        .send({
          name: 'Spy',
          email: `spy-${Date.now()}@test.example`,
          teamId: w.teamB,
        });
      expect(create.status).toBe(404);
      const [row] = await t.dataSource.query('SELECT name FROM employee WHERE id = $1', [
        w.employeeB.id,
      ]);
      expect(row.name).not.toBe('Hijacked');
    });

    it('cannot promote anyone or create teams', async () => {
      const promote = await t
        .http()
        .patch(`/api/employees/${w.colleagueA.id}`)
        .set(bearer(w.tokens.managerA))
        .send({ role: 'manager' });
      expect(promote.status).toBe(403);
      const team = await t
        .http()
        .post('/api/teams')
        .set(bearer(w.tokens.managerA))
        .send({ name: 'Rogue', timeZone: 'UTC', countryCode: 'PL' });
      expect(team.status).toBe(403);
    });

    it('sees contracts of their staff', async () => {
      const r = await t
        .http()
        .get(`/api/employees/${w.colleagueA.id}`)
        .set(bearer(w.tokens.managerA));
      expect(r.body.contract).toBeDefined();
    });
  });

  describe('an admin', () => {
    it('creates a team with managers and sees every team', async () => {
      const r = await t
        .http()
        .post('/api/teams')
        .set(bearer(w.tokens.admin))
        .send({
          name: `APAC ${Date.now()}`,
          timeZone: 'Asia/Singapore',
          countryCode: 'SG',
          managerIds: [w.managerB.id],
        });
      expect(r.status).toBe(201);
      expect(r.body.managerIds).toEqual([w.managerB.id]);
      const teams = await t.http().get('/api/teams?limit=200').set(bearer(w.tokens.admin));
      const ids = teams.body.items.map((x: { id: string }) => x.id);
      expect(ids).toEqual(expect.arrayContaining([w.teamA, w.teamB, r.body.id]));
    });

    it('records changes in the audit log, which cannot be rewritten', async () => {
      await t
        .http()
        .patch(`/api/employees/${w.colleagueA.id}`)
        .set(bearer(w.tokens.admin))
        .send({ name: 'Renamed Colleague' });
      const log = await t
        .http()
        .get(`/api/audit?entity=employee&entityId=${w.colleagueA.id}`)
        .set(bearer(w.tokens.admin));
      expect(log.status).toBe(200);
      expect(log.body.items[0]).toMatchObject({ action: 'employee.updated', actorId: w.admin.id });
      expect(log.body.items[0].after.name).toBe('Renamed Colleague');
      await expect(t.dataSource.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query("UPDATE audit_log SET action = 'x'")).rejects.toThrow(
        /append-only/,
      );
    });
  });
});
