#!/usr/bin/env node
// Builds what is out of date: the libs and the API with `tsc -b` (incremental, so a second
// start costs about a second), and the web app with Vite only when its sources are newer
// than its last build. `--force` rebuilds everything; `--no-web` skips the web app.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const force = args.has('--force');

function run(command, commandArgs, cwd = root) {
  const result = spawnSync(command, commandArgs, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build failed: ${command} ${commandArgs.join(' ')}`);
    process.exit(result.status ?? 1);
  }
}

function newest(dir) {
  let latest = 0;
  if (!existsSync(dir)) return latest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
run(process.execPath, [tsc, '-b', 'apps/api', ...(force ? ['--force'] : [])]);

if (!args.has('--no-web')) {
  const web = path.join(root, 'apps', 'web');
  const built = path.join(web, 'dist', 'index.html');
  const sources = Math.max(
    newest(path.join(web, 'src')),
    newest(path.join(web, 'public')),
    ...['index.html', 'vite.config.ts', 'package.json'].map((f) =>
      existsSync(path.join(web, f)) ? statSync(path.join(web, f)).mtimeMs : 0,
    ),
  );
  if (force || !existsSync(built) || statSync(built).mtimeMs < sources) {
    run(
      process.execPath,
      [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'],
      web,
    );
  }
}
