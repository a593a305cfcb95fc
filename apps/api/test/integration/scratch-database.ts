import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { testDatabaseUrl } from '../test-app.js';

/** A throw-away database on the test server, for tests that need an empty schema. */
export async function withScratchDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const base = new URL(testDatabaseUrl());
  const name = `planner_scratch_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(base.toString());
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
