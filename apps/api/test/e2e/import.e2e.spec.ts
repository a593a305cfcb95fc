import { bearer, createEmployee, createSkill, createTeam, login } from '../factories.js';
import { createTestApp, type TestApp } from '../test-app.js';

describe('CSV import', () => {
  let t: TestApp;
  let teamId: string;
  let token: string;
  let chat: string;

  beforeAll(async () => {
    t = await createTestApp();
    teamId = await createTeam(t.dataSource);
    const manager = await createEmployee(t.dataSource, {
      teamId,
      role: 'manager',
      manages: [teamId],
    });
    token = await login(t, manager.email);
    [{ code: chat }] = await t.dataSource.query('SELECT code FROM skill WHERE id = $1', [
      await createSkill(t.dataSource),
    ]);
  });
  afterAll(() => t.close());

  const post = (kind: string, csv: string, commit: boolean) =>
    t.http().post(`/api/imports/${kind}`).set(bearer(token)).send({ teamId, csv, commit });
  const count = async () =>
    (
      await t.dataSource.query('SELECT count(*)::int AS n FROM employee WHERE team_id = $1', [
        teamId,
      ])
    )[0].n;

  it('previews staff with row-level errors and writes nothing while any row is wrong', async () => {
    const stamp = Date.now();
    const csv = [
      'name,email,skills,homeTimeZone,weeklyHours',
      `"Nowak, Ola",ola.${stamp}@import.example,${chat},Europe/Warsaw,40`,
      `Ben,not-an-email,nope,Mars/Base,400`,
      `Cleo,ola.${stamp}@import.example,,,`,
    ].join('\n');
    const before = await count();
    const preview = await post('staff', csv, false);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ valid: 1, invalid: 2, committed: false });
    expect(preview.body.rows[1]).toMatchObject({ line: 3 });
    expect(preview.body.rows[1].errors.map((e: { field: string }) => e.field)).toEqual([
      'email',
      'skills',
      'homeTimeZone',
      'weeklyHours',
    ]);
    expect(preview.body.rows[2].errors).toEqual([{ field: 'email', reason: 'is also on line 2' }]);
    const refused = await post('staff', csv, true);
    expect(refused.status).toBe(400);
    expect(refused.body.rows).toHaveLength(3);
    expect(await count()).toBe(before);
  });

  it('imports a clean staff file and then its leave, all or nothing', async () => {
    const stamp = Date.now();
    const staff = `name;email;skills\nOla;ola.${stamp}@import.example;${chat}\nBen;ben.${stamp}@import.example;\n`;
    const done = await post('staff', staff, true);
    expect(done.body).toMatchObject({ committed: true, created: 2 });
    const leave = [
      'email,type,startDate,endDate,halfDay',
      `ola.${stamp}@import.example,vacation,2027-07-05,2027-07-09,`,
      `ben.${stamp}@import.example,sick,2027-07-06,2027-07-06,am`,
      `ben.${stamp}@import.example,vacation,2027-07-06,2027-07-06,am`,
      `nobody@import.example,cruise,2027-02-30,2027-01-01,noon`,
    ].join('\n');
    const preview = await post('leave', leave, false);
    expect(preview.body.rows[2].errors).toEqual([
      { field: 'startDate', reason: 'overlaps the leave on line 3' },
    ]);
    expect(preview.body.rows[3].errors.map((e: { field: string }) => e.field)).toEqual([
      'email',
      'type',
      'startDate',
      'halfDay',
    ]);
    expect((await post('leave', leave, true)).status).toBe(400);
    const clean = leave.split('\n').slice(0, 3).join('\n');
    const imported = await post('leave', clean, true);
    expect(imported.body).toMatchObject({ committed: true, created: 2 });
    const [ola] = await t.dataSource.query('SELECT id FROM employee WHERE email = $1', [
      `ola.${stamp}@import.example`,
    ]);
    const balance = await t
      .http()
      .get(`/api/employees/${ola.id}/leave-balance?year=2027`)
      .set(bearer(token));
    expect(balance.body).toMatchObject({ taken: 5, balance: 21 });
    // A second run finds the leave already there.
    const again = await post('leave', clean, false);
    expect(again.body.invalid).toBe(2);
  });

  it('names a broken file and a missing column', async () => {
    const broken = await post('staff', 'name,email\n"Ola,ola@x.example', false);
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0]).toEqual({
      field: 'csv',
      reason: 'line 2: a quoted field is not closed',
    });
    const missing = await post('leave', 'email,type,startDate\nx@y.z,sick,2027-01-01', false);
    expect(missing.body.errors).toEqual([
      { field: 'csv', reason: 'line 1: the column "enddate" is missing' },
    ]);
  });
});
