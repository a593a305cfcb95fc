import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { LOG_LEVELS } from './app.js';
import { PlannerLogger } from './common/logger.js';
import { ConfigError, loadConfig } from './config/config.js';
import { createDataSource, runMigrations, withStartupLock } from './database/data-source.js';
import { startPlanWorker } from './modules/plans/plan-queue.js';
import { PlanRunner } from './modules/plans/plan-runner.js';
import { PlanWorkerModule } from './modules/plans/plan-worker.module.js';

/**
 * `npm run worker`: takes plans from the BullMQ queue at REDIS_URL and solves them against the
 * PostgreSQL at DATABASE_URL. Run as many as the machines allow; the API only queues plans.
 */
async function main(): Promise<void> {
  const logger = new Logger('Worker');
  const config = loadConfig();
  if (!config.redisUrl || !config.databaseUrl) {
    throw new ConfigError([
      'the solver worker needs REDIS_URL (its queue) and DATABASE_URL (the API\u2019s database)',
    ]);
  }
  const dataSource = createDataSource(config.databaseUrl);
  await dataSource.initialize();
  await withStartupLock(dataSource, () => runMigrations(dataSource));
  const context = await NestFactory.createApplicationContext(
    PlanWorkerModule.forRoot(config, dataSource),
    { logger: new PlannerLogger({ logLevels: LOG_LEVELS[config.logLevel] }) },
  );
  const runner = context.get(PlanRunner);
  const worker = startPlanWorker(config.redisUrl, runner, config.plans.concurrency);
  logger.log(
    `Solving plans from ${new URL(config.redisUrl).host}, ${config.plans.concurrency} at a time`,
  );

  let closing = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (closing) return;
    closing = true;
    logger.log(`${signal} received: stopping the running plans (they end as failed)`);
    runner.abortAll();
    await worker.close().catch(() => undefined);
    await context.close().catch(() => undefined);
    await dataSource.destroy().catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(
    'The solver worker could not start:',
    error instanceof Error ? error.message : error,
  );
  process.exit(1);
});
