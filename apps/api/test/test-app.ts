import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { createDataSource, runMigrations, withStartupLock } from '../src/database/data-source.js';

export interface TestApp {
  app: INestApplication;
  dataSource: DataSource;
  http: () => ReturnType<typeof request>;
  close(): Promise<void>;
}

export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error('TEST_DATABASE_URL is not set; run the tests through jest (global setup).');
  return url;
}

/** A full HTTP application on the test database, without the demo seed or the web app. */
export async function createTestApp(
  env: Record<string, string> = {},
  options: { now?: Date } = {},
): Promise<TestApp> {
  const url = testDatabaseUrl();
  const config = loadConfig({
    DATABASE_URL: url,
    SEED_DEMO: 'false',
    WEB_DIST: '',
    LOG_LEVEL: 'error',
    ...env,
  });
  const dataSource = createDataSource(url, { poolSize: 10 });
  await dataSource.initialize();
  await withStartupLock(dataSource, () => runMigrations(dataSource));
  const clock = options.now ? () => new Date(options.now!) : undefined;
  const app = await createApp(config, dataSource, { logger: false, clock });
  await app.init();
  return {
    app,
    dataSource,
    http: () => request(app.getHttpServer()),
    async close() {
      await app.close();
      await dataSource.destroy();
    },
  };
}
