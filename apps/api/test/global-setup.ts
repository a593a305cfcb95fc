import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
// Jest loads this file outside its module mapper, so it names the source file itself.
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/database/embedded-postgres.ts';
import buildSolver from '../../../scripts/jest-build-solver.ts';

declare global {
  var __EMBEDDED_TEST_DB__: EmbeddedDatabase | undefined;
}

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
 * The API tests run against a real PostgreSQL: the server named by DATABASE_URL (CI) or a
 * private embedded one started here. Each test app runs pending migrations under a lock.
 */
export default async function globalSetup(): Promise<void> {
  buildSolver(); // plans run the solver's worker thread, which loads compiled JavaScript
  let url = process.env.DATABASE_URL;
  if (!url) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'planner-test-'));
    const embedded = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      database: 'planner_test',
    });
    globalThis.__EMBEDDED_TEST_DB__ = embedded;
    url = embedded.url;
  }
  process.env.TEST_DATABASE_URL = url;
}
