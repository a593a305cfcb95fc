import 'reflect-metadata';
import { migrations } from '@planner/migrations';
import pg from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { entities } from './entities.js';

// A DATE is a calendar date, not an instant: keep 'YYYY-MM-DD' text instead of pg's default
// Date at local midnight, which shifts by a day in zones west of UTC.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export function createDataSource(url: string, options: { poolSize?: number } = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    // The schema comes only from the reviewed SQL migrations.
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // Failed queries are expected (unique violations become 409s); real errors are logged by the error filter.
    logging: false,
    extra: { max: options.poolSize ?? 20, application_name: 'coverage-planner' },
  });
}

/** A lock id shared by every replica: migrations and the demo seed run in one process at a time. */
const STARTUP_LOCK = 72_417_001;

export async function withStartupLock<T>(dataSource: DataSource, fn: () => Promise<T>): Promise<T> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
    return await fn();
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const done = await dataSource.runMigrations({ transaction: 'each' });
  return done.map((m) => m.name);
}

/**
 * What services hold while they work inside a transaction. It is opaque to them: only
 * repositories turn it back into a TypeORM EntityManager.
 */
export type Tx = { readonly __brand: 'Tx' };

export function toManager(dataSource: DataSource, tx?: Tx): EntityManager {
  return tx ? (tx as unknown as EntityManager) : dataSource.manager;
}
