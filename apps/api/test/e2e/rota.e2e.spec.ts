import { bearer, createEmployee, createSkill, createTeam, login } from '../factories.js';
import { createTestApp, type TestApp } from '../test-app.js';

interface Shift {
  key: string;
  employeeId: string;
  date: string;
  start: string;
  end: string;
  startLocal: string;
  endLocal: string;
  source: string;
  coverFor: string | null;
}
interface Gap {
  skillId: string | null;
  startLocal: string;
  endLocal: string;
  staffed: number;
  min: number;
}

/**
 * A small Warsaw desk: two phone agents on a night/day rotation over the spring DST change,
 * a 24/7 phone rule, and the manager's edits.
 */
describe('rota, coverage and manual edits', () => {
  let t: TestApp;
  let teamId: string;
  let token: string;
  let phone: string;
  let night: string;
  let day: string;
  let ola: string;
  let ben: string;
  let cleo: string;
  let rotationId: string;

  const api = () => ({
    get: (path: string) => t.http().get(path).set(bearer(token)),
    post: (path: string, body: object = {}) => t.http().post(path).set(bearer(token)).send(body),
  });
  const rota = async (from: string, to: string) => {
    const r = await api().get(`/api/rota?teamId=${teamId}&from=${from}&to=${to}`);
    expect(r.status).toBe(200);
    return r.body as {
      shifts: Shift[];
      coverage: { gaps: Gap[] };
      days: { date: string; holiday: string | null }[];
      cancelled: { key: string }[];
    };
  };

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.dataSource;
    teamId = await createTeam(db, { timeZone: 'Europe/Warsaw', countryCode: 'PL' });
    phone = await createSkill(db);
    const manager = await createEmployee(db, { teamId, role: 'manager', manages: [teamId] });
    token = await login(t, manager.email);
    ola = (await createEmployee(db, { teamId, name: 'Ola', skillIds: [phone] })).id;
    ben = (await createEmployee(db, { teamId, name: 'Ben', skillIds: [phone] })).id;
    cleo = (await createEmployee(db, { teamId, name: 'Cleo', skillIds: [phone] })).id;
    const types = async (code: string, startTime: string, endTime: string) =>
      (
        await api().post('/api/shift-types', {
          teamId,
          code,
          name: code,
          startTime,
          endTime,
          colour: '#123456',
        })
      ).body.id as string;
    night = await types('N', '22:00', '06:00');
    day = await types('D', '06:00', '22:00');
    const rotation = await api().post('/api/rotations', {
      teamId,
      name: 'Day and night',
      anchorDate: '2027-03-22',
      pattern: [night, day],
      members: [
        { employeeId: ola, offsetDays: 0, from: '2027-03-01' },
        { employeeId: ben, offsetDays: 1, from: '2027-03-01' },
      ],
    });
    expect(rotation.status).toBe(201);
    rotationId = rotation.body.id;
    const rule = await api().post('/api/coverage-rules', {
      teamId,
      name: 'Phone 24/7',
      skillId: phone,
      startTime: '00:00',
      endTime: '00:00',
      minHeadcount: 1,
      priority: 1,
    });
    expect(rule.status).toBe(201);
  });
  afterAll(() => t.close());

  it('expands the rotation in the team zone across the DST change: local times fixed, the night lasts 7 h', async () => {
    const view = await rota('2027-03-26', '2027-03-30');
    const benNights = view.shifts.filter((s) => s.employeeId === ben && s.date === '2027-03-27');
    expect(benNights).toHaveLength(1);
    expect(benNights[0]).toMatchObject({
      startLocal: '2027-03-27T22:00',
      endLocal: '2027-03-28T06:00',
      start: '2027-03-27T21:00:00.000Z',
      end: '2027-03-28T04:00:00.000Z',
      source: 'rotation',
    });
    // Ola's day before the change (CET, UTC+1) and her night after it (CEST, UTC+2).
    const before = view.shifts.find((s) => s.employeeId === ola && s.date === '2027-03-27')!;
    const after = view.shifts.find((s) => s.employeeId === ola && s.date === '2027-03-28')!;
    expect([before.start, after.start]).toEqual([
      '2027-03-27T05:00:00.000Z',
      '2027-03-28T20:00:00.000Z',
    ]);
    expect(view.days.find((d) => d.date === '2027-03-29')?.holiday).toBeTruthy(); // Easter Monday in Poland
    expect(view.coverage.gaps).toEqual([]);
  });

  it('opens a gap when a rotation shift is cancelled, and the cancellation survives re-expansion', async () => {
    const view = await rota('2027-04-05', '2027-04-06');
    const shift = view.shifts.find((s) => s.employeeId === ola && s.date === '2027-04-05')!;
    const cancel = await api().post(`/api/rota/shifts/${encodeURIComponent(shift.key)}/cancel`, {
      reason: 'training',
    });
    expect(cancel.status).toBe(204);

    // The gap is clipped to the window asked for.
    for (const [from, to, end] of [
      ['2027-04-05', '2027-04-06', '2027-04-06T00:00'],
      ['2027-04-01', '2027-04-10', shift.endLocal],
    ] as const) {
      const after = await rota(from, to);
      expect(after.shifts.some((s) => s.key === shift.key)).toBe(false);
      expect(after.cancelled.map((c) => c.key)).toContain(shift.key);
      const gap = after.coverage.gaps.find((g) => g.startLocal.startsWith('2027-04-05'))!;
      expect(gap).toMatchObject({
        skillId: phone,
        staffed: 0,
        min: 1,
        startLocal: shift.startLocal,
        endLocal: end,
      });
    }

    // A later edit of the rotation itself does not bring the cancelled shift back.
    expect(
      (
        await t
          .http()
          .patch(`/api/rotations/${rotationId}`)
          .set(bearer(token))
          .send({ name: 'Renamed' })
      ).status,
    ).toBe(200);
    expect((await rota('2027-04-05', '2027-04-06')).shifts.some((s) => s.key === shift.key)).toBe(
      false,
    );
  });

  it('lets a colleague cover a rotation shift, which fills the gap and marks who is covered', async () => {
    const view = await rota('2027-04-07', '2027-04-08');
    const original = view.shifts.find((s) => s.employeeId === ben && s.date === '2027-04-07')!;
    const cover = await api().post('/api/assignments', {
      employeeId: cleo,
      shiftTypeId: original.key.split(':')[3],
      date: '2027-04-07',
      replacesKey: original.key,
      coverForEmployeeId: ben,
    });
    expect(cover.status).toBe(201);
    const after = await rota('2027-04-07', '2027-04-08');
    expect(after.shifts.some((s) => s.key === original.key)).toBe(false);
    expect(after.shifts.find((s) => s.employeeId === cleo)).toMatchObject({
      coverFor: ben,
      source: 'manual',
      startLocal: original.startLocal,
    });
    expect(after.coverage.gaps).toEqual([]);
  });

  it('refuses a shift that overlaps one the person already works', async () => {
    const view = await rota('2027-04-12', '2027-04-13');
    const olaShift = view.shifts.find((s) => s.employeeId === ola)!;
    const clash = await api().post('/api/assignments', {
      employeeId: ola,
      shiftTypeId: day,
      date: olaShift.date,
    });
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('ASSIGNMENT_OVERLAP');
  });

  it('answers with an ETag and 304 until something changes', async () => {
    const path = `/api/coverage?teamId=${teamId}&from=2027-05-03&to=2027-05-10`;
    const first = await api().get(path);
    expect(first.status).toBe(200);
    expect(first.body.rows.length).toBeGreaterThan(0);
    const again = await t
      .http()
      .get(path)
      .set(bearer(token))
      .set('If-None-Match', String(first.headers.etag));
    expect(again.status).toBe(304);
    await api().post('/api/coverage-rules', {
      teamId,
      name: 'More phones',
      skillId: phone,
      startTime: '09:00',
      endTime: '17:00',
      minHeadcount: 2,
    });
    const changed = await t
      .http()
      .get(path)
      .set(bearer(token))
      .set('If-None-Match', String(first.headers.etag));
    expect(changed.status).toBe(200);
    expect(changed.body.gaps.length).toBeGreaterThan(0);
  });

  it.each([
    ['INTERVAL=0', { recurrence: 'FREQ=DAILY;INTERVAL=0' }, 'recurrence'],
    [
      'COUNT with UNTIL',
      { recurrence: 'FREQ=DAILY;COUNT=3;UNTIL=20270101T000000Z', validFrom: '2027-01-01' },
      'recurrence',
    ],
    ['an hourly rule', { recurrence: 'FREQ=HOURLY' }, 'recurrence'],
    ['an injected line', { recurrence: 'FREQ=DAILY\nDTSTART:20270101T000000Z' }, 'recurrence'],
    ['an unknown property', { recurrence: 'FREQ=DAILY;BYFOO=1' }, 'recurrence'],
    ['ideal below min', { minHeadcount: 3, idealHeadcount: 2 }, 'idealHeadcount'],
    ['validity backwards', { validFrom: '2027-05-01', validTo: '2027-04-01' }, 'validTo'],
    ['an impossible date', { validFrom: '2027-02-29' }, 'validFrom'],
  ])('refuses a coverage rule with %s quickly, naming the field', async (_label, patch, field) => {
    const started = Date.now();
    const r = await api().post('/api/coverage-rules', {
      teamId,
      name: 'Bad',
      skillId: phone,
      startTime: '08:00',
      endTime: '16:00',
      minHeadcount: 1,
      ...patch,
    });
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it.each([
    ['to before from', 'from=2027-05-10&to=2027-05-01', 'to'],
    ['a non-date', 'from=2027-13-01&to=2027-05-01', 'from'],
    ['a window that is too long', 'from=2027-01-01&to=2028-12-31', 'to'],
    ['a missing team', 'from=2027-01-01&to=2027-01-08', 'teamId'],
  ])('refuses a rota window with %s', async (_label, query, field) => {
    const path =
      query.includes('teamId') || field === 'teamId'
        ? `/api/rota?${query}`
        : `/api/rota?teamId=${teamId}&${query}`;
    const r = await api().get(path);
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it("hides another team's rota and refuses rotation members from another team", async () => {
    const otherTeam = await createTeam(t.dataSource);
    const outsider = await createEmployee(t.dataSource, { teamId: otherTeam });
    expect(
      (await api().get(`/api/rota?teamId=${otherTeam}&from=2027-01-01&to=2027-01-08`)).status,
    ).toBe(404);
    const join = await api().post(`/api/rotations/${rotationId}/members`, {
      employeeId: outsider.id,
      from: '2027-06-01',
    });
    expect(join.status).toBe(400);
    expect(join.body.errors).toEqual([
      { field: 'employeeId', reason: `employee ${outsider.id} is not in this team` },
    ]);
  });

  it('lets members leave at a date without rewriting their past shifts', async () => {
    const rotation = (await api().get(`/api/rotations/${rotationId}`)).body;
    const member = rotation.members.find((m: { employeeId: string }) => m.employeeId === ben);
    const left = await api().post(`/api/rotations/${rotationId}/members/${member.id}/leave`, {
      date: '2027-06-01',
    });
    expect(left.status).toBe(200);
    const view = await rota('2027-05-30', '2027-06-03');
    const benDates = view.shifts.filter((s) => s.employeeId === ben).map((s) => s.date);
    expect(benDates.length).toBeGreaterThan(0);
    expect(benDates.every((d) => d < '2027-06-01')).toBe(true);
    const rejoin = await api().post(`/api/rotations/${rotationId}/members`, {
      employeeId: ben,
      from: '2027-05-15',
    });
    expect(rejoin.status).toBe(400);
    expect(rejoin.body.errors[0].field).toBe('from');
  });

  it('takes a deactivated employee out of future rotation shifts, keeping their past ones', async () => {
    const dana = (await createEmployee(t.dataSource, { teamId, name: 'Dana', skillIds: [phone] }))
      .id;
    const joined = await api().post(`/api/rotations/${rotationId}/members`, {
      employeeId: dana,
      offsetDays: 0,
      from: '2020-01-06',
    });
    expect(joined.status).toBe(201);
    const deactivated = await t.http().delete(`/api/employees/${dana}`).set(bearer(token));
    expect(deactivated.status).toBe(200);
    const rotation = (await api().get(`/api/rotations/${rotationId}`)).body;
    const membership = rotation.members.find((m: { employeeId: string }) => m.employeeId === dana);
    expect(membership.to).not.toBeNull();
    expect(membership.from).toBe('2020-01-06');
  });

  it('refuses to delete a shift type that a rotation still uses', async () => {
    const r = await t.http().delete(`/api/shift-types/${night}`).set(bearer(token));
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('IN_USE');
    expect(r.body.rotations).toEqual(['Renamed']);
  });
});
