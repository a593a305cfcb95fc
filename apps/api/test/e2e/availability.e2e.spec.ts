import { bearer, createWorld } from '../factories.js';
import { createTestApp, type TestApp } from '../test-app.js';

describe('availability and preferences', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof createWorld>>;
  let lateShift: string;

  beforeAll(async () => {
    t = await createTestApp();
    w = await createWorld(t);
    const [row] = await t.dataSource.query(
      `INSERT INTO shift_type (team_id, code, name, start_time, end_time, colour) VALUES ($1, 'L', 'Late', '14:00', '22:00', '#123456') RETURNING id`,
      [w.teamA],
    );
    lateShift = row.id;
  });
  afterAll(() => t.close());

  const body = () => ({
    worksNights: false,
    maxCoverDutiesPerMonth: 3,
    unavailable: [
      {
        startTime: '17:00',
        endTime: '21:00',
        recurrence: 'FREQ=WEEKLY;BYDAY=TU',
        validFrom: '2027-02-01',
        validTo: '2027-06-30',
        note: 'Evening class',
      },
    ],
    preferences: [
      { wish: 'avoid', shiftTypeId: lateShift, weight: 5 },
      { wish: 'prefer', weekday: 5 },
      { wish: 'avoid', date: '2027-12-24', weight: 10 },
    ],
  });

  it('is set by the employee and read by their manager', async () => {
    const put = await t
      .http()
      .put(`/api/employees/${w.employeeA.id}/availability`)
      .set(bearer(w.tokens.employeeA))
      .send(body());
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ worksNights: false, maxCoverDutiesPerMonth: 3 });
    expect(put.body.unavailable).toEqual([
      expect.objectContaining({ startTime: '17:00', endTime: '21:00', validTo: '2027-06-30' }),
    ]);
    expect(put.body.preferences).toHaveLength(3);
    const read = await t
      .http()
      .get(`/api/employees/${w.employeeA.id}/availability`)
      .set(bearer(w.tokens.managerA));
    expect(read.body).toEqual(put.body);
  });

  it('is not changed by a manager, and hidden from colleagues and other teams', async () => {
    expect(
      (
        await t
          .http()
          .put(`/api/employees/${w.employeeA.id}/availability`)
          .set(bearer(w.tokens.managerA))
          .send(body())
      ).status,
    ).toBe(403);
    expect(
      (
        await t
          .http()
          .get(`/api/employees/${w.colleagueA.id}/availability`)
          .set(bearer(w.tokens.employeeA))
      ).status,
    ).toBe(404);
    expect(
      (
        await t
          .http()
          .get(`/api/employees/${w.employeeA.id}/availability`)
          .set(bearer(w.tokens.managerB))
      ).status,
    ).toBe(404);
  });

  it('refuses never-ending or hourly rules, empty wishes and other teams’ shift types, keeping what was stored', async () => {
    const bad = {
      ...body(),
      unavailable: [{ ...body().unavailable[0], recurrence: 'FREQ=HOURLY' }],
      preferences: [
        { wish: 'prefer' },
        { wish: 'avoid', shiftTypeId: '00000000-0000-4000-8000-000000000000' },
      ],
    };
    const r = await t
      .http()
      .put(`/api/employees/${w.employeeA.id}/availability`)
      .set(bearer(w.tokens.employeeA))
      .send(bad);
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining([
        'unavailable.0.recurrence',
        'preferences.0',
        'preferences.1.shiftTypeId',
      ]),
    );
    const still = await t
      .http()
      .get(`/api/employees/${w.employeeA.id}/availability`)
      .set(bearer(w.tokens.employeeA));
    expect(still.body.unavailable[0].recurrence).toBe('FREQ=WEEKLY;BYDAY=TU');
  });
});
