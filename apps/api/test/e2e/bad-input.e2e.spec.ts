import { bearer, createWorld } from '../factories.js';
import { createTestApp, type TestApp } from '../test-app.js';

/** Bad input gets a 400 that names the field and the reason; it never reaches the database. */
describe('bad input', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof createWorld>>;
  const counts = async () =>
    (
      await t.dataSource.query(
        `SELECT (SELECT count(*) FROM team)::int AS teams, (SELECT count(*) FROM employee)::int AS employees,
              (SELECT count(*) FROM shift_type)::int AS shift_types, (SELECT count(*) FROM skill)::int AS skills`,
      )
    )[0];

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t);
  });
  afterAll(() => t.close());

  const fields = (body: { errors?: { field: string }[] }) =>
    (body.errors ?? []).map((e) => e.field);

  it.each([
    [
      'an unknown time zone',
      '/api/teams',
      { name: 'Atlantis', timeZone: 'Europe/Atlantis', countryCode: 'PL' },
      'timeZone',
    ],
    [
      'an offset instead of a zone',
      '/api/teams',
      { name: 'Offset', timeZone: '+02:00', countryCode: 'PL' },
      'timeZone',
    ],
    [
      'a country without holidays data',
      '/api/teams',
      { name: 'Nowhere', timeZone: 'UTC', countryCode: 'QQ' },
      'countryCode',
    ],
    ['a wrong type', '/api/teams', { name: 42, timeZone: 'UTC', countryCode: 'PL' }, 'name'],
    [
      'an unknown field',
      '/api/teams',
      { name: 'Extra', timeZone: 'UTC', countryCode: 'PL', colour: 'red' },
      'colour',
    ],
    [
      'a 1 MB string',
      '/api/teams',
      { name: 'x'.repeat(1_000_000), timeZone: 'UTC', countryCode: 'PL' },
      'name',
    ],
    [
      'a colour name',
      '/api/shift-types',
      { code: 'Z', name: 'Zero', startTime: '08:00', endTime: '16:00', colour: 'red' },
      'colour',
    ],
    [
      'an impossible time',
      '/api/shift-types',
      { code: 'Z', name: 'Late', startTime: '24:30', endTime: '08:00', colour: '#000000' },
      'startTime',
    ],
    [
      'an unknown skill',
      '/api/shift-types',
      {
        code: 'Z',
        name: 'Z',
        startTime: '08:00',
        endTime: '16:00',
        colour: '#000000',
        requiredSkillIds: ['00000000-0000-4000-8000-000000000000'],
      },
      'requiredSkillIds.0',
    ],
    ['a bad e-mail', '/api/employees', { name: 'No Mail', email: 'not-an-email' }, 'email'],
    [
      'nested contract nonsense',
      '/api/employees',
      { name: 'Bad Contract', email: 'bad.contract@test.example', contract: { fte: 7 } },
      'contract.fte',
    ],
    [
      'a bad zone for a person',
      '/api/employees',
      { name: 'Zoned', email: 'zoned@test.example', homeTimeZone: 'Mars/Base' },
      'homeTimeZone',
    ],
  ])('refuses %s', async (_name, path, body, field) => {
    const before = await counts();
    const payload = path === '/api/teams' ? body : { teamId: w.teamA, ...body };
    const r = await t.http().post(path).set(bearer(w.tokens.admin)).send(payload);
    expect(r.status).toBe(400);
    expect(r.headers['content-type']).toContain('application/problem+json');
    expect(r.body.code).toBe('VALIDATION_FAILED');
    expect(fields(r.body)).toContain(field);
    expect(await counts()).toEqual(before);
  });

  it('refuses malformed JSON with 400, not 500', async () => {
    const r = await t
      .http()
      .post('/api/teams')
      .set(bearer(w.tokens.admin))
      .set('Content-Type', 'application/json')
      .send('{"name": "Broken",');
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('MALFORMED_JSON');
    expect(fields(r.body)).toEqual(['body']);
  });

  it('refuses a body over the size limit with 413', async () => {
    const r = await t
      .http()
      .post('/api/teams')
      .set(bearer(w.tokens.admin))
      .send({ name: 'x'.repeat(3_000_000), timeZone: 'UTC', countryCode: 'PL' });
    expect(r.status).toBe(413);
    expect(r.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses ids that are not UUIDs and bad paging', async () => {
    const id = await t.http().get('/api/employees/42').set(bearer(w.tokens.admin));
    expect(id.status).toBe(400);
    expect(fields(id.body)).toEqual(['id']);
    const page = await t
      .http()
      .get('/api/employees?limit=5000&offset=-1&sort=name')
      .set(bearer(w.tokens.admin));
    expect(page.status).toBe(400);
    expect(fields(page.body)).toEqual(expect.arrayContaining(['limit', 'offset', 'sort']));
  });

  it('refuses a duplicate e-mail with the field named, keeping the first person intact', async () => {
    const r = await t.http().post('/api/employees').set(bearer(w.tokens.admin)).send({
      name: 'Twin',
      email: w.employeeA.email.toUpperCase(),
      teamId: w.teamA,
    });
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('DUPLICATE');
    expect(fields(r.body)).toEqual(['email']);
  });

  it('answers a stale version with 409 and the current version', async () => {
    const current = await t.http().get(`/api/teams/${w.teamA}`).set(bearer(w.tokens.admin));
    const first = await t
      .http()
      .patch(`/api/teams/${w.teamA}`)
      .set(bearer(w.tokens.admin))
      .send({ name: `Renamed ${Date.now()}`, version: current.body.version });
    expect(first.status).toBe(200);
    const stale = await t
      .http()
      .patch(`/api/teams/${w.teamA}`)
      .set(bearer(w.tokens.admin))
      .send({ name: 'Stale edit', version: current.body.version });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      code: 'VERSION_CONFLICT',
      currentVersion: current.body.version + 1,
    });
  });

  it('answers unknown routes with a 404 problem', async () => {
    const r = await t.http().get('/api/nothing-here').set(bearer(w.tokens.admin));
    expect(r.status).toBe(404);
    expect(r.body.code).toBe('ROUTE_NOT_FOUND');
  });

  it('refuses null for a required field on update, while a nullable one may be cleared', async () => {
    const name = await t
      .http()
      .patch(`/api/teams/${w.teamA}`)
      .set(bearer(w.tokens.admin))
      .send({ name: null });
    expect(name.status).toBe(400);
    expect([...new Set(fields(name.body))]).toEqual(['name']);
    const zone = await t
      .http()
      .patch(`/api/employees/${w.employeeA.id}`)
      .set(bearer(w.tokens.admin))
      .send({ homeTimeZone: null });
    expect(zone.status).toBe(400);
    expect([...new Set(fields(zone.body))]).toEqual(['homeTimeZone']);
    const region = await t
      .http()
      .patch(`/api/teams/${w.teamA}`)
      .set(bearer(w.tokens.admin))
      .send({ regionCode: null });
    expect(region.status).toBe(200);
    expect(region.body.regionCode).toBeNull();
  });
});
