import { bearer, createEmployee, createTeam, login, PASSWORD } from '../factories.js';
import { createTestApp, type TestApp } from '../test-app.js';

describe('signing in and out', () => {
  let t: TestApp;
  let teamId: string;

  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_ATTEMPTS_PER_EMAIL: '3' });
    teamId = await createTeam(t.dataSource);
  });
  afterAll(() => t.close());

  it('gives a bearer token that opens the API, and refuses requests without one', async () => {
    const person = await createEmployee(t.dataSource, { teamId });
    const response = await t
      .http()
      .post('/api/auth/login')
      .send({ email: person.email.toUpperCase(), password: PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body.accessToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(response.body.user).toMatchObject({ id: person.id, teamId, role: 'employee' });

    const me = await t.http().get('/api/me').set(bearer(response.body.accessToken));
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(person.id);

    const anonymous = await t.http().get('/api/employees');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
    expect(anonymous.body.code).toBe('UNAUTHENTICATED');

    const forged = await t
      .http()
      .get('/api/employees')
      .set(bearer('x'.repeat(43)));
    expect(forged.status).toBe(401);
  });

  it('answers a wrong password and an unknown e-mail alike', async () => {
    const person = await createEmployee(t.dataSource, { teamId });
    const wrong = await t
      .http()
      .post('/api/auth/login')
      .send({ email: person.email, password: 'not-the-password' });
    const unknown = await t
      .http()
      .post('/api/auth/login')
      .send({ email: 'nobody@test.example', password: 'whatever-it-is' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.detail).toBe(wrong.body.detail);
  });

  it('locks an e-mail out after repeated failures, even for the right password, and says when to retry', async () => {
    const person = await createEmployee(t.dataSource, { teamId });
    for (let i = 0; i < 3; i++) {
      const r = await t
        .http()
        .post('/api/auth/login')
        .send({ email: person.email, password: `guess-${i}-wrong` });
      expect(r.status).toBe(401);
    }
    const blocked = await t
      .http()
      .post('/api/auth/login')
      .send({ email: person.email, password: PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Other people are not affected.
    const other = await createEmployee(t.dataSource, { teamId });
    await expect(login(t, other.email)).resolves.toBeTruthy();
  });

  it('revokes the token on logout', async () => {
    const person = await createEmployee(t.dataSource, { teamId });
    const token = await login(t, person.email);
    expect((await t.http().post('/api/auth/logout').set(bearer(token))).status).toBe(204);
    const after = await t.http().get('/api/me').set(bearer(token));
    expect(after.status).toBe(401);
  });

  it('revokes every token of an employee who is deactivated, and refuses their sign-in', async () => {
    const manager = await createEmployee(t.dataSource, {
      teamId,
      role: 'manager',
      manages: [teamId],
    });
    const person = await createEmployee(t.dataSource, { teamId });
    const [phone, laptop, managerToken] = await Promise.all([
      login(t, person.email),
      login(t, person.email),
      login(t, manager.email),
    ]);
    const deactivated = await t
      .http()
      .delete(`/api/employees/${person.id}`)
      .set(bearer(managerToken));
    expect(deactivated.status).toBe(200);
    expect(deactivated.body.active).toBe(false);
    for (const token of [phone, laptop]) {
      expect((await t.http().get('/api/me').set(bearer(token))).status).toBe(401);
    }
    const again = await t
      .http()
      .post('/api/auth/login')
      .send({ email: person.email, password: PASSWORD });
    expect(again.status).toBe(401);
    // The history stays: the employee is still there, inactive.
    const kept = await t.http().get(`/api/employees/${person.id}`).set(bearer(managerToken));
    expect(kept.status).toBe(200);
    expect(kept.body.deactivatedAt).not.toBeNull();
  });

  it('stores passwords as argon2id hashes and tokens only as digests', async () => {
    const person = await createEmployee(t.dataSource, { teamId });
    const token = await login(t, person.email);
    const [employee] = await t.dataSource.query(
      'SELECT password_hash FROM employee WHERE id = $1',
      [person.id],
    );
    expect(employee.password_hash).toMatch(/^\$argon2id\$/);
    const stored = await t.dataSource.query(
      "SELECT count(*)::int AS n FROM auth_session WHERE employee_id = $1 AND encode(token_hash, 'escape') LIKE $2",
      [person.id, `%${token}%`],
    );
    expect(stored[0].n).toBe(0);
  });

  it('changes a password, which signs out the other sessions', async () => {
    const person = await createEmployee(t.dataSource, { teamId });
    const first = await login(t, person.email);
    const second = await login(t, person.email);
    const wrong = await t
      .http()
      .post('/api/me/password')
      .set(bearer(first))
      .send({ currentPassword: 'nope', newPassword: 'a-brand-new-secret' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors).toEqual([
      { field: 'currentPassword', reason: 'is not your current password' },
    ]);
    const changed = await t
      .http()
      .post('/api/me/password')
      .set(bearer(first))
      .send({ currentPassword: PASSWORD, newPassword: 'a-brand-new-secret' });
    expect(changed.status).toBe(204);
    expect((await t.http().get('/api/me').set(bearer(second))).status).toBe(401);
    await expect(login(t, person.email, 'a-brand-new-secret')).resolves.toBeTruthy();
  });
});
