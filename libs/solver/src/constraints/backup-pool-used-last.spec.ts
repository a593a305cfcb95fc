import { compiledFixture, rosterOf } from '../testing/fixtures.js';
import { backupPoolUsedLast } from './backup-pool-used-last.js';

describe('backupPoolUsedLast — calls in the backup pool only when needed', () => {
  const model = compiledFixture({ employees: 2, weights: { backup: 50 } });
  model.backup[1] = 1;

  it('penalises every shift of a backup-pool employee', () => {
    const breaches = backupPoolUsedLast.check(model, rosterOf(model, ['.', 'E E']), 1);
    expect(breaches.map((b) => b.cost)).toEqual([50, 50]);
  });

  it('does not penalise regular staff, nor a backup employee left off', () => {
    const roster = rosterOf(model, ['E E', '.']);
    expect(backupPoolUsedLast.check(model, roster, 0)).toEqual([]);
    expect(backupPoolUsedLast.check(model, roster, 1)).toEqual([]);
  });
});
