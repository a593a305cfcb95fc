import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDataSource, runMigrations } from '../database/data-source.js';
import { startEmbeddedPostgres } from '../database/embedded-postgres.js';
import type { DataSource } from 'typeorm';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * A fresh, migrated database for a benchmark: a scratch database on DATABASE_URL's server, or a
 * private embedded PostgreSQL. `close` removes it.
 */
export async function benchDatabase(): Promise<{
  url: string;
  dataSource: DataSource;
  close(): Promise<void>;
}> {
  let url: string;
  let cleanup: () => Promise<void>;
  if (process.env.DATABASE_URL) {
    const base = new URL(process.env.DATABASE_URL);
    const name = `planner_bench_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: base.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    base.pathname = `/${name}`;
    url = base.toString();
    cleanup = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  } else {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'planner-bench-'));
    const embedded = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      database: 'bench',
    });
    url = embedded.url;
    cleanup = async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const dataSource = createDataSource(url, { poolSize: 20 });
  await dataSource.initialize();
  await runMigrations(dataSource);
  return {
    url,
    dataSource,
    async close() {
      await dataSource.destroy();
      await cleanup();
    },
  };
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
