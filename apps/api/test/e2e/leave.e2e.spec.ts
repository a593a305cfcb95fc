import {
  bearer,
  createCoveredTeam,
  createEmployee,
  createTeam,
  leaveTypeId,
  login,
} from '../factories.js';
import { createTestApp, type TestApp } from '../test-app.js';

describe('leave requests', () => {
  let t: TestApp;
  let vacation: string;
  let sick: string;

  beforeAll(async () => {
    t = await createTestApp();
    vacation = await leaveTypeId(t.dataSource, 'vacation');
    sick = await leaveTypeId(t.dataSource, 'sick');
  });
  afterAll(() => t.close());

  const as = (token: string) => ({
    get: (path: string) => t.http().get(path).set(bearer(token)),
    post: (path: string, body: object = {}, headers: Record<string, string> = {}) =>
      t.http().post(path).set(bearer(token)).set(headers).send(body),
  });

  it('shows the cost, the balance after and the duties a leave would leave uncovered, before anything is stored', async () => {
    const team = await createCoveredTeam(t, { agents: 2, min: 2 });
    const anna = team.agents[0]!;
    const token = await login(t, anna.email);
    const before = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM leave_request WHERE employee_id = $1',
      [anna.id],
    );
    // Mon 2027-05-03 (a Polish holiday) to Fri 2027-05-07: 4 working days.
    const preview = await as(token).post('/api/leave-requests/preview', {
      leaveTypeId: vacation,
      startDate: '2027-05-03',
      endDate: '2027-05-07',
    });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      days: 4,
      daysByYear: [{ year: 2027, days: 4 }],
      balanceBefore: [{ year: 2027, days: 26 }],
      balanceAfter: [{ year: 2027, days: 22 }],
      policyViolations: [],
    });
    // Five day shifts 08–16 lose one of their two agents (weekends too: the rule is daily).
    expect(preview.body.gaps).toHaveLength(5);
    expect(preview.body.gaps[0]).toMatchObject({
      skillId: team.phone,
      startLocal: '2027-05-03T08:00',
      endLocal: '2027-05-03T16:00',
      min: 2,
      staffedBefore: 2,
      staffedAfter: 1,
    });
    const after = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM leave_request WHERE employee_id = $1',
      [anna.id],
    );
    expect(after).toEqual(before);
  });

  it('runs pending → approved, deducts from the ledger, and the balance is always the ledger sum', async () => {
    const team = await createCoveredTeam(t, { agents: 3, min: 1 });
    const anna = team.agents[0]!;
    const token = await login(t, anna.email);
    const created = await as(token).post('/api/leave-requests', {
      leaveTypeId: vacation,
      startDate: '2027-06-07',
      endDate: '2027-06-11',
      handoverNote: 'Ticket #123 waits for the customer',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      status: 'pending',
      days: 5,
      startDate: '2027-06-07',
      endDate: '2027-06-11',
    });

    const approved = await as(team.managerToken).post(
      `/api/leave-requests/${created.body.id}/approve`,
      { version: created.body.version },
    );
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');

    const balance = await as(token).get(`/api/employees/${anna.id}/leave-balance?year=2027`);
    expect(balance.body).toMatchObject({ allowance: 26, taken: 5, balance: 21 });
    const sum = balance.body.entries.reduce((a: number, e: { days: number }) => a + e.days, 0);
    expect(sum).toBe(balance.body.balance);

    // A stale decision gets the current state back.
    const stale = await as(team.managerToken).post(
      `/api/leave-requests/${created.body.id}/reject`,
      { version: created.body.version, comment: 'no' },
    );
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect(stale.body.current).toMatchObject({
      status: 'approved',
      version: created.body.version + 1,
    });

    // Cancelling gives the days back; the audit log has every step.
    const cancelled = await as(token).post(`/api/leave-requests/${created.body.id}/cancel`, {
      version: approved.body.version,
    });
    expect(cancelled.body.status).toBe('cancelled');
    expect(
      (await as(token).get(`/api/employees/${anna.id}/leave-balance?year=2027`)).body.balance,
    ).toBe(26);
    const audit = await t.dataSource.query(
      `SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`,
      [created.body.id],
    );
    expect(audit.map((a: { action: string }) => a.action)).toEqual([
      'leave.requested',
      'leave.approved',
      'leave.cancelled',
    ]);
  });

  it('needs a comment to reject, and never lets anyone decide their own leave', async () => {
    const team = await createCoveredTeam(t, { agents: 3, min: 1 });
    const token = await login(t, team.agents[1]!.email);
    const created = await as(token).post('/api/leave-requests', {
      leaveTypeId: vacation,
      startDate: '2027-06-14',
      endDate: '2027-06-14',
    });
    const noComment = await as(team.managerToken).post(
      `/api/leave-requests/${created.body.id}/reject`,
      { version: 1, comment: '' },
    );
    expect(noComment.status).toBe(400);
    expect(noComment.body.errors.map((e: { field: string }) => e.field)).toEqual(['comment']);
    const own = await as(token).post(`/api/leave-requests/${created.body.id}/approve`, {
      version: 1,
    });
    expect(own.status).toBe(403);
    const managerLeave = await as(team.managerToken).post('/api/leave-requests', {
      leaveTypeId: vacation,
      startDate: '2027-06-21',
      endDate: '2027-06-21',
    });
    expect(
      (
        await as(team.managerToken).post(`/api/leave-requests/${managerLeave.body.id}/approve`, {
          version: 1,
        })
      ).status,
    ).toBe(403);
  });

  it('refuses to approve a leave that breaks minimum coverage unless a manager overrides with a reason', async () => {
    const team = await createCoveredTeam(t, { agents: 2, min: 2 });
    const token = await login(t, team.agents[0]!.email);
    const created = await as(token).post('/api/leave-requests', {
      leaveTypeId: vacation,
      startDate: '2027-07-05',
      endDate: '2027-07-06',
    });
    const refused = await as(team.managerToken).post(
      `/api/leave-requests/${created.body.id}/approve`,
      { version: 1 },
    );
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('COVERAGE_VIOLATION');
    expect(refused.body.uncovered.map((g: { startLocal: string }) => g.startLocal)).toEqual([
      '2027-07-05T08:00',
      '2027-07-06T08:00',
    ]);
    const overridden = await as(team.managerToken).post(
      `/api/leave-requests/${created.body.id}/approve`,
      { version: 1, overrideReason: 'Agency temp booked' },
    );
    expect(overridden.status).toBe(200);
    expect(overridden.body).toMatchObject({
      status: 'approved',
      overrideReason: 'Agency temp booked',
    });
    const coverage = await as(team.managerToken).get(
      `/api/coverage?teamId=${team.teamId}&from=2027-07-05&to=2027-07-07`,
    );
    expect(coverage.body.gaps.map((g: { startLocal: string }) => g.startLocal)).toEqual([
      '2027-07-05T08:00',
      '2027-07-06T08:00',
    ]);
  });

  it('records a sudden absence at once and the gap shows immediately', async () => {
    const team = await createCoveredTeam(t, { agents: 2, min: 2 });
    const ill = team.agents[1]!;
    const r = await as(team.managerToken).post('/api/leave-requests', {
      employeeId: ill.id,
      leaveTypeId: sick,
      startDate: '2027-08-02',
      endDate: '2027-08-03',
      reason: 'flu',
    });
    expect(r.status).toBe(201);
    expect(r.body.status).toBe('approved');
    const rota = await as(team.managerToken).get(
      `/api/rota?teamId=${team.teamId}&from=2027-08-02&to=2027-08-04`,
    );
    expect(rota.body.leave).toEqual([
      expect.objectContaining({
        employeeId: ill.id,
        startDate: '2027-08-02',
        endDate: '2027-08-03',
        status: 'approved',
      }),
    ]);
    expect(rota.body.coverage.gaps).toHaveLength(2);
    // Colleagues see that someone is away, not why.
    const colleague = await login(t, team.agents[0]!.email);
    const seen = await as(colleague).get(`/api/leave-requests/${r.body.id}`);
    expect(seen.body).toMatchObject({
      leaveTypeId: null,
      reason: null,
      days: null,
      startDate: '2027-08-02',
    });
    const colleagueRota = await as(colleague).get(
      `/api/rota?teamId=${team.teamId}&from=2027-08-02&to=2027-08-04`,
    );
    expect(colleagueRota.body.leave[0].leaveTypeId).toBeNull();
  });

  it('allows a morning and an afternoon on one date, not two mornings or a day inside a longer leave', async () => {
    const team = await createCoveredTeam(t, { agents: 3, min: 1 });
    const token = await login(t, team.agents[2]!.email);
    const post = (body: object) =>
      as(token).post('/api/leave-requests', { leaveTypeId: vacation, ...body });
    expect(
      (await post({ startDate: '2027-09-06', endDate: '2027-09-06', halfDay: 'am' })).status,
    ).toBe(201);
    expect(
      (await post({ startDate: '2027-09-06', endDate: '2027-09-06', halfDay: 'pm' })).status,
    ).toBe(201);
    const twice = await post({ startDate: '2027-09-06', endDate: '2027-09-06', halfDay: 'am' });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('LEAVE_OVERLAP');
    expect((await post({ startDate: '2027-09-13', endDate: '2027-09-24' })).status).toBe(201);
    const nested = await post({ startDate: '2027-09-15', endDate: '2027-09-16' });
    expect(nested.status).toBe(409);
    const half = await post({ startDate: '2027-09-20', endDate: '2027-09-20', halfDay: 'pm' });
    expect(half.status).toBe(409);
    const balance = await as(token).get(
      `/api/employees/${team.agents[2]!.id}/leave-balance?year=2027`,
    );
    expect(balance.body.taken).toBe(11);
  });

  it('returns the original result for a retried Idempotency-Key, and 422 for the same key with another body', async () => {
    const team = await createCoveredTeam(t, { agents: 3, min: 1 });
    const token = await login(t, team.agents[0]!.email);
    const body = { leaveTypeId: vacation, startDate: '2027-10-04', endDate: '2027-10-05' };
    const first = await as(token).post('/api/leave-requests', body, {
      'Idempotency-Key': 'req-42',
    });
    const retry = await as(token).post('/api/leave-requests', body, {
      'Idempotency-Key': 'req-42',
    });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    const other = await as(token).post(
      '/api/leave-requests',
      { ...body, endDate: '2027-10-06' },
      { 'Idempotency-Key': 'req-42' },
    );
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_MISMATCH');
    const [{ n }] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM leave_request WHERE employee_id = $1',
      [team.agents[0]!.id],
    );
    expect(n).toBe(1);
  });

  it('refuses a request in a blackout period naming the rule; a manager may override it with a reason', async () => {
    const team = await createCoveredTeam(t, { agents: 3, min: 1 });
    const blackout = await as(team.managerToken).post('/api/leave-blackouts', {
      teamId: team.teamId,
      name: 'Black Friday week',
      startDate: '2027-11-22',
      endDate: '2027-11-28',
      leaveTypeIds: [vacation],
    });
    expect(blackout.status).toBe(201);
    const token = await login(t, team.agents[0]!.email);
    const refused = await as(token).post('/api/leave-requests', {
      leaveTypeId: vacation,
      startDate: '2027-11-26',
      endDate: '2027-11-29',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('POLICY_VIOLATION');
    expect(refused.body.violations[0]).toMatchObject({
      rule: 'blackout',
      dates: ['2027-11-26', '2027-11-27', '2027-11-28'],
    });
    expect(refused.body.violations[0].detail).toContain('Black Friday week');
    const employeeOverride = await as(token).post('/api/leave-requests', {
      leaveTypeId: vacation,
      startDate: '2027-11-26',
      endDate: '2027-11-29',
      overrideReason: 'please',
    });
    expect(employeeOverride.status).toBe(403);
    const overridden = await as(team.managerToken).post('/api/leave-requests', {
      employeeId: team.agents[0]!.id,
      leaveTypeId: vacation,
      startDate: '2027-11-26',
      endDate: '2027-11-29',
      overrideReason: 'Wedding, agreed in March',
    });
    expect(overridden.status).toBe(201);
    const [audit] = await t.dataSource.query(`SELECT after FROM audit_log WHERE entity_id = $1`, [
      overridden.body.id,
    ]);
    expect(audit.after.overrideReason).toBe('Wedding, agreed in March');
    // Sick leave is not blocked by a vacation blackout.
    const ill = await as(token).post('/api/leave-requests', {
      leaveTypeId: sick,
      startDate: '2027-11-23',
      endDate: '2027-11-23',
    });
    expect(ill.status).toBe(201);
  });

  it('charges a leave across New Year to both years and counts a leap day', async () => {
    const team = await createCoveredTeam(t, { agents: 3, min: 1 });
    const person = team.agents[1]!;
    const token = await login(t, person.email);
    const newYear = await as(token).post('/api/leave-requests', {
      leaveTypeId: vacation,
      startDate: '2027-12-27',
      endDate: '2028-01-07',
    });
    expect(newYear.status).toBe(201);
    // 27–31 Dec: 5 days; 3–7 Jan less Epiphany (6 Jan): 4 days; 1 Jan is a Saturday.
    expect(newYear.body.days).toBe(9);
    expect(
      (await as(token).get(`/api/employees/${person.id}/leave-balance?year=2027`)).body.taken,
    ).toBe(5);
    expect(
      (await as(token).get(`/api/employees/${person.id}/leave-balance?year=2028`)).body.taken,
    ).toBe(4);
    const leap = await as(token).post('/api/leave-requests', {
      leaveTypeId: vacation,
      startDate: '2028-02-28',
      endDate: '2028-03-01',
    });
    expect(leap.body.days).toBe(3);
  });

  it('shows a date-only leave with the same dates to viewers in UTC+14 and UTC−11', async () => {
    const teamId = await createTeam(t.dataSource, {
      timeZone: 'Pacific/Kiritimati',
      countryCode: 'PL',
    });
    const islander = await createEmployee(t.dataSource, {
      teamId,
      homeTimeZone: 'Pacific/Kiritimati',
    });
    const farAway = await createEmployee(t.dataSource, {
      teamId,
      role: 'manager',
      manages: [teamId],
      homeTimeZone: 'Pacific/Pago_Pago',
    });
    const token = await login(t, islander.email);
    const created = await as(token).post('/api/leave-requests', {
      leaveTypeId: vacation,
      startDate: '2027-12-31',
      endDate: '2028-01-01',
    });
    expect(created.status).toBe(201);
    const managerToken = await login(t, farAway.email);
    const seen = await as(managerToken).get(`/api/leave-requests/${created.body.id}`);
    expect([seen.body.startDate, seen.body.endDate]).toEqual(['2027-12-31', '2028-01-01']);
    const listed = await as(managerToken).get(`/api/leave-requests?teamId=${teamId}`);
    expect(listed.body.items.map((l: { startDate: string }) => l.startDate)).toEqual([
      '2027-12-31',
    ]);
  });

  it.each([
    ['an impossible date', { startDate: '2027-02-30', endDate: '2027-03-02' }, 'startDate', 400],
    ['an end before the start', { startDate: '2027-03-10', endDate: '2027-03-01' }, 'endDate', 400],
    ['a ten-year leave', { startDate: '2027-01-01', endDate: '2036-12-31' }, 'endDate', 400],
    [
      'an unknown type',
      { leaveTypeId: '00000000-0000-4000-8000-000000000000' },
      'leaveTypeId',
      400,
    ],
    [
      'a half day over several days',
      { startDate: '2027-03-01', endDate: '2027-03-02', halfDay: 'am' },
      'halfDay',
      400,
    ],
    ['a half day that is neither am nor pm', { halfDay: 'noon' }, 'halfDay', 400],
  ])('refuses %s and stores nothing', async (_label, patch, field, status) => {
    const team = await createCoveredTeam(t, { agents: 1, min: 0 });
    const token = await login(t, team.agents[0]!.email);
    const r = await as(token).post('/api/leave-requests', {
      leaveTypeId: vacation,
      startDate: '2027-03-01',
      endDate: '2027-03-01',
      ...patch,
    });
    expect(r.status).toBe(status);
    expect(r.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    const [{ n }] = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM leave_request WHERE team_id = $1',
      [team.teamId],
    );
    expect(n).toBe(0);
  });

  it("answers 404 for another team's leave and keeps it unchanged", async () => {
    const mine = await createCoveredTeam(t, { agents: 2, min: 0 });
    const theirs = await createCoveredTeam(t, { agents: 2, min: 0 });
    const other = await as(await login(t, theirs.agents[0]!.email)).post('/api/leave-requests', {
      leaveTypeId: vacation,
      startDate: '2027-04-12',
      endDate: '2027-04-12',
    });
    for (const path of [
      `/api/leave-requests/${other.body.id}`,
      `/api/leave-requests/${other.body.id}/impact`,
    ]) {
      expect((await as(mine.managerToken).get(path)).status).toBe(404);
    }
    const approve = await as(mine.managerToken).post(
      `/api/leave-requests/${other.body.id}/approve`,
      { version: 1 },
    );
    expect(approve.status).toBe(404);
    const colleague = await as(await login(t, theirs.agents[1]!.email)).post(
      `/api/leave-requests/${other.body.id}/cancel`,
      { version: 1 },
    );
    expect(colleague.status).toBe(403);
    const [row] = await t.dataSource.query(
      'SELECT status, version FROM leave_request WHERE id = $1',
      [other.body.id],
    );
    expect(row).toEqual({ status: 'pending', version: 1 });
  });

  it('sends requests to the deputy of a manager who is away, and to the admins when a team has no approver', async () => {
    const team = await createCoveredTeam(t, { agents: 3, min: 1 });
    const deputy = await createEmployee(t.dataSource, { teamId: team.teamId });
    const deputyToken = await login(t, deputy.email);
    const delegation = await as(team.managerToken).post('/api/approval-delegations', {
      deputyId: deputy.id,
      startDate: '2000-01-01',
      endDate: '2099-12-31',
    });
    expect(delegation.status).toBe(201);
    const request = await as(await login(t, team.agents[0]!.email)).post('/api/leave-requests', {
      leaveTypeId: vacation,
      startDate: '2027-05-17',
      endDate: '2027-05-17',
    });
    const inbox = await as(deputyToken).get('/api/leave-requests?inbox=true&limit=200');
    expect(inbox.body.items.map((l: { id: string }) => l.id)).toContain(request.body.id);
    expect(
      (await as(deputyToken).post(`/api/leave-requests/${request.body.id}/approve`, { version: 1 }))
        .status,
    ).toBe(200);

    const orphan = await createCoveredTeam(t, { agents: 3, min: 1 });
    await t.dataSource.query('UPDATE employee SET active = false WHERE id = $1', [
      orphan.manager.id,
    ]);
    const waiting = await as(await login(t, orphan.agents[0]!.email)).post('/api/leave-requests', {
      leaveTypeId: vacation,
      startDate: '2027-05-18',
      endDate: '2027-05-18',
    });
    const admin = await createEmployee(t.dataSource, { teamId: team.teamId, role: 'admin' });
    const adminInbox = await as(await login(t, admin.email)).get(
      `/api/leave-requests?inbox=true&teamId=${orphan.teamId}`,
    );
    expect(adminInbox.body.items.map((l: { id: string }) => l.id)).toEqual([waiting.body.id]);
  });

  it('carries unused days into the next year up to the cap, once', async () => {
    const teamId = await createTeam(t.dataSource);
    const person = await createEmployee(t.dataSource, { teamId });
    await t.dataSource.query('UPDATE employee SET carry_over_cap_days = 5 WHERE id = $1', [
      person.id,
    ]);
    const admin = await createEmployee(t.dataSource, { teamId, role: 'admin' });
    const adminToken = await login(t, admin.email);
    const first = await as(adminToken).post('/api/leave-balances/carry-over', { year: 2025 });
    expect(first.status).toBe(200);
    const again = await as(adminToken).post('/api/leave-balances/carry-over', { year: 2025 });
    expect(again.body.carried).toBe(0);
    expect(again.body.alreadyDone).toBe(first.body.employees);
    const balance = await as(adminToken).get(`/api/employees/${person.id}/leave-balance?year=2026`);
    expect(balance.body).toMatchObject({ carriedOver: 5, allowance: 26, balance: 31 });
  });

  it('limits how many people of the team, or with a skill, are away at once', async () => {
    const team = await createCoveredTeam(t, { agents: 4, min: 0 });
    const patched = await t
      .http()
      .patch(`/api/teams/${team.teamId}`)
      .set(bearer(team.managerToken))
      .send({ maxPeopleOff: 2 });
    expect(patched.status).toBe(200);
    expect(patched.body.maxPeopleOff).toBe(2);
    const tokens = await Promise.all(team.agents.map((a) => login(t, a.email)));
    const ask = (i: number) =>
      as(tokens[i]!).post('/api/leave-requests', {
        leaveTypeId: vacation,
        startDate: '2027-08-16',
        endDate: '2027-08-17',
      });
    expect((await ask(0)).status).toBe(201);
    expect((await ask(1)).status).toBe(201);
    const third = await ask(2);
    expect(third.status).toBe(409);
    expect(third.body.violations).toEqual([
      expect.objectContaining({ rule: 'max-people-off', dates: ['2027-08-16', '2027-08-17'] }),
    ]);

    const limits = await t
      .http()
      .put('/api/leave-skill-limits')
      .set(bearer(team.managerToken))
      .send({
        teamId: team.teamId,
        limits: [{ skillId: team.phone, maxPeopleOff: 1 }],
      });
    expect(limits.status).toBe(200);
    await t
      .http()
      .patch(`/api/teams/${team.teamId}`)
      .set(bearer(team.managerToken))
      .send({ maxPeopleOff: null });
    const preview = await as(tokens[3]!).post('/api/leave-requests/preview', {
      leaveTypeId: vacation,
      startDate: '2027-08-17',
      endDate: '2027-08-18',
    });
    expect(preview.body.policyViolations).toEqual([
      expect.objectContaining({
        rule: 'max-people-off-skill',
        skillId: team.phone,
        dates: ['2027-08-17'],
      }),
    ]);
  });
});
