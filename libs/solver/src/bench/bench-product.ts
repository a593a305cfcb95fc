#!/usr/bin/env node
/**
 * npm run bench:product -- [--build-seconds 60] [--repair-seconds 1.5] [--reference-seconds 10] [--seed n] [--employees 200] [--days 28] [--no-shift-limits] [--verbose]
 *
 * The product's two jobs on a generated support team (200 people, four weeks, 12 shift types):
 * (a) build a rota from scratch; (b) repair it after ten new absences, starting from the
 * published rota with stability weighted, as the API does, each person's cover duties (shifts on
 * days they had none published) softly capped at two. Contracts carry shift limits (a total per
 * period and a maximum of nights) unless `--no-shift-limits`, which also drops the cover caps,
 * for comparison with figures from before them. Prints objective, hard violations,
 * uncovered minimum demand, time to the first valid roster, the time at which every fillable
 * gap was filled, changed cells, and how long explaining the repair's assignments takes.
 * Wall-clock figures depend on the machine's load: run it on a quiet machine.
 */
import { performance } from 'node:perf_hooks';
import { solveRoster } from '../api/solve-roster.js';
import { loadHighs } from '../engines/mip/highs.js';
import { Random } from '../engines/random.js';
import { solve, type SolveProgress } from '../engines/solve.js';
import { compileModel, type CompiledModel } from '../model/compiled-model.js';
import { OFF, fromAssignments, toAssignments, type Roster } from '../model/roster.js';
import type {
  AssignmentSpec,
  EmployeeSpec,
  LeaveSpec,
  RosterModel,
} from '../model/roster-model.js';
import { explainAssignments } from '../score/explain-assignments.js';
import { scoreRoster } from '../score/score-roster.js';
import { productTeam } from './product-team.js';

interface Args {
  buildSeconds: number;
  repairSeconds: number;
  referenceSeconds: number;
  seed: number;
  employees: number;
  days: number;
  verbose: boolean;
  shiftLimits: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    buildSeconds: 60,
    repairSeconds: 1.5,
    referenceSeconds: 10,
    seed: 1,
    employees: 200,
    days: 28,
    verbose: false,
    shiftLimits: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--verbose') {
      args.verbose = true;
      continue;
    }
    if (a === '--no-shift-limits') {
      args.shiftLimits = false;
      continue;
    }
    const v = Number(argv[++i]);
    if (!Number.isFinite(v) || v < 0) throw new Error(`${a} needs a number`);
    if (a === '--build-seconds') args.buildSeconds = v;
    else if (a === '--repair-seconds') args.repairSeconds = v;
    else if (a === '--reference-seconds') args.referenceSeconds = v;
    else if (a === '--seed') args.seed = v;
    else if (a === '--employees') args.employees = v;
    else if (a === '--days') args.days = v;
    else throw new Error(`unknown option ${a}`);
  }
  return args;
}

/** People missing below the minimum, summed over every demand cell. */
function uncovered(m: CompiledModel, cells: Int16Array): number {
  const cover = new Int32Array(m.D * m.S);
  for (let c = 0; c < cells.length; c++) {
    const s = cells[c]!;
    if (s !== OFF) cover[(c % m.D) * m.S + s]!++;
  }
  let missing = 0;
  for (let k = 0; k < m.D * m.S; k++) missing += Math.max(0, m.demandMin[k]! - cover[k]!);
  return missing;
}

interface Trace {
  ms: number;
  hard: number;
  objective: number;
  uncovered: number;
  engine: string;
}

async function run(
  m: CompiledModel,
  seconds: number,
  highs: Awaited<ReturnType<typeof loadHighs>>,
  seed: number,
  initial?: Roster,
  log?: (line: string) => void,
): Promise<{ roster: Roster; trace: Trace[]; ms: number; history: SolveProgress[] }> {
  const clock = (): number => performance.now();
  const trace: Trace[] = [];
  const t0 = clock();
  const out = await solve(m, {
    timeLimitMs: seconds * 1000,
    clock,
    seed,
    initial,
    highs,
    log,
    onBest: (cells, p) =>
      trace.push({
        ms: p.elapsedMs,
        hard: p.hardDegree,
        objective: p.objective,
        uncovered: uncovered(m, cells),
        engine: p.engine,
      }),
  });
  return { roster: out.roster, trace, ms: clock() - t0, history: out.history };
}

