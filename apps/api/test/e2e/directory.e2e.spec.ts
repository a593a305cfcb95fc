import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config/config.js';
import { createDataSource } from '../../src/database/data-source.js';
import request from 'supertest';
import { bearer, createEmployee, createSkill, createTeam, login } from '../factories.js';
import { createTestApp, testDatabaseUrl, type TestApp } from '../test-app.js';

describe('the staff directory', () => {
  let t: TestApp;
  let teamId: string;
  let token: string;
  let chat: string;
  let phone: string;

  beforeAll(async () => {
    t = await createTestApp();
    teamId = await createTeam(t.dataSource);
    const manager = await createEmployee(t.dataSource, {
      teamId,
      role: 'manager',
      manages: [teamId],
      name: 'Zed Manager',
    });
    token = await login(t, manager.email);
    chat = await createSkill(t.dataSource);
    phone = await createSkill(t.dataSource);
    for (let i = 0; i < 7; i++) {
      await createEmployee(t.dataSource, {
        teamId,
        name: `Agent ${i}`,
        skillIds: i % 2 === 0 ? [chat] : [phone, chat],
      });
    }
    const leaver = await createEmployee(t.dataSource, {
      teamId,
      name: 'Agent Leaver',
      skillIds: [phone],
    });
    await t.dataSource.query(
      'UPDATE employee SET active = false, deactivated_at = now() WHERE id = $1',
      [leaver.id],
    );
  });
  afterAll(() => t.close());

  const list = (query: string) =>
    t.http().get(`/api/employees?teamId=${teamId}&${query}`).set(bearer(token));

  it('pages through the team in name order with the total', async () => {
    const first = await list('limit=3&offset=0');
    const second = await list('limit=3&offset=3');
    expect(first.body.total).toBe(8);
    expect(first.body.items.map((e: { name: string }) => e.name)).toEqual([
      'Agent 0',
      'Agent 1',
      'Agent 2',
    ]);
    expect(second.body.items.map((e: { name: string }) => e.name)).toEqual([
      'Agent 3',
      'Agent 4',
      'Agent 5',
    ]);
    expect(second.body).toMatchObject({ limit: 3, offset: 3 });
  });

  it('filters by skill (id or code), search text and activity', async () => {
    const withPhone = await list(`skill=${phone}&limit=50`);
    expect(withPhone.body.items.map((e: { name: string }) => e.name)).toEqual([
      'Agent 1',
      'Agent 3',
      'Agent 5',
    ]);
    const [{ code }] = await t.dataSource.query('SELECT code FROM skill WHERE id = $1', [phone]);
    expect((await list(`skill=${code}`)).body.total).toBe(3);
    expect((await list('q=zed')).body.items.map((e: { name: string }) => e.name)).toEqual([
      'Zed Manager',
    ]);
    expect((await list('q=%25')).body.total).toBe(0);
    const inactive = await list('active=false');
    expect(
      inactive.body.items.map((e: { name: string; active: boolean }) => [e.name, e.active]),
    ).toEqual([['Agent Leaver', false]]);
    expect((await list('active=all')).body.total).toBe(9);
    expect((await list('active=maybe')).status).toBe(400);
  });
});

describe('GET /api/health', () => {
  it('says which database is used, and is 503 when it does not answer', async () => {
    const url = testDatabaseUrl();
    const dataSource = createDataSource(url, { poolSize: 2 });
    await dataSource.initialize();
    const app = await createApp(loadConfig({ DATABASE_URL: url, WEB_DIST: '' }), dataSource, {
      logger: false,
    });
    await app.init();
    try {
      const ok = await request(app.getHttpServer()).get('/api/health');
      expect(ok.status).toBe(200);
      expect(ok.body).toEqual({ status: 'ok', database: 'external' });
      await dataSource.destroy();
      const down = await request(app.getHttpServer()).get('/api/health');
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ status: 'unavailable', database: 'external' });
    } finally {
      await app.close();
    }
  });
});
