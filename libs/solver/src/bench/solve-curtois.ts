#!/usr/bin/env node
/**
 * npm run solve:curtois -- <InstanceN.txt> --time-limit <seconds> --out <roster.csv> [--seed n] [--quiet] [--no-mip] [--scale k]
 *
 * Solves one Curtois & Qu instance in a worker thread, prints progress, writes the roster CSV;
 * the last stdout line is JSON: {"instance","objective","hardViolations","seconds"}. With
 * `--scale k`, the instance with k times its staff and cover (`scaleCurtois`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { solveRoster } from '../api/solve-roster.js';
import { curtoisToModel, parseCurtois, scaleCurtois, writeRosterCsv } from '../io/curtois.js';
import { compileModel } from '../model/compiled-model.js';
import { fromAssignments } from '../model/roster.js';

interface Args {
  file: string;
  timeLimit: number;
  out: string | null;
  seed: number;
  quiet: boolean;
  mip: boolean;
  verbose: boolean;
  scale: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    file: '',
    timeLimit: 60,
    out: null,
    seed: 1,
    quiet: false,
    mip: true,
    verbose: false,
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
    else if (a === '--out') args.out = value();
    else if (a === '--seed') args.seed = Number(value());
    else if (a === '--quiet') args.quiet = true;
    else if (a === '--verbose') args.verbose = true;
    else if (a === '--no-mip') args.mip = false;
    else if (a === '--scale') args.scale = Number(value());
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else if (args.file) throw new Error(`unexpected argument ${a}`);
    else args.file = a;
  }
  if (!args.file)
    throw new Error(
      'usage: solve:curtois <InstanceN.txt> --time-limit <seconds> --out <roster.csv>',
    );
  if (!(args.timeLimit > 0)) throw new Error('--time-limit must be a positive number of seconds');
  if (!Number.isInteger(args.seed)) throw new Error('--seed must be a whole number');
  if (!(Number.isInteger(args.scale) && args.scale >= 1))
    throw new Error('--scale must be a whole number ≥ 1');
  return args;
}

export interface CurtoisRun {
  instance: string;
  objective: number;
  hardViolations: number;
  seconds: number;
  bound: number | null;
}

/** Solves one instance file; writes the CSV when `out` is given. */
export async function solveCurtoisFile(
  file: string,
  o: {
    timeLimit: number;
    seed?: number;
    out?: string | null;
    mip?: boolean;
    onLine?: (line: string) => void;
    verbose?: boolean;
    /** Solve the instance with its staff and cover this many times over (`scaleCurtois`). */
    scale?: number;
  },
): Promise<CurtoisRun> {
  const t0 = performance.now();
  const scale = o.scale ?? 1;
  const instance = basename(file).replace(/\.txt$/, '') + (scale > 1 ? `x${scale}` : '');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`cannot read ${file}`);
  }
  const parsed = parseCurtois(text);
  const model = curtoisToModel(scale > 1 ? scaleCurtois(parsed, scale) : parsed);
  const compiled = compileModel(model);
  // Leave a little time for start-up, scoring and writing within the limit.
  const budget = Math.max(0.5, o.timeLimit - (performance.now() - t0) / 1000 - 0.4);
  const solution = await solveRoster(model, {
    timeLimitSeconds: budget,
    seed: o.seed ?? 1,
    useMip: o.mip ?? true,
    onProgress: (p) => {
      const what =
        p.hardDegree > 0 ? `hard degree ${p.hardDegree.toFixed(2)}` : `objective ${p.objective}`;
      const lb = p.bound !== null ? ` (bound ${Math.ceil(p.bound - 1e-6)})` : '';
      o.onLine?.(`${(p.elapsedMs / 1000).toFixed(2)}s ${p.engine}: ${what}${lb}`);
    },
    log: o.verbose ? (line) => o.onLine?.(line) : undefined,
  });
  if (o.out)
    writeFileSync(o.out, writeRosterCsv(compiled, fromAssignments(compiled, solution.assignments)));
  const seconds = Math.round((performance.now() - t0) / 10) / 100;
  return {
    instance,
    objective: solution.objective,
    hardViolations: solution.hardViolations,
    seconds,
    bound: solution.bound,
  };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const run = await solveCurtoisFile(args.file, {
    timeLimit: args.timeLimit,
    seed: args.seed,
    out: args.out,
    mip: args.mip,
    verbose: args.verbose,
    scale: args.scale,
    onLine: args.quiet ? undefined : (line) => console.log(line),
  });
  console.log(
    JSON.stringify({
      instance: run.instance,
      objective: run.objective,
      hardViolations: run.hardViolations,
      seconds: run.seconds,
    }),
  );
}

if (process.argv[1] && import.meta.url.endsWith(basename(process.argv[1]))) {
  main().catch((err: unknown) => {
    console.error(`solve:curtois: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
