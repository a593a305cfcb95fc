#!/usr/bin/env node
/**
 * npm run bench:curtois -- [--time-limit <seconds>] [--dir <folder>] [--only 1,2,3] [--seed n] [--out-dir <folder>] [--scale k]
 *
 * Solves every InstanceN.txt in the folder (default ../shared/benchmarks/curtois from the
 * repository root) one after another and prints a table: objective, best known, gap %,
 * seconds, hard violations. With `--scale k` each instance is solved with k times its staff
 * and cover (`scaleCurtois`: sizes the public files lack), against k times its best known.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BEST_KNOWN } from './curtois-files.js';
import { solveCurtoisFile, type CurtoisRun } from './solve-curtois.js';

function parseArgs(argv: string[]): {
  timeLimit: number;
  dir: string;
  only: Set<number> | null;
  seed: number;
  outDir: string | null;
  scale: number;
} {
  const args = {
    timeLimit: 60,
    dir: resolve(process.cwd(), '../shared/benchmarks/curtois'),
    only: null as Set<number> | null,
    seed: 1,
    outDir: null as string | null,
    scale: 1,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--time-limit') args.timeLimit = Number(value());
    else if (a === '--dir') args.dir = resolve(value());
    else if (a === '--only') args.only = new Set(value().split(',').map(Number));
    else if (a === '--seed') args.seed = Number(value());
    else if (a === '--out-dir') args.outDir = resolve(value());
    else if (a === '--scale') args.scale = Number(value());
    else throw new Error(`unknown option ${a}`);
  }
  if (!(args.timeLimit > 0)) throw new Error('--time-limit must be a positive number of seconds');
  if (!(Number.isInteger(args.scale) && args.scale >= 1))
    throw new Error('--scale must be a whole number ≥ 1');
  return args;
}

function pad(s: string, n: number, right = false): string {
  return right ? s.padEnd(n) : s.padStart(n);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.dir)) throw new Error(`no such folder ${args.dir} (use --dir)`);
  const files = readdirSync(args.dir)
    .map((f) => /^Instance(\d+)\.txt$/.exec(f))
    .filter((x): x is RegExpExecArray => x !== null)
    .map((x) => ({ n: Number(x[1]), file: join(args.dir, x[0]) }))
    .filter((x) => !args.only || args.only.has(x.n))
    .sort((a, b) => a.n - b.n);
  if (files.length === 0) throw new Error(`no InstanceN.txt files in ${args.dir}`);
  if (args.outDir) mkdirSync(args.outDir, { recursive: true });
  const header = `${pad('instance', 11, true)} ${pad('objective', 10)} ${pad('best known', 10)} ${pad('gap %', 7)} ${pad('seconds', 8)} ${pad('hard', 5)}`;
  console.log(`Curtois & Qu benchmark, time limit ${args.timeLimit} s per instance`);
  if (args.scale > 1)
    console.log(
      `each instance with ${args.scale} times its staff and cover; best known: ${args.scale} times the original's (an upper bound on the optimum)`,
    );
  console.log(header);
  console.log('-'.repeat(header.length));
  const rows: CurtoisRun[] = [];
  for (const { n, file } of files) {
    let run: CurtoisRun;
    try {
      run = await solveCurtoisFile(file, {
        timeLimit: args.timeLimit,
        seed: args.seed,
        out: args.outDir ? join(args.outDir, `Instance${n}.csv`) : null,
        scale: args.scale,
      });
    } catch (err) {
      console.log(
        `${pad(`Instance${n}`, 11, true)} error: ${err instanceof Error ? err.message : String(err)}`,
      );
      continue;
    }
    rows.push(run);
    const known = BEST_KNOWN[`Instance${n}`];
    const best = known === undefined ? undefined : known * args.scale;
    const gap = best === undefined ? '—' : (((run.objective - best) / best) * 100).toFixed(2);
    console.log(
      `${pad(run.instance, 11, true)} ${pad(String(run.objective), 10)} ${pad(best === undefined ? '—' : String(best), 10)} ${pad(gap, 7)} ${pad(run.seconds.toFixed(1), 8)} ${pad(String(run.hardViolations), 5)}`,
    );
  }
  const invalid = rows.filter((r) => r.hardViolations > 0).length;
  console.log(`${rows.length} instances, ${invalid} with hard violations`);
}

main().catch((err: unknown) => {
  console.error(`bench:curtois: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