function changedCells(a: Int16Array, b: Int16Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

/** Ten absences of 3–10 days, each on somebody who works in that period. */
function newAbsences(m: CompiledModel, published: Roster, rnd: Random, count = 10): LeaveSpec[] {
  const out: LeaveSpec[] = [];
  const taken = new Set<number>();
  for (let tries = 0; tries < 1000 && taken.size < count; tries++) {
    const e = rnd.int(m.E);
    if (taken.has(e)) continue;
    const len = 3 + rnd.int(8);
    const start = rnd.int(m.D - len + 1);
    let works = 0;
    for (let d = start; d < start + len; d++) {
      if (published.cells[e * m.D + d] !== OFF) works++;
      if (m.leave[e * m.D + d]) works = -m.D;
    }
    if (works <= 0) continue;
    taken.add(e);
    for (let d = start; d < start + len; d++)
      out.push({ employee: m.employeeIds[e]!, day: d, creditMinutes: 480 });
  }
  return out;
}

/**
 * Caps each person's cover duties softly, as the API does for a preferred maximum: a cover is a
 * shift on a day without a published one; none has been worked yet in this horizon.
 */
function withCoverCaps(
  model: RosterModel,
  published: AssignmentSpec[],
  cap: number,
): EmployeeSpec[] {
  const busy = new Set(published.map((a) => `${a.employee}|${a.day}`));
  return model.employees.map((emp) => {
    const days: number[] = [];
    for (let d = 0; d < model.days; d++) if (!busy.has(`${emp.id}|${d}`)) days.push(d);
    const limit = { name: 'cover duties this month', days, max: cap, weight: 40 };
    const shiftLimits = [...(emp.contract.shiftLimits ?? []), limit];
    return { ...emp, contract: { ...emp.contract, shiftLimits } };
  });
}

const fmtS = (ms: number | null): string => (ms === null ? 'never' : `${(ms / 1000).toFixed(2)} s`);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const model = productTeam({
    employees: args.employees,
    days: args.days,
    seed: 7,
    shiftLimits: args.shiftLimits,
  });
  const m = compileModel(model);
  const highs = await loadHighs();
  console.log(
    `Product bench: ${m.E} employees × ${m.D} days × ${m.S} shift types (machine load makes timings noisy)`,
  );

  // (a) Build.
  const log = args.verbose ? (line: string) => console.log(`    ${line}`) : undefined;
  const build = await run(m, args.buildSeconds, highs, args.seed, undefined, log);
  const firstValid = build.trace.find((t) => t.hard === 0)?.ms ?? null;
  const last = build.trace[build.trace.length - 1]!;
  console.log(
    `build (${args.buildSeconds} s): objective ${last.objective.toFixed(1)}, hard ${last.hard}, uncovered minimum ${last.uncovered}, first valid roster at ${fmtS(firstValid)}, took ${fmtS(build.ms)}`,
  );
  const byRule = scoreRoster(m, build.roster).byRule;
  console.log(
    `  cost by rule: ${Object.entries(byRule)
      .filter(([, r]) => r.cost > 0 || r.count > 0)
      .map(([name, r]) => `${name} ${r.cost.toFixed(0)} (${r.count})`)
      .join(', ')}`,
  );
  for (const t of build.trace)
    console.log(
      `  ${(t.ms / 1000).toFixed(2)}s ${t.engine}: hard ${t.hard.toFixed(2)} objective ${t.objective.toFixed(1)} uncovered ${t.uncovered}`,
    );

  // (b) Repair after ten new absences: the published rota is the start and the reference.
  const published = toAssignments(m, build.roster);
  const absences = newAbsences(m, build.roster, new Random(args.seed + 100));
  const repairModel: RosterModel = {
    ...model,
    employees: args.shiftLimits ? withCoverCaps(model, published, 2) : model.employees,
    leave: [...model.leave, ...absences],
    published,
    weights: { stability: 50, continuity: 20, backup: 0 },
  };
  const rm = compileModel(repairModel);
  const start = fromAssignments(rm, published);
  const onLeave = absences.filter(
    (l) => start.cells[rm.employeeIndex.get(l.employee)! * rm.D + l.day] !== OFF,
  ).length;
  const cleared = start.cells.slice();
  for (const l of absences) cleared[rm.employeeIndex.get(l.employee)! * rm.D + l.day] = OFF;
  const opened = uncovered(rm, cleared);
  const reference = await run(rm, args.referenceSeconds, highs, args.seed, start);
  const fillable = reference.trace[reference.trace.length - 1]!.uncovered;
  const repair = await run(rm, args.repairSeconds, highs, args.seed, start);
  const rl = repair.trace[repair.trace.length - 1]!;
  const filled = repair.trace.find((t) => t.hard === 0 && t.uncovered <= fillable)?.ms ?? null;
  const changed = changedCells(start.cells, repair.roster.cells);
  console.log(
    `repair (${args.repairSeconds} s): ${absences.length} absence days, ${onLeave} published shifts on them, ${opened} people missing below minimum without them; uncovered minimum after ${args.referenceSeconds} s reference ${fillable}`,
  );
  console.log(
    `  every fillable gap filled at ${fmtS(filled)}; final hard ${rl.hard}, uncovered ${rl.uncovered}, objective ${rl.objective.toFixed(1)}, changed cells ${changed} (reference: ${changedCells(start.cells, reference.roster.cells)}), took ${fmtS(repair.ms)}`,
  );
  const caps = scoreRoster(rm, repair.roster).byRule.preferredShiftLimits;
  if (args.shiftLimits)
    console.log(
      `  cover duties above the cap of 2: ${caps?.count ?? 0} people, cost ${(caps?.cost ?? 0).toFixed(0)}`,
    );
  for (const t of repair.trace)
    console.log(
      `  ${(t.ms / 1000).toFixed(2)}s ${t.engine}: hard ${t.hard.toFixed(2)} objective ${t.objective.toFixed(1)} uncovered ${t.uncovered}`,
    );

  // The same repair through the API entry (worker thread: start-up and HiGHS load included).
  const w0 = performance.now();
  const viaWorker = await solveRoster(repairModel, {
    timeLimitSeconds: args.repairSeconds,
    initial: published,
    seed: args.seed,
  });
  const workerMs = performance.now() - w0;
  const workerUncovered = uncovered(rm, fromAssignments(rm, viaWorker.assignments).cells);
  console.log(
    `  via solveRoster (worker): ${fmtS(workerMs)} wall, hard ${viaWorker.hardViolations}, uncovered ${workerUncovered}`,
  );

  // Explanations for what the repair added.
  const e0 = performance.now();
  const explanations = explainAssignments(rm, start, repair.roster);
  const explainMs = performance.now() - e0;
  console.log(
    `explainAssignments: ${explanations.length} assignments in ${explainMs.toFixed(0)} ms`,
  );
  const sample = explanations[0];
  if (sample) {
    console.log(`  e.g. ${sample.employee} on day ${sample.day} ${sample.shiftType}:`);
    for (const r of sample.reasons) console.log(`    - ${r}`);
    for (const a of sample.alternatives) console.log(`    × ${a.reason}`);
  }
  console.log(
    JSON.stringify({
      build: {
        objective: last.objective,
        hard: last.hard,
        uncovered: last.uncovered,
        firstValidSeconds: firstValid === null ? null : firstValid / 1000,
      },
      repair: {
        filledSeconds: filled === null ? null : filled / 1000,
        hard: rl.hard,
        uncovered: rl.uncovered,
        fillableUncovered: fillable,
        openedByAbsences: opened,
        changedCells: changed,
        workerWallSeconds: workerMs / 1000,
        workerUncovered,
      },
      explain: { assignments: explanations.length, ms: Math.round(explainMs) },
    }),
  );
}

main().catch((err: unknown) => {
  console.error(`bench:product: ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
