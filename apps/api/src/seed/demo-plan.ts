import type { INestApplicationContext } from '@nestjs/common';
import { instantToLocal } from '@planner/domain';
import { DataSource } from 'typeorm';
import type { Caller } from '../common/auth/caller.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { PlanRunner } from '../modules/plans/plan-runner.js';
import { PlanRepository } from '../modules/plans/plan.repository.js';
import { PlanService } from '../modules/plans/plan.service.js';
import type { PlanResponse } from '../modules/plans/dto/plan.dto.js';
import { holidaySeason } from './demo-seed.js';

/** How long the demo's repair plan may search on first start. */
export const DEMO_PLAN_SECONDS = 6;

/**
 * The demo manager's published repair plan over the holiday season: the gaps that the seeded
 * leave opened are filled by the solver and published, so a new user's first look at the rota
 * shows who covers for whom. Runs once, right after the demo seed, before the API listens.
 */
export async function publishDemoPlan(
  app: INestApplicationContext,
  now = new Date(),
): Promise<PlanResponse | null> {
  const dataSource = app.get(DataSource);
  const [row] = (await dataSource.query(
    `SELECT t.id AS team_id, t.time_zone, e.id AS manager_id
       FROM team t JOIN team_manager tm ON tm.team_id = t.id JOIN employee e ON e.id = tm.employee_id
      WHERE t.name = 'EMEA Support' AND lower(e.email) = 'manager@example.com'`,
  )) as { team_id: string; time_zone: string; manager_id: string }[];
  if (!row) return null;
  const caller: Caller = {
    id: row.manager_id,
    role: 'manager',
    teamId: row.team_id,
    managedTeamIds: [row.team_id],
    sessionId: 'demo-seed',
  };
  const today = instantToLocal(now, row.time_zone).date;
  const season = holidaySeason(today);
  const from = season[0]![1] < today ? today : season[0]![1];
  const to = season.reduce((last, [, , end]) => (end > last ? end : last), from);
  const [{ plan_version: version }] = (await dataSource.query(
    'SELECT plan_version::text AS plan_version FROM team WHERE id = $1',
    [row.team_id],
  )) as [{ plan_version: string }];
  const plan = await app.get(UnitOfWork).run((tx) =>
    app.get(PlanRepository).insert(tx, {
      teamId: row.team_id,
      mode: 'repair',
      from,
      to,
      timeLimitSeconds: DEMO_PLAN_SECONDS,
      basePlanVersion: version,
      createdBy: caller.id,
    }),
  );
  await app.get(PlanRunner).run(plan.id);
  const plans = app.get(PlanService);
  const done = await plans.get(caller, plan.id);
  return done.status === 'succeeded' ? plans.publish(caller, plan.id) : done;
}
