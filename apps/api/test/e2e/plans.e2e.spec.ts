import type { DataSource } from 'typeorm';
import {
  bearer,
  createEmployee,
  createSkill,
  createTeam,
  leaveTypeId,
  login,
  type TestEmployee,
} from '../factories.js';
import { createTestApp, type TestApp } from '../test-app.js';
import { PlanService } from '../../src/modules/plans/plan.service.js';

/**
 * A team of phone agents on a day shift (08:00–16:00) with a coverage rule asking for `min` of
 * them; the first `onRotation` agents follow `pattern` (true = a day shift), agent i offset by i.
 */
async function dayShiftTeam(
  db: DataSource,
  t: TestApp,
  o: { names: string[]; pattern: boolean[]; onRotation: number; min: number },
) {
  const teamId = await createTeam(db, { timeZone: 'Europe/Warsaw', countryCode: 'PL' });
  const phone = await createSkill(db);
  const manager = await createEmployee(db, { teamId, role: 'manager', manages: [teamId] });
  const agents: TestEmployee[] = [];
  for (const name of o.names)
    agents.push(await createEmployee(db, { teamId, skillIds: [phone], name }));
  const [day] = (await db.query(
    `INSERT INTO shift_type (team_id, code, name, start_time, end_time, colour)
     VALUES ($1, 'D', 'Day', '08:00', '16:00', '#336699') RETURNING id`,
    [teamId],
  )) as [{ id: string }];
  const [rotation] = (await db.query(
    `INSERT INTO rotation (team_id, name, anchor_date, pattern) VALUES ($1, 'Days', '2027-01-04', $2) RETURNING id`,
    [teamId, JSON.stringify(o.pattern.map((works) => (works ? day.id : null)))],
  )) as [{ id: string }];
  for (const [i, agent] of agents.slice(0, o.onRotation).entries()) {
    await db.query(
      `INSERT INTO rotation_member (rotation_id, employee_id, offset_days, period) VALUES ($1, $2, $3, daterange('2027-01-01', NULL))`,
      [rotation.id, agent.id, i],
    );
  }
  await db.query(
    `INSERT INTO coverage_rule (team_id, name, skill_id, start_time, end_time, recurrence, min_headcount, ideal_headcount)
     VALUES ($1, 'Phones in the day', $2, '08:00', '16:00', 'FREQ=DAILY', $3, $3)`,
    [teamId, phone, o.min],
  );
  return { teamId, phone, day: day.id, manager, agents, token: await login(t, manager.email) };
}

/**
 * Five phone agents on a D D D – – rotation (three on the day shift every day, the minimum),
 * so any absence opens a gap that one of the two people off that day can fill.
 */
function rotaTeam(db: DataSource, t: TestApp, min = 3) {
  return dayShiftTeam(db, t, {
    names: [0, 1, 2, 3, 4].map((i) => `Agent ${i}`),
    pattern: [true, true, true, false, false],
    onRotation: 5,
    min,
  });
}

async function approvedLeave(
  db: DataSource,
  employee: TestEmployee,
  teamId: string,
  from: string,
  to: string,
) {
  await db.query(
    `INSERT INTO leave_request (employee_id, team_id, leave_type_id, dates, status, days, requested_by)
     VALUES ($1, $2, $3, daterange($4::date, $5::date, '[]'), 'approved', 1, $1)`,
    [employee.id, teamId, await leaveTypeId(db, 'vacation'), from, to],
  );
}

