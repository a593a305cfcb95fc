import { bearer, createCoveredTeam, leaveTypeId, login } from '../factories.js';
import { createTestApp, type TestApp } from '../test-app.js';

/** Races that the database, not a read-then-write in code, must decide (real PostgreSQL). */
describe('leave under concurrency', () => {
  let t: TestApp;
  let vacation: string;

  beforeAll(async () => {
    t = await createTestApp();
    vacation = await leaveTypeId(t.dataSource, 'vacation');
  });
  afterAll(() => t.close());

  const post = (token: string, path: string, body: object) =>
    t.http().post(path).set(bearer(token)).send(body);

  it('creates exactly one of 20 parallel overlapping requests; the rest get LEAVE_OVERLAP', async () => {
    const team = await createCoveredTeam(t, { agents: 2, min: 0 });
    const token = await login(t, team.agents[0]!.email);
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(token, '/api/leave-requests', {
          leaveTypeId: vacation,
          startDate: `2027-06-${String(1 + (i % 5)).padStart(2, '0')}`,
          endDate: '2027-06-10',
        }),
      ),
    );
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    expect(
      responses.filter((r) => r.status === 409).every((r) => r.body.code === 'LEAVE_OVERLAP'),
    ).toBe(true);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM leave_request WHERE employee_id = $1`,
      [team.agents[0]!.id],
    );
    expect(n).toBe(1);
  });

  it('approves exactly one of two leaves that only fit one at a time', async () => {
    // Three agents, two needed: one may be away, not two.
    const team = await createCoveredTeam(t, { agents: 3, min: 2 });
    const [a, b] = await Promise.all(
      team.agents.slice(0, 2).map(async (agent) =>
        post(await login(t, agent.email), '/api/leave-requests', {
          leaveTypeId: vacation,
          startDate: '2027-07-12',
          endDate: '2027-07-13',
        }),
      ),
    );
    const secondManager = await login(t, team.manager.email);
    const decisions = await Promise.all([
      post(team.managerToken, `/api/leave-requests/${a!.body.id}/approve`, { version: 1 }),
      post(secondManager, `/api/leave-requests/${b!.body.id}/approve`, { version: 1 }),
    ]);
    expect(decisions.map((d) => d.status).sort()).toEqual([200, 409]);
    const refused = decisions.find((d) => d.status === 409)!;
    expect(refused.body.code).toBe('COVERAGE_VIOLATION');
    expect(refused.body.uncovered.length).toBe(2);
    const rows = await t.dataSource.query(
      `SELECT status FROM leave_request WHERE id = ANY($1::uuid[]) ORDER BY status`,
      [[a!.body.id, b!.body.id]],
    );
    expect(rows.map((r: { status: string }) => r.status)).toEqual(['approved', 'pending']);
  });

  it('lets only one of two requests that together overdraw the balance through', async () => {
    const team = await createCoveredTeam(t, { agents: 2, min: 0 });
    const person = team.agents[1]!;
    await t.dataSource.query('UPDATE employee SET annual_leave_days = 10 WHERE id = $1', [
      person.id,
    ]);
    const token = await login(t, person.email);
    // Two separate weeks of 5 working days each against 10 − 2 already booked.
    expect(
      (
        await post(token, '/api/leave-requests', {
          leaveTypeId: vacation,
          startDate: '2027-03-01',
          endDate: '2027-03-02',
        })
      ).status,
    ).toBe(201);
    const [first, second] = await Promise.all([
      post(token, '/api/leave-requests', {
        leaveTypeId: vacation,
        startDate: '2027-04-05',
        endDate: '2027-04-09',
      }),
      post(token, '/api/leave-requests', {
        leaveTypeId: vacation,
        startDate: '2027-05-10',
        endDate: '2027-05-14',
      }),
    ]);
    expect([first!.status, second!.status].sort()).toEqual([201, 409]);
    expect([first!, second!].find((r) => r.status === 409)!.body.code).toBe('INSUFFICIENT_BALANCE');
    const balance = await t
      .http()
      .get(`/api/employees/${person.id}/leave-balance?year=2027`)
      .set(bearer(token));
    expect(balance.body.balance).toBe(3);
  });
});
