import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The solver runs in worker threads, which load compiled JavaScript: builds `libs/solver` (and
 * what it references) with `tsc -b` before the solver and API tests, so those tests exercise the
 * real worker. Incremental, so it costs about a second when nothing changed.
 */
export default function buildSolver(): void {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-b', 'libs/solver'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('building libs/solver for the tests failed');
}
