import { createDataSource, runMigrations } from '../../src/database/data-source.js';
import { withScratchDatabase } from './scratch-database.js';

describe('migrations', () => {
  it('apply on an empty database, undo exactly, and apply again', async () => {
    await withScratchDatabase(async (url) => {
      const ds = createDataSource(url, { poolSize: 2 });
      await ds.initialize();
      try {
        const tables = async () =>
          (
            await ds.query(
              `SELECT table_name FROM information_schema.tables
                WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY 1`,
            )
          ).map((r: { table_name: string }) => r.table_name);

        const applied = await runMigrations(ds);
        expect(applied.length).toBeGreaterThan(0);
        expect(await tables()).toEqual(
          expect.arrayContaining([
            'audit_log',
            'employee',
            'shift_type',
            'skill',
            'team',
            'team_manager',
          ]),
        );
        const [ext] = await ds.query(
          `SELECT count(*)::int AS n FROM pg_extension WHERE extname = 'btree_gist'`,
        );
        expect(ext.n).toBe(1);
        expect(await runMigrations(ds)).toEqual([]);

        for (let i = 0; i < applied.length; i++)
          await ds.undoLastMigration({ transaction: 'each' });
        expect(await tables()).toEqual([]);

        expect(await runMigrations(ds)).toEqual(applied);
      } finally {
        await ds.destroy();
      }
    });
  });
});