describe('plans: solver runs as jobs', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const waitFor = async (
    id: string,
    token: string,
    statuses = ['succeeded', 'failed', 'cancelled'],
  ) => {
    for (let i = 0; i < 240; i++) {
      const res = await t.http().get(`/api/plans/${id}`).set(bearer(token));
      if (statuses.includes(res.body.status)) return res;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`plan ${id} did not finish`);
  };

  /** Runs a plan to its end: the answer to GET /api/plans/:id. */
  const runPlan = async (
    team: { teamId: string; token: string },
    from: string,
    to: string,
    mode: 'build' | 'repair' = 'repair',
  ) => {
    const created = await t
      .http()
      .post('/api/plans')
      .set(bearer(team.token))
      .send({ teamId: team.teamId, from, to, mode, timeLimitSeconds: 10 });
    expect(created.status).toBe(202);
    return waitFor(created.body.id, team.token);
  };

  it('repairs the gaps an approved leave opened, explains each choice, and publishes them', async () => {
    const team = await rotaTeam(t.dataSource, t);
    const anna = team.agents[0]!;
    // Anna (offset 0) works 2027-03-01 … 03 (the cycle started 2027-01-04, 56 days before).
    await approvedLeave(t.dataSource, anna, team.teamId, '2027-03-01', '2027-03-02');

    const created = await t.http().post('/api/plans').set(bearer(team.token)).send({
      teamId: team.teamId,
      from: '2027-03-01',
      to: '2027-03-07',
      mode: 'repair',
      timeLimitSeconds: 10,
    });
    expect(created.status).toBe(202);
    expect(created.body).toMatchObject({ status: 'queued', mode: 'repair', stale: false });

    const done = await waitFor(created.body.id, team.token);
    expect(done.body.error).toBeNull();
    expect(done.body.status).toBe('succeeded');
    expect(done.body.progress.length).toBeGreaterThan(0);
    const result = done.body.result;
    expect(result.hardViolations).toBe(0);
    expect(result.gapsBefore).toBe(2);
    expect(result.gapsAfter).toBe(0);
    expect(result.removed).toEqual([]);
    expect(result.added).toHaveLength(2);
    for (const a of result.added) {
      expect(a).toMatchObject({
        coverForEmployeeId: anna.id,
        coverForName: 'Agent 0',
        shiftTypeName: 'Day',
      });
      expect(['2027-03-01', '2027-03-02']).toContain(a.date);
      expect(a.employeeId).not.toBe(anna.id);
      expect(a.why.length).toBeGreaterThan(0);
      expect(a.why.join(' ')).not.toMatch(/\bday \d+\b/);
    }

    // Progress as server-sent events (EventSource sends the token in the query).
    const stream = await t
      .http()
      .get(`/api/plans/${created.body.id}/events?access_token=${team.token}`)
      .buffer(true)
      .parse((res, cb) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => cb(null, text));
      });
    expect(stream.headers['content-type']).toMatch(/text\/event-stream/);
    expect(stream.body).toMatch(/event: progress\nid: \d+\ndata: \{"elapsedMs"/);
    expect(stream.body).toMatch(/event: status\nid: \d+\ndata: \{.*"status":"succeeded"/);

    const published = await t
      .http()
      .post(`/api/plans/${created.body.id}/publish`)
      .set(bearer(team.token));
    expect(published.status).toBe(200);
    expect(published.body.status).toBe('published');

    const rota = await t
      .http()
      .get(`/api/rota?teamId=${team.teamId}&from=2027-03-01&to=2027-03-03`)
      .set(bearer(team.token));
    const covers = rota.body.shifts.filter(
      (s: { coverFor: string | null }) => s.coverFor === anna.id,
    );
    expect(covers).toHaveLength(2);
    const coverage = await t
      .http()
      .get(`/api/coverage?teamId=${team.teamId}&from=2027-03-01&to=2027-03-03`)
      .set(bearer(team.token));
    expect(coverage.body.gaps).toEqual([]);

    // Published once only.
    const again = await t
      .http()
      .post(`/api/plans/${created.body.id}/publish`)
      .set(bearer(team.token));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('PLAN_NOT_READY');

    // The ledger counts the cover duties.
    const fairness = await t
      .http()
      .get(`/api/fairness?teamId=${team.teamId}&from=2027-03-01&to=2027-03-31`)
      .set(bearer(team.token));
    expect(fairness.status).toBe(200);
    const substitute = fairness.body.employees.find(
      (e: { employeeId: string }) => e.employeeId === result.added[0].employeeId,
    );
    expect(substitute.totals.cover).toBe(1);
    expect(fairness.body.employees).toHaveLength(5); // the manager works no shifts
    expect(fairness.body.fairShare.cover).toBe(0.4);
    expect(fairness.body.spread.cover).toMatchObject({ min: 0, max: 1 });
  });

  it.each([
    [2, 3],
    [3, 2],
  ])(
    'gives the cover duty to the person with fewer cover duties in the ledger (agent %i has three)',
    async (busy, expected) => {
      const team = await rotaTeam(t.dataSource, t);
      const anna = team.agents[0]!;
      // Agents 2 and 3 are both off on 2027-03-01; one of them covered three times in February.
      for (const date of ['2027-02-01', '2027-02-02', '2027-02-03']) {
        await t.dataSource.query(
          `INSERT INTO assignment (team_id, employee_id, shift_type_id, roster_date, starts_at, ends_at, source, cover_for_employee_id)
           VALUES ($1, $2, $3, $4::date, ($4::date + time '08:00') AT TIME ZONE 'Europe/Warsaw',
                   ($4::date + time '16:00') AT TIME ZONE 'Europe/Warsaw', 'solver', $5)`,
          [team.teamId, team.agents[busy]!.id, team.day, date, anna.id],
        );
      }
      await approvedLeave(t.dataSource, anna, team.teamId, '2027-03-01', '2027-03-01');
      const done = await runPlan(team, '2027-03-01', '2027-03-01', 'repair');
      expect(done.body.error).toBeNull();
      expect(done.body.result.added.map((a: { employeeName: string }) => a.employeeName)).toEqual([
        `Agent ${expected}`,
      ]);
      expect(done.body.result.added[0].why.join(' ')).toMatch(/cover duties/);
    },
  );

  it("honours a person's monthly maximum of cover duties over the fair share", async () => {
    const team = await rotaTeam(t.dataSource, t);
    const anna = team.agents[0]!;
    const cover = async (who: TestEmployee, date: string) =>
      t.dataSource.query(
        `INSERT INTO assignment (team_id, employee_id, shift_type_id, roster_date, starts_at, ends_at, source, cover_for_employee_id)
         VALUES ($1, $2, $3, $4::date, ($4::date + time '08:00') AT TIME ZONE 'Europe/Warsaw',
                 ($4::date + time '16:00') AT TIME ZONE 'Europe/Warsaw', 'solver', $5)`,
        [team.teamId, who.id, team.day, date, anna.id],
      );
    // Agents 2 and 3 are off on 2027-03-16. Agent 2 covered three times in February, agent 3
    // once this month — and agent 3 said one a month is their most.
    for (const date of ['2027-02-01', '2027-02-02', '2027-02-03'])
      await cover(team.agents[2]!, date);
    await cover(team.agents[3]!, '2027-03-04');
    await t.dataSource.query('UPDATE employee SET max_cover_duties_per_month = 1 WHERE id = $1', [
      team.agents[3]!.id,
    ]);
    await approvedLeave(t.dataSource, anna, team.teamId, '2027-03-16', '2027-03-16');
    const done = await runPlan(team, '2027-03-16', '2027-03-16', 'repair');
    expect(done.body.result.added.map((a: { employeeName: string }) => a.employeeName)).toEqual([
      'Agent 2',
    ]);
  });

  it('keeps within the monthly cover maximum a person set, even inside one plan', async () => {
    const db = t.dataSource;
    // Anna works the day shift every day; Ben and Cleo are on no rotation, free to cover.
    const { teamId, token, agents } = await dayShiftTeam(db, t, {
      names: ['Anna', 'Ben', 'Cleo'],
      pattern: [true],
      onRotation: 1,
      min: 1,
    });
    const [anna, ...floaters] = agents as [TestEmployee, TestEmployee, TestEmployee];
    await approvedLeave(db, anna, teamId, '2027-03-16', '2027-03-17');
    let notes: string[] = [];
    const mostCoversByOne = async () => {
      const done = await runPlan({ teamId, token }, '2027-03-16', '2027-03-17', 'repair');
      const { added } = done.body.result;
      expect(added).toHaveLength(2);
      notes = done.body.result.notes;
      return Math.max(
        ...floaters.map(
          (f) => added.filter((a: { employeeId: string }) => a.employeeId === f.id).length,
        ),
      );
    };
    // One substitute for the whole absence…
    expect(await mostCoversByOne()).toBe(2);
    // …unless they said one cover duty a month is their most.
    await db.query('UPDATE employee SET max_cover_duties_per_month = 1 WHERE id = ANY($1)', [
      floaters.map((f) => f.id),
    ]);
    expect(await mostCoversByOne()).toBe(1);
    expect(notes.join(' ')).not.toMatch(/would rather not/);
    // When nobody is under their maximum the gaps are still filled, and the plan says so.
    await db.query('UPDATE employee SET max_cover_duties_per_month = 0 WHERE id = ANY($1)', [
      floaters.map((f) => f.id),
    ]);
    expect(await mostCoversByOne()).toBe(2);
    expect(notes).toContainEqual(
      expect.stringMatching(
        /works 2 cover duties in March 2027, would rather not work more than 0/,
      ),
    );
  });

  it('keeps to per-type and total shift maxima set in the contract', async () => {
    const team = await rotaTeam(t.dataSource, t);
    const [agent2, agent3] = [team.agents[2]!, team.agents[3]!];
    const contract = async (who: TestEmployee, body: object) => {
      const res = await t
        .http()
        .patch(`/api/employees/${who.id}`)
        .set(bearer(team.token))
        .send({ contract: body });
      expect(res.status).toBe(200);
      return res.body.contract;
    };
    // Agents 2 and 3 are off on 2027-03-16; agent 2 may work no more Day shifts than the
    // rotation already gives them.
    expect(
      await contract(agent2, { maxShiftsPerType: [{ shiftTypeId: team.day, maxPerPeriod: 0 }] }),
    ).toMatchObject({
      maxShiftsPerType: [{ shiftTypeId: team.day, maxPerPeriod: 0 }],
      minConsecutiveDays: 1,
      minConsecutiveDaysOff: 1,
    });
    await approvedLeave(t.dataSource, team.agents[0]!, team.teamId, '2027-03-16', '2027-03-16');
    const covers = async () =>
      (await runPlan(team, '2027-03-16', '2027-03-16', 'repair')).body.result.added.map(
        (a: { employeeName: string }) => a.employeeName,
      );
    expect(await covers()).toEqual(['Agent 3']);
    // Now agent 3 is at their total maximum, and agent 2 is free again.
    await contract(agent2, { maxShiftsPerType: [] });
    await contract(agent3, { maxShiftsPerPeriod: 0 });
    expect(await covers()).toEqual(['Agent 2']);
  });

  it('never puts a shift type right after one it may not follow', async () => {
    const db = t.dataSource;
    const teamId = await createTeam(db, { timeZone: 'Europe/Warsaw', countryCode: 'PL' });
    const phone = await createSkill(db);
    const manager = await createEmployee(db, { teamId, role: 'manager', manages: [teamId] });
    const token = await login(t, manager.email);
    const agents: TestEmployee[] = [];
    for (const name of ['Ada', 'Ben', 'Cleo']) {
      agents.push(await createEmployee(db, { teamId, skillIds: [phone], name }));
    }
    const shiftType = async (code: string, name: string, startTime: string, endTime: string) => {
      const res = await t
        .http()
        .post('/api/shift-types')
        .set(bearer(token))
        .send({
          teamId,
          code,
          name,
          startTime,
          endTime,
          colour: '#336699',
          requiredSkillIds: [phone],
        });
      expect(res.status).toBe(201);
      await db.query(
        `INSERT INTO coverage_rule (team_id, name, skill_id, start_time, end_time, recurrence, min_headcount, ideal_headcount)
         VALUES ($1, $2, $3, $4, $5, 'FREQ=DAILY', 1, 1)`,
        [teamId, name, phone, startTime, endTime],
      );
      return res.body.id as string;
    };
    const early = await shiftType('E', 'Early', '06:00', '14:00');
    const night = await shiftType('N', 'Night', '22:00', '06:00');
    // Ada would like the night of 1 March and the early of 2 March, and her contract allows
    // no rest between them; only the team's rule stands in the way.
    const ada = agents[0]!;
    await t
      .http()
      .patch(`/api/employees/${ada.id}`)
      .set(bearer(token))
      .send({ contract: { minRestHours: 0 } })
      .expect(200);
    await db.query(
      `INSERT INTO employee_preference (employee_id, wish, date, shift_type_id, weight)
       VALUES ($1, 'prefer', '2027-03-01', $2, 10), ($1, 'prefer', '2027-03-02', $3, 10)`,
      [ada.id, night, early],
    );
    const rule = async (cannotBeFollowedBy: string[]) => {
      const res = await t
        .http()
        .patch(`/api/shift-types/${night}`)
        .set(bearer(token))
        .send({ cannotBeFollowedBy });
      expect(res.status).toBe(200);
      expect(res.body.cannotBeFollowedBy).toEqual(cannotBeFollowedBy);
    };
    const adasShifts = async () => {
      const done = await runPlan({ teamId, token }, '2027-03-01', '2027-03-02', 'build');
      // Every shift is staffed; the small hours of 1 March belong to the night of 28 February,
      // before the plan, and stay a coverage gap.
      expect(done.body.result).toMatchObject({ hardViolations: 0, gaps: [], gapsAfter: 1 });
      return done.body.result.added
        .filter((a: { employeeId: string }) => a.employeeId === ada.id)
        .map((a: { date: string; shiftTypeName: string }) => `${a.date} ${a.shiftTypeName}`)
        .sort();
    };
    await rule([early]);
    const ruled = await adasShifts();
    expect(ruled).not.toEqual(['2027-03-01 Night', '2027-03-02 Early']);
    expect(ruled.length).toBeGreaterThan(0);
    await rule([]);
    expect(await adasShifts()).toEqual(['2027-03-01 Night', '2027-03-02 Early']);

    // A shift type of another team cannot be named.
    const other = await rotaTeam(db, t);
    const bad = await t
      .http()
      .patch(`/api/shift-types/${night}`)
      .set(bearer(token))
      .send({ cannotBeFollowedBy: [early, other.day] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'cannotBeFollowedBy.1' })]);
    const stored = await t.http().get(`/api/shift-types/${night}`).set(bearer(token));
    expect(stored.body.cannotBeFollowedBy).toEqual([]);
  });

  it('refuses contract rules that contradict each other, naming the field', async () => {
    const team = await rotaTeam(t.dataSource, t);
    const other = await rotaTeam(t.dataSource, t);
    const agent = team.agents[1]!;
    const patch = (contract: object) =>
      t.http().patch(`/api/employees/${agent.id}`).set(bearer(team.token)).send({ contract });
    const fields = (res: { body: { errors?: { field: string }[] } }) =>
      (res.body.errors ?? []).map((e) => e.field).sort();

    let res = await patch({ minConsecutiveDays: 4, maxConsecutiveDays: 3 });
    expect(res.status).toBe(400);
    expect(fields(res)).toEqual(['contract.minConsecutiveDays']);
    res = await patch({ minConsecutiveDaysOff: 0 });
    expect(res.status).toBe(400);
    expect(fields(res)).toEqual(['contract.minConsecutiveDaysOff']);
    res = await patch({
      maxShiftsPerType: [
        { shiftTypeId: team.day, maxPerPeriod: 4 },
        { shiftTypeId: team.day, maxPerPeriod: 5 },
        { shiftTypeId: other.day, maxPerPeriod: 5 },
      ],
    });
    expect(res.status).toBe(400);
    expect(fields(res)).toEqual([
      'contract.maxShiftsPerType.1.shiftTypeId',
      'contract.maxShiftsPerType.2.shiftTypeId',
    ]);
    res = await patch({ maxShiftsPerType: [{ shiftTypeId: team.day, maxPerPeriod: -1 }] });
    expect(res.status).toBe(400);
    expect(fields(res)[0]).toMatch(/^contract\.maxShiftsPerType\.0\.maxPerPeriod/);

    // Nothing was written; a valid change is kept.
    const [row] = await t.dataSource.query(
      `SELECT min_consecutive_days, (SELECT count(*)::int FROM employee_shift_limit WHERE employee_id = $1) AS limits
         FROM employee WHERE id = $1`,
      [agent.id],
    );
    expect(row).toEqual({ min_consecutive_days: 1, limits: 0 });
    res = await patch({
      minConsecutiveDays: 2,
      minConsecutiveDaysOff: 2,
      maxShiftsPerType: [{ shiftTypeId: team.day, maxPerPeriod: 12 }],
    });
    expect(res.status).toBe(200);
    expect(res.body.contract).toMatchObject({
      minConsecutiveDays: 2,
      minConsecutiveDaysOff: 2,
      maxShiftsPerType: [{ shiftTypeId: team.day, maxPerPeriod: 12 }],
    });
  });

  it("uses the team's own solver weights, validated field by field", async () => {
    const team = await rotaTeam(t.dataSource, t);
    const patch = (body: object) =>
      t.http().patch(`/api/teams/${team.teamId}`).set(bearer(team.token)).send(body);
    const bad = await patch({ solverWeights: { belowIdeal: -1, stability: 'high' } });
    expect(bad.status).toBe(400);
    expect([...new Set(bad.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual([
      'solverWeights.belowIdeal',
      'solverWeights.stability',
    ]);
    expect((await patch({ solverWeights: { surprise: 1 } })).status).toBe(400);
    // A team that does not mind gaps: the repair leaves the rota alone.
    const ok = await patch({ solverWeights: { belowMinimum: 0, belowIdeal: 0 } });
    expect(ok.status).toBe(200);
    expect(ok.body.solverWeights).toEqual({ belowMinimum: 0, belowIdeal: 0 });
    await approvedLeave(t.dataSource, team.agents[0]!, team.teamId, '2027-03-01', '2027-03-01');
    const run = async () => {
      return (await runPlan(team, '2027-03-01', '2027-03-01', 'repair')).body.result;
    };
    expect((await run()).added).toEqual([]);
    await patch({ solverWeights: {} });
    expect((await run()).added).toHaveLength(1);
  });

  it('proposes substitutes for each gap in the leave preview', async () => {
    const team = await rotaTeam(t.dataSource, t);
    const anna = team.agents[0]!;
    const preview = await t
      .http()
      .post('/api/leave-requests/preview?substitutes=true')
      .set(bearer(await login(t, anna.email)))
      .send({
        leaveTypeId: await leaveTypeId(t.dataSource, 'vacation'),
        startDate: '2027-03-01',
        endDate: '2027-03-02',
      });
    expect(preview.status).toBe(200);
    expect(preview.body.gaps).toHaveLength(2);
    for (const gap of preview.body.gaps) {
      expect(gap.substitutes.length).toBeGreaterThan(0);
      const [best] = gap.substitutes;
      expect(best.employeeId).not.toBe(anna.id);
      expect(best.employeeName).toMatch(/^Agent [1-4]$/);
      expect(best.why.length).toBeGreaterThan(0);
    }
    // Nothing was written by a preview.
    const plans = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM assignment WHERE team_id = $1',
      [team.teamId],
    );
    expect(plans).toEqual([{ n: 0 }]);
  });

  it('refuses to publish a plan whose rota changed since (409 PLAN_STALE) and applies nothing', async () => {
    const team = await rotaTeam(t.dataSource, t);
    await approvedLeave(t.dataSource, team.agents[1]!, team.teamId, '2027-03-02', '2027-03-02');
    const created = await runPlan(team, '2027-03-01', '2027-03-03');
    // Meanwhile someone else changes the rota.
    await approvedLeave(t.dataSource, team.agents[2]!, team.teamId, '2027-03-03', '2027-03-03');
    const read = await t.http().get(`/api/plans/${created.body.id}`).set(bearer(team.token));
    expect(read.body.stale).toBe(true);
    const before = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM assignment WHERE team_id = $1',
      [team.teamId],
    );
    const res = await t
      .http()
      .post(`/api/plans/${created.body.id}/publish`)
      .set(bearer(team.token));
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('PLAN_STALE');
    const after = await t.dataSource.query(
      'SELECT count(*)::int AS n FROM assignment WHERE team_id = $1',
      [team.teamId],
    );
    expect(after).toEqual(before);
  });

  it('reports unfillable demand as gaps with the rule that blocked each candidate', async () => {
    const team = await rotaTeam(t.dataSource, t, 6); // six wanted, five people exist
    await approvedLeave(t.dataSource, team.agents[4]!, team.teamId, '2027-03-01', '2027-03-01');
    const done = await runPlan(team, '2027-03-01', '2027-03-02', 'build');
    expect(done.body.status).toBe('succeeded');
    const { gaps, hardViolations } = done.body.result;
    expect(hardViolations).toBe(0);
    expect(gaps.map((g: { date: string }) => g.date)).toEqual(['2027-03-01', '2027-03-02']);
    expect(gaps[0]).toMatchObject({ shiftTypeName: 'Day', missing: 2 });
    expect(gaps[1]).toMatchObject({ shiftTypeName: 'Day', missing: 1 });
    expect(gaps[0].candidates).toEqual([
      expect.objectContaining({
        employeeName: 'Agent 4',
        rule: 'notOnLeave',
        reason: 'Agent 4 is on leave or unavailable',
      }),
    ]);
  });

  it('cancels a running plan, and marks a plan whose worker died as failed', async () => {
    const team = await rotaTeam(t.dataSource, t);
    const created = await t.http().post('/api/plans').set(bearer(team.token)).send({
      teamId: team.teamId,
      from: '2027-03-01',
      to: '2027-05-31',
      mode: 'build',
      timeLimitSeconds: 60,
    });
    const cancelled = await t
      .http()
      .post(`/api/plans/${created.body.id}/cancel`)
      .set(bearer(team.token));
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    const publish = await t
      .http()
      .post(`/api/plans/${created.body.id}/publish`)
      .set(bearer(team.token));
    expect(publish.body.code).toBe('PLAN_NOT_READY');

    // A plan left running by a worker that stopped sending heartbeats.
    const [row] = (await t.dataSource.query(
      `INSERT INTO plan (team_id, mode, from_date, to_date, time_limit_seconds, status, base_plan_version, started_at, heartbeat_at)
       VALUES ($1, 'repair', '2027-03-01', '2027-03-02', 30, 'running', 1, now() - interval '10 minutes', now() - interval '10 minutes')
       RETURNING id`,
      [team.teamId],
    )) as [{ id: string }];
    expect(await t.app.get(PlanService).sweep()).toContain(row.id);
    const failed = await t.http().get(`/api/plans/${row.id}`).set(bearer(team.token));
    expect(failed.body).toMatchObject({ status: 'failed', result: null });
    expect(failed.body.error).toMatch(/stopped/);
  });

  it('refuses bad requests with the field at fault and writes nothing', async () => {
    const team = await rotaTeam(t.dataSource, t);
    const count = () =>
      t.dataSource.query('SELECT count(*)::int AS n FROM plan WHERE team_id = $1', [team.teamId]);
    const before = await count();
    const post = (body: object, token = team.token) =>
      t.http().post('/api/plans').set(bearer(token)).send(body);
    const ok = {
      teamId: team.teamId,
      from: '2027-03-01',
      to: '2027-03-07',
      mode: 'repair',
      timeLimitSeconds: 5,
    };
    const cases: [object, string][] = [
      [{ ...ok, to: '2027-02-01' }, 'to'],
      [{ ...ok, to: '2027-12-31' }, 'to'],
      [{ ...ok, mode: 'guess' }, 'mode'],
      [{ ...ok, timeLimitSeconds: 0 }, 'timeLimitSeconds'],
      [{ ...ok, timeLimitSeconds: 'soon' }, 'timeLimitSeconds'],
      [{ ...ok, from: '2027-02-30' }, 'from'],
      [{ ...ok, teamId: 'nope' }, 'teamId'],
    ];
    for (const [body, field] of cases) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const employee = await post(ok, await login(t, team.agents[0]!.email));
    expect(employee.status).toBe(403);
    const otherTeam = await createTeam(t.dataSource, {
      timeZone: 'Europe/Warsaw',
      countryCode: 'PL',
    });
    expect((await post({ ...ok, teamId: otherTeam })).status).toBe(404);
    expect(await count()).toEqual(before);
    expect(
      (await t.http().get(`/api/plans/${crypto.randomUUID()}`).set(bearer(team.token))).status,
    ).toBe(404);
  });
});
