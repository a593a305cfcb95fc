import { createDataSource, runMigrations } from '../../src/database/data-source.js';
import { publishDemoPlan } from '../../src/seed/demo-plan.js';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from '../../src/seed/demo-seed.js';
import { loadConfig } from '../../src/config/config.js';
import { createApp } from '../../src/app.js';
import request from 'supertest';
import { withScratchDatabase } from './scratch-database.js';

describe('the demo seed', () => {
  it('fills an empty database once with a realistic team, and the demo manager sees it', async () => {
    await withScratchDatabase(async (url) => {
      const ds = createDataSource(url, { poolSize: 4 });
      await ds.initialize();
      try {
        await runMigrations(ds);
        expect(await seedDemo(ds, new Date('2027-03-24T10:00:00Z'))).toBe(true);
        expect(await seedDemo(ds)).toBe(false);

        const [emea] = await ds.query(
          `SELECT id, time_zone, country_code FROM team WHERE name = 'EMEA Support'`,
        );
        expect(emea).toMatchObject({ time_zone: 'Europe/Warsaw', country_code: 'PL' });
        const [{ n }] = await ds.query(
          'SELECT count(*)::int AS n FROM employee WHERE team_id = $1',
          [emea.id],
        );
        expect(n).toBeGreaterThanOrEqual(22);
        const remote = await ds.query(
          `SELECT count(*)::int AS n FROM employee WHERE team_id = $1 AND home_time_zone = 'America/New_York'`,
          [emea.id],
        );
        expect(remote[0].n).toBeGreaterThanOrEqual(2);
        const shifts = await ds.query(
          `SELECT code, to_char(start_time, 'HH24:MI') AS s, to_char(end_time, 'HH24:MI') AS e
             FROM shift_type WHERE team_id = $1 ORDER BY start_time`,
          [emea.id],
        );
        expect(shifts).toEqual([
          { code: 'E', s: '06:00', e: '14:00' },
          { code: 'D', s: '08:00', e: '16:00' },
          { code: 'L', s: '14:00', e: '22:00' },
          { code: 'N', s: '22:00', e: '06:00' },
        ]);

        const app = await createApp(loadConfig({ DATABASE_URL: url, WEB_DIST: '' }), ds, {
          logger: false,
        });
        await app.init();
        try {
          const http = () => request(app.getHttpServer());
          const manager = DEMO_LOGINS.find((l) => l.role === 'manager')!;
          const login = await http()
            .post('/api/auth/login')
            .send({ email: manager.email, password: DEMO_PASSWORD });
          expect(login.status).toBe(200);
          const token = login.body.accessToken as string;
          const teams = await http().get('/api/teams').set('Authorization', `Bearer ${token}`);
          expect(teams.body.items.map((t: { name: string }) => t.name)).toEqual(['EMEA Support']);
          const staff = await http()
            .get(`/api/employees?teamId=${emea.id}&skill=de&limit=100`)
            .set('Authorization', `Bearer ${token}`);
          expect(staff.status).toBe(200);
          expect(staff.body.total).toBeGreaterThan(3);
          for (const person of staff.body.items) {
            expect(person.skills.map((s: { code: string }) => s.code)).toContain('de');
          }
          // The rota shows the rotations straight away: phone around the clock, every day.
          const rota = await http()
            .get(`/api/rota?teamId=${emea.id}&from=2027-03-22&to=2027-04-05`)
            .set('Authorization', `Bearer ${token}`);
          expect(rota.status).toBe(200);
          expect(rota.body.shifts.length).toBeGreaterThan(150);
          const [{ id: phoneId }] = await ds.query(`SELECT id FROM skill WHERE code = 'phone'`);
          // Only the sick day recorded for today can leave the phone line short.
          const phoneGaps = rota.body.coverage.gaps.filter(
            (g: { skillId: string }) => g.skillId === phoneId,
          );
          for (const gap of phoneGaps) expect(gap.startLocal.slice(0, 10)).toBe('2027-03-24');
          expect(
            rota.body.leave.map((l: { startDate: string; status: string }) => [
              l.startDate,
              l.status,
            ]),
          ).toEqual(
            expect.arrayContaining([
              ['2027-03-24', 'approved'],
              ['2027-03-29', 'approved'],
            ]),
          );
          const inbox = await http()
            .get('/api/leave-requests?inbox=true')
            .set('Authorization', `Bearer ${token}`);
          expect(inbox.body.items.map((l: { startDate: string }) => l.startDate)).toEqual([
            '2027-04-19',
            '2027-12-21',
          ]);
          const [{ employee_id: onVacation }] = await ds.query(
            `SELECT employee_id FROM leave_request WHERE lower(dates) = '2027-03-29'`,
          );
          const balance = await http()
            .get(`/api/employees/${onVacation}/leave-balance?year=2027`)
            .set('Authorization', `Bearer ${token}`);
          expect(balance.body).toMatchObject({ allowance: 26, taken: 4, balance: 22 });
          expect(
            rota.body.days.find((d: { date: string }) => d.date === '2027-03-29').holiday,
          ).toBeTruthy();
          // The holiday season's repair plan, published: the absences are covered.
          const plan = await publishDemoPlan(app, new Date('2027-03-24T10:00:00Z'));
          expect(plan).toMatchObject({ status: 'published', from: '2027-12-21', to: '2028-01-02' });
          expect(plan!.result!.hardViolations).toBe(0);
          expect(plan!.result!.added.length).toBeGreaterThanOrEqual(3);
          expect(plan!.result!.gapsAfter).toBeLessThan(plan!.result!.gapsBefore);
          const christmas = await http()
            .get(`/api/rota?teamId=${emea.id}&from=2027-12-21&to=2028-01-03`)
            .set('Authorization', `Bearer ${token}`);
          const covering = christmas.body.shifts.filter(
            (sh: { coverFor: string | null }) => sh.coverFor !== null,
          );
          expect(covering.length).toBe(
            plan!.result!.added.filter((a) => a.coverForEmployeeId !== null).length,
          );
          for (const demo of DEMO_LOGINS) {
            const r = await http()
              .post('/api/auth/login')
              .send({ email: demo.email, password: DEMO_PASSWORD });
            expect(r.body.user.role).toBe(demo.role);
          }
        } finally {
          await app.close();
        }
      } finally {
        await ds.destroy();
      }
    });
  });
});
