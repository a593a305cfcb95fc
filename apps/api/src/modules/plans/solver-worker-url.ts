import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * The solver's worker-thread entry, compiled: found through the installed package (its `main`
 * in `dist`), so it is the same file whether the API runs built or from sources under the tests.
 */
export function solverWorkerUrl(): URL {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'node_modules', '@planner', 'solver', 'package.json');
    if (existsSync(pkg)) {
      const { main } = JSON.parse(readFileSync(pkg, 'utf8')) as { main: string };
      const entry = path.resolve(path.dirname(pkg), main);
      return pathToFileURL(path.join(path.dirname(entry), 'engines', 'solver-worker.js'));
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('the @planner/solver package is not installed');
    dir = parent;
  }
}
