import { NestFactory } from '@nestjs/core';
import type { Worker } from 'bullmq';
import { loadConfig } from '../../src/config/config.js';
import { startPlanWorker } from '../../src/modules/plans/plan-queue.js';
import { PlanRunner } from '../../src/modules/plans/plan-runner.js';
import { PlanWorkerModule } from '../../src/modules/plans/plan-worker.module.js';
import { bearer, createCoveredTeam } from '../factories.js';
import { createTestApp, testDatabaseUrl, type TestApp } from '../test-app.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * With REDIS_URL the API only queues plans; a worker process (here: the same code in this
 * process, against the Redis on this machine) takes them from BullMQ and solves them.
 */
describe('plans through the BullMQ queue', () => {
  let api: TestApp;
  let worker: Worker;
  let closeWorker: () => Promise<void>;

  beforeAll(async () => {
    api = await createTestApp({ REDIS_URL });
    const config = loadConfig({ DATABASE_URL: testDatabaseUrl(), REDIS_URL, LOG_LEVEL: 'error' });
    const context = await NestFactory.createApplicationContext(
      PlanWorkerModule.forRoot(config, api.dataSource),
      { logger: false },
    );
    worker = startPlanWorker(REDIS_URL, context.get(PlanRunner), 1);
    closeWorker = async () => {
      await worker.close();
      await context.close();
    };
  });
  afterAll(async () => {
    await closeWorker();
    await api.close();
  });

  it('queues the plan in Redis and a worker solves it', async () => {
    const team = await createCoveredTeam(api, { agents: 3, min: 2 });
    const created = await api.http().post('/api/plans').set(bearer(team.managerToken)).send({
      teamId: team.teamId,
      from: '2027-03-01',
      to: '2027-03-03',
      mode: 'build',
      timeLimitSeconds: 10,
    });
    expect(created.status).toBe(202);
    let plan = created.body;
    for (let i = 0; i < 120 && !['succeeded', 'failed'].includes(plan.status); i++) {
      await new Promise((r) => setTimeout(r, 250));
      plan = (await api.http().get(`/api/plans/${plan.id}`).set(bearer(team.managerToken))).body;
    }
    expect(plan).toMatchObject({ status: 'succeeded', error: null });
    expect(plan.result.hardViolations).toBe(0);
    expect(plan.result.gapsAfter).toBe(0);
    const job = await worker.client.then((c) => c.hgetall(`bull:plans:${plan.id}`));
    expect(job.name).toBe('solve');
  });
});
