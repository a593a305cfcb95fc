import ICAL from 'ical.js';
import {
  bearer,
  createEmployee,
  createSkill,
  createTeam,
  leaveTypeId,
  login,
} from '../factories.js';
import { createTestApp, type TestApp } from '../test-app.js';

interface ParsedEvent {
  uid: string;
  summary: string;
  start: number;
  end: number;
  allDay: boolean;
  startDate: string;
  endDate: string;
  sequence: number;
}

/** Parses a feed with ical.js (an independent parser), resolving times through its VTIMEZONEs. */
function parse(text: string): { events: ParsedEvent[]; tzids: string[] } {
  const component = new ICAL.Component(ICAL.parse(text));
  for (const tz of component.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  }
  const events = component.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().getTime(),
      end: event.endDate.toJSDate().getTime(),
      allDay: event.startDate.isDate,
      startDate: event.startDate.toString().slice(0, 10),
      endDate: event.endDate.toString().slice(0, 10),
      sequence: Number(v.getFirstPropertyValue('sequence') ?? 0),
    };
  });
  return {
    events,
    tzids: component
      .getAllSubcomponents('vtimezone')
      .map((tz) => String(tz.getFirstPropertyValue('tzid'))),
  };
}

describe('calendar subscriptions', () => {
  let t: TestApp;
  let teamId: string;
  let managerToken: string;
  let ola: { id: string; email: string };
  let ben: { id: string; email: string };
  let olaToken: string;
  let nightType: string;

  beforeAll(async () => {
    // The feed window is 60 days back and 12 months ahead of "now": pinned to take in 2027's DST changes.
    t = await createTestApp({}, { now: new Date('2027-02-01T09:00:00Z') });
    const db = t.dataSource;
    teamId = await createTeam(db, { name: `Warsaw desk ${Date.now()}`, timeZone: 'Europe/Warsaw' });
    const phone = await createSkill(db);
    const manager = await createEmployee(db, { teamId, role: 'manager', manages: [teamId] });
    managerToken = await login(t, manager.email);
    ola = await createEmployee(db, { teamId, name: 'Ola Nowak', skillIds: [phone] });
    ben = await createEmployee(db, {
      teamId,
      name: 'Ben Evil\r\nATTENDEE:mailto:x@example.com',
      skillIds: [phone],
    });
    olaToken = await login(t, ola.email);
    const api = (path: string, body: object) =>
      t.http().post(path).set(bearer(managerToken)).send(body);
    nightType = (
      await api('/api/shift-types', {
        teamId,
        code: 'N',
        name: 'Night',
        startTime: '22:00',
        endTime: '06:00',
        colour: '#223344',
      })
    ).body.id;
    const day = (
      await api('/api/shift-types', {
        teamId,
        code: 'L',
        name: 'Late',
        startTime: '14:00',
        endTime: '22:00',
        colour: '#445566',
      })
    ).body.id;
    await api('/api/rotations', {
      teamId,
      name: 'Nights',
      anchorDate: '2027-03-22',
      pattern: [nightType, day],
      members: [
        { employeeId: ola.id, offsetDays: 0, from: '2027-03-01' },
        { employeeId: ben.id, offsetDays: 1, from: '2027-03-01' },
      ],
    });
  });
  afterAll(() => t.close());

  const createFeed = async (token: string, body: object) => {
    const r = await t.http().post('/api/calendar-feeds').set(bearer(token)).send(body);
    expect(r.status).toBe(201);
    return r.body as { id: string; token: string; path: string };
  };

  it('serves my schedule without a session, with instants equal to the rota across the DST changes', async () => {
    const feed = await createFeed(olaToken, { kind: 'my-schedule' });
    expect(feed.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
    const response = await t.http().get(feed.path);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    expect(response.headers['cache-control']).toContain('private');
    expect(response.headers.etag).toBeTruthy();
    expect(response.text).toMatch(/REFRESH-INTERVAL;VALUE=DURATION:PT1H/);
    expect(response.text).toMatch(/X-PUBLISHED-TTL:PT1H/);
    const { events, tzids } = parse(response.text);
    expect(tzids).toContain('Europe/Warsaw');

    const rota = await t
      .http()
      .get(`/api/rota?teamId=${teamId}&from=2027-03-20&to=2027-04-05`)
      .set(bearer(olaToken));
    const mine = rota.body.shifts.filter((s: { employeeId: string }) => s.employeeId === ola.id);
    expect(mine.length).toBeGreaterThan(5);
    for (const shift of mine) {
      const event = events.find((e) => e.uid.includes(shift.key));
      expect(event).toBeDefined();
      expect([event!.start, event!.end]).toEqual([Date.parse(shift.start), Date.parse(shift.end)]);
    }
    // The night into 28 March lasts 7 hours; the one into 31 October 9.
    const night = (date: string) => events.find((e) => e.uid.includes(`:${date}:${nightType}`))!;
    const spring = mine.find(
      (s: { date: string; shiftTypeId: string }) =>
        s.date === '2027-03-27' && s.shiftTypeId === nightType,
    );
    if (spring) expect(night('2027-03-27').end - night('2027-03-27').start).toBe(7 * 3_600_000);
    const autumnDate = events.some((e) => e.uid.includes(`:2027-10-30:${nightType}`))
      ? '2027-10-30'
      : null;
    if (autumnDate) expect(night(autumnDate).end - night(autumnDate).start).toBe(9 * 3_600_000);
    expect(spring || autumnDate).toBeTruthy();

    // Stable UIDs, and a cheap 304 while nothing changes.
    const again = await t.http().get(feed.path).set('If-None-Match', String(response.headers.etag));
    expect(again.status).toBe(304);
    const refetched = parse((await t.http().get(feed.path)).text);
    expect(refetched.events.map((e) => e.uid).sort()).toEqual(events.map((e) => e.uid).sort());
  });

  it('shows cover duties and own leave as all-day events with an exclusive end', async () => {
    const vacation = await leaveTypeId(t.dataSource, 'vacation');
    const leave = await t.http().post('/api/leave-requests').set(bearer(managerToken)).send({
      employeeId: ben.id,
      leaveTypeId: vacation,
      startDate: '2027-04-12',
      endDate: '2027-04-16',
    });
    expect(leave.status).toBe(201);
    const rota = await t
      .http()
      .get(`/api/rota?teamId=${teamId}&from=2027-04-12&to=2027-04-13`)
      .set(bearer(managerToken));
    const benShift = rota.body.shifts.find((s: { employeeId: string }) => s.employeeId === ben.id);
    const cover = await t.http().post('/api/assignments').set(bearer(managerToken)).send({
      employeeId: ola.id,
      shiftTypeId: benShift.shiftTypeId,
      date: benShift.date,
      replacesKey: benShift.key,
      coverForEmployeeId: ben.id,
    });
    expect(cover.status).toBe(201);

    const olaFeed = parse(
      (await t.http().get((await createFeed(olaToken, { kind: 'my-schedule' })).path)).text,
    );
    const coverEvent = olaFeed.events.find((e) => e.uid.includes(cover.body.id))!;
    expect(coverEvent.summary).toMatch(
      /^(Night|Late) \d\d:\d\d–\d\d:\d\d — covering for Ben [A-Z]\. \(away\)$/,
    );

    const managerFeed = parse(
      (await t.http().get((await createFeed(managerToken, { kind: 'team-absences', teamId })).path))
        .text,
    );
    const absence = managerFeed.events.find((e) => e.allDay)!;
    expect([absence.startDate, absence.endDate]).toEqual(['2027-04-12', '2027-04-17']);
    expect(absence.summary).toContain('Vacation');

    const benToken = await login(t, ben.email);
    const benFeed = await t.http().get((await createFeed(benToken, { kind: 'my-schedule' })).path);
    // A name with CR/LF cannot inject a property.
    expect(benFeed.text).not.toMatch(/^ATTENDEE/m);
    expect(parse(benFeed.text).events.some((e) => e.allDay && e.startDate === '2027-04-12')).toBe(
      true,
    );
    const colleagues = await t
      .http()
      .get((await createFeed(olaToken, { kind: 'team-absences', teamId })).path);
    expect(parse(colleagues.text).events.find((e) => e.allDay)!.summary).toContain('Away');
  });

  it('raises SEQUENCE when a shift moves, and drops a cancelled shift', async () => {
    const feed = await createFeed(olaToken, { kind: 'my-schedule' });
    const before = parse((await t.http().get(feed.path)).text).events;
    await t
      .http()
      .patch(`/api/shift-types/${nightType}`)
      .set(bearer(managerToken))
      .send({ startTime: '21:30' });
    const after = parse((await t.http().get(feed.path)).text).events;
    const moved = after.find((e) => e.uid.includes(nightType))!;
    const was = before.find((e) => e.uid === moved.uid)!;
    expect(moved.start).toBe(was.start - 30 * 60_000);
    expect(moved.sequence).toBeGreaterThan(was.sequence);

    const rota = await t
      .http()
      .get(`/api/rota?teamId=${teamId}&from=2027-05-03&to=2027-05-04`)
      .set(bearer(managerToken));
    const shift = rota.body.shifts.find((s: { employeeId: string }) => s.employeeId === ola.id);
    await t
      .http()
      .post(`/api/rota/shifts/${encodeURIComponent(shift.key)}/cancel`)
      .set(bearer(managerToken))
      .send({});
    const later = parse((await t.http().get(feed.path)).text).events;
    expect(later.some((e) => e.uid.includes(shift.key))).toBe(false);
  });

  it('answers 404 at once for a rotated, revoked or deactivated feed, and for made-up tokens', async () => {
    const feed = await createFeed(olaToken, { kind: 'my-schedule' });
    const rotated = await t
      .http()
      .post(`/api/calendar-feeds/${feed.id}/rotate`)
      .set(bearer(olaToken));
    expect(rotated.status).toBe(200);
    expect((await t.http().get(feed.path)).status).toBe(404);
    expect((await t.http().get(rotated.body.path)).status).toBe(200);
    expect(
      (await t.http().delete(`/api/calendar-feeds/${feed.id}`).set(bearer(olaToken))).status,
    ).toBe(204);
    expect((await t.http().get(rotated.body.path)).status).toBe(404);

    const leaver = await createEmployee(t.dataSource, { teamId });
    const leaverFeed = await createFeed(await login(t, leaver.email), { kind: 'my-schedule' });
    await t.http().delete(`/api/employees/${leaver.id}`).set(bearer(managerToken));
    const gone = await t.http().get(leaverFeed.path);
    const madeUp = await t.http().get(`/ical/${'A'.repeat(43)}.ics`);
    expect(gone.status).toBe(404);
    expect(madeUp.status).toBe(404);
    expect(gone.text).toBe(madeUp.text);
    // The list never shows tokens.
    const list = await t.http().get('/api/calendar-feeds').set(bearer(olaToken));
    expect(JSON.stringify(list.body)).not.toContain(rotated.body.token);
  });

  it("keeps other teams' feeds and other people's feeds out of reach", async () => {
    const other = await createTeam(t.dataSource);
    const r = await t
      .http()
      .post('/api/calendar-feeds')
      .set(bearer(olaToken))
      .send({ kind: 'team-rota', teamId: other });
    expect(r.status).toBe(404);
    const forColleague = await t
      .http()
      .post('/api/calendar-feeds')
      .set(bearer(olaToken))
      .send({ kind: 'my-schedule', employeeId: ben.id });
    expect(forColleague.status).toBe(403);
    const byManager = await t
      .http()
      .post('/api/calendar-feeds')
      .set(bearer(managerToken))
      .send({ kind: 'my-schedule', employeeId: ben.id });
    expect(byManager.status).toBe(201);
    const missingTeam = await t
      .http()
      .post('/api/calendar-feeds')
      .set(bearer(olaToken))
      .send({ kind: 'team-rota' });
    expect(missingTeam.status).toBe(400);
    expect(missingTeam.body.errors.map((e: { field: string }) => e.field)).toEqual(['teamId']);
  });

  it('slows down a client that guesses tokens', async () => {
    const guesses = [];
    for (let i = 0; i < 25; i++)
      guesses.push(
        (await t.http().get(`/ical/guess-${i}.ics`).set('X-Forwarded-For', '203.0.113.9')).status,
      );
    expect(guesses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
    expect(guesses.at(-1)).toBe(429);
  });

  it('matches the API instants for a New York team across the 2027 US clock changes', async () => {
    const ny = await createTeam(t.dataSource, { timeZone: 'America/New_York', countryCode: 'US' });
    const lead = await createEmployee(t.dataSource, {
      teamId: ny,
      role: 'manager',
      manages: [ny],
      homeTimeZone: 'America/New_York',
    });
    const agent = await createEmployee(t.dataSource, {
      teamId: ny,
      homeTimeZone: 'America/New_York',
    });
    const leadToken = await login(t, lead.email);
    const post = (path: string, body: object) =>
      t.http().post(path).set(bearer(leadToken)).send(body);
    // 01:30 is ambiguous on 7 Nov and 02:30 missing on 14 Mar: both are shift starts here.
    const early = (
      await post('/api/shift-types', {
        teamId: ny,
        code: 'X',
        name: 'Overnight',
        startTime: '01:30',
        endTime: '09:00',
        colour: '#101010',
      })
    ).body.id;
    const late = (
      await post('/api/shift-types', {
        teamId: ny,
        code: 'Y',
        name: 'Graveyard',
        startTime: '02:30',
        endTime: '10:00',
        colour: '#202020',
      })
    ).body.id;
    // Graveyard shifts through March (02:30 is missing on the 14th), overnights from November (01:30 is doubled on the 7th).
    await post('/api/rotations', {
      teamId: ny,
      name: 'Spring nights',
      anchorDate: '2027-03-01',
      pattern: [late],
      members: [{ employeeId: agent.id, from: '2027-03-01', to: '2027-04-01' }],
    });
    await post('/api/rotations', {
      teamId: ny,
      name: 'Autumn nights',
      anchorDate: '2027-11-01',
      pattern: [early],
      members: [{ employeeId: agent.id, from: '2027-11-01', to: '2027-12-01' }],
    });
    const feed = await createFeed(await login(t, agent.email), { kind: 'my-schedule' });
    const { events, tzids } = parse((await t.http().get(feed.path)).text);
    expect(tzids).toContain('America/New_York');
    for (const [from, to] of [
      ['2027-03-13', '2027-03-16'],
      ['2027-11-06', '2027-11-09'],
    ] as const) {
      const rota = await t
        .http()
        .get(`/api/rota?teamId=${ny}&from=${from}&to=${to}`)
        .set(bearer(leadToken));
      expect(rota.body.shifts.length).toBe(3);
      for (const shift of rota.body.shifts) {
        const event = events.find((e) => e.uid.includes(shift.key))!;
        expect([event.start, event.end]).toEqual([Date.parse(shift.start), Date.parse(shift.end)]);
      }
    }
    // The missing 02:30 on 14 March moves to 03:00 EDT (07:00Z); the ambiguous 01:30 on 7 November is its first (EDT) occurrence.
    const rota = await t
      .http()
      .get(`/api/rota?teamId=${ny}&from=2027-03-14&to=2027-03-15`)
      .set(bearer(leadToken));
    const nov = await t
      .http()
      .get(`/api/rota?teamId=${ny}&from=2027-11-07&to=2027-11-08`)
      .set(bearer(leadToken));
    expect([rota.body.shifts[0].shiftTypeId, rota.body.shifts[0].start]).toEqual([
      late,
      '2027-03-14T07:00:00.000Z',
    ]);
    expect([nov.body.shifts[0].shiftTypeId, nov.body.shifts[0].start]).toEqual([
      early,
      '2027-11-07T05:30:00.000Z',
    ]);
  });
});
