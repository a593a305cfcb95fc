import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config/config.js';
import { createDataSource, runMigrations, withStartupLock } from './database/data-source.js';
import { startEmbeddedPostgres } from './database/embedded-postgres.js';
import { publishDemoPlan } from './seed/demo-plan.js';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemo } from './seed/demo-seed.js';

async function main(): Promise<void> {
  const logger = new Logger('Planner');
  const config = loadConfig();

  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const started = Date.now();
    const embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedDbPort,
      database: 'planner',
    });
    databaseUrl = embedded.url;
    logger.log(
      `Embedded PostgreSQL ready in ${Date.now() - started} ms (data in ${config.dataDir})`,
    );
  }

  const dataSource = createDataSource(databaseUrl);
  await dataSource.initialize();
  const seeded = await withStartupLock(dataSource, async () => {
    const applied = await runMigrations(dataSource);
    if (applied.length > 0) logger.log(`Applied migrations: ${applied.join(', ')}`);
    return config.seedDemo ? seedDemo(dataSource) : false;
  });

  const app = await createApp(config, dataSource);
  if (seeded) {
    const started = Date.now();
    const plan = await publishDemoPlan(app);
    logger.log(
      `Demo repair plan for the holiday season: ${plan?.status ?? 'not made'}, ${
        plan?.result?.added.length ?? 0
      } cover duties (${Date.now() - started} ms)`,
    );
  }
  await app.listen(config.port);
  logger.log(
    `Coverage planner listening on http://localhost:${config.port} (API docs at /api/docs)`,
  );
  if (seeded) logger.log('Created the demo teams "EMEA Support" and "Americas Support".');
  if (config.seedDemo) {
    logger.log(
      `Demo logins (password "${DEMO_PASSWORD}"): ${DEMO_LOGINS.map((l) => `${l.role} ${l.email}`).join(', ')}`,
    );
  }

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal} received, shutting down`);
    await app.close().catch(() => undefined);
    await dataSource.destroy().catch(() => undefined);
    // The embedded PostgreSQL is stopped by its own exit hook, which also ends the process.
    if (config.databaseUrl) process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('The planner could not start:', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
