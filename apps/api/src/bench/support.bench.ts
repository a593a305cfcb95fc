/**
 * npm run bench:support — the planner's two jobs on a generated 24/7 support team, through the
 * API as a manager uses it (HTTP, PostgreSQL, the solver in a worker thread):
 *
 * 1. December with about a fifth of the staff on leave: a repair plan fills the gaps; compared
 *    with a first-available greedy fill of the same gaps (spread of cover duties, nights and
 *    weekends per FTE, history included).
 * 2. Ten more leaves approved after that plan is published: a repair with a 1-second limit
 *    (the interactive case; target ≤ 2 s with every fillable gap filled).
 * 3. A build of the four weeks from the rotations and rules (target ≤ 60 s).
 *
 * Options: --size 200 --seed 7 --build-seconds 60 --season-seconds 20 --repair-seconds 1
 */
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { addDays, daysBetween, endsNextDay, isoWeekday } from '@planner/domain';
import { compileModel, fromAssignments, OFF, RosterState } from '@planner/solver';
import { createApp } from '../app.js';
import { loadConfig } from '../config/config.js';
import type { PlanResponse, PlanResult } from '../modules/plans/dto/plan.dto.js';
import { FairnessService } from '../modules/fairness/fairness.service.js';
import { PlanningRepository } from '../modules/plans/planning.repository.js';
import {
  buildRosterMapping,
  CONTEXT_DAYS,
  type RosterMapping,
} from '../modules/plans/roster-mapping.js';
import { RotaRepository } from '../modules/rota/rota.repository.js';
import { benchDatabase } from './bench-database.js';
import { approveLeave, seeded, seedSupportTeam, SUPPORT_LOGIN } from './support-team.js';

/** Gaps left after a plan, saying how many lie before the plan's first shift could start. */
function after(r: PlanResult): string {
  const early = r.coverageGapsAfter.filter((g) => g.beforePlan).length;
  return early > 0 ? `${r.gapsAfter} (${early} before the plan's first shift)` : `${r.gapsAfter}`;
}

const FROM = '2026-12-01';
const TO = '2026-12-28';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

interface Cell {
  employeeId: string;
  date: string;
  night: boolean;
}

/** Per-FTE spread (min / max / standard deviation) of a count per employee. */
function spread(values: Map<string, number>, fte: Map<string, number>) {
  const xs = [...fte.keys()].map((id) => (values.get(id) ?? 0) / fte.get(id)!);
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
  return { min: Math.min(...xs), max: Math.max(...xs), sd };
}

/** Cover duties (history + added), nights and weekend shifts per employee in the final roster. */
function loads(cells: Cell[], added: Cell[], coverHistory: Record<string, number>) {
  const cover = new Map(Object.entries(coverHistory));
  for (const a of added) cover.set(a.employeeId, (cover.get(a.employeeId) ?? 0) + 1);
  const nights = new Map<string, number>();
  const weekends = new Map<string, number>();
  for (const c of cells) {
    if (c.night) nights.set(c.employeeId, (nights.get(c.employeeId) ?? 0) + 1);
    if (isoWeekday(c.date) >= 6) weekends.set(c.employeeId, (weekends.get(c.employeeId) ?? 0) + 1);
  }
  return { cover, nights, weekends };
}

/**
 * The spreadsheet way: each vacated shift that leaves its duty below the minimum goes to the
 * first person on the list who is free and breaks no hard rule.
 */
function greedyFill(mapping: RosterMapping): { added: Cell[]; unfilled: number } {
  const m = compileModel(mapping.model);
  const state = new RosterState(m, fromAssignments(m, mapping.initial));
  const added: Cell[] = [];
  let unfilled = 0;
  for (const v of [...mapping.vacated].sort((a, b) => a.day - b.day)) {
    const s = m.shiftIndex.get(v.duty)!;
    let staffed = 0;
    for (let e = 0; e < m.E; e++) if (state.cells[e * m.D + v.day] === s) staffed++;
    if (staffed >= m.demandMin[v.day * m.S + s]!) continue;
    let taken = false;
    for (let c = 0; c < m.E && !taken; c++) {
      if (state.cells[c * m.D + v.day] !== OFF) continue;
      state.evalSet(c, v.day, s);
      if (state.dHard > 1e-9) continue;
      state.set(c, v.day, s);
      const duty = mapping.duties.get(v.duty)!.shiftType;
      added.push({
        employeeId: m.employeeIds[c]!,
        date: mapping.dates[v.day]!,
        night: endsNextDay(duty.startTime, duty.endTime),
      });
      taken = true;
    }
    if (!taken) unfilled++;
  }
  return { added, unfilled };
}

async function main(): Promise<void> {
  const size = option('size', 200);
  const seed = option('seed', 7);
  const db = await benchDatabase();
  const app = await createApp(
    loadConfig({ DATABASE_URL: db.url, WEB_DIST: '', LOG_LEVEL: 'error', PLAN_CONCURRENCY: '1' }),
    db.dataSource,
    { logger: false },
  );
  try {
    const seededAt = performance.now();
    const team = await seedSupportTeam(db.dataSource, size, seed);
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    const { accessToken } = (await (
      await fetch(`${base}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(SUPPORT_LOGIN),
      })
    ).json()) as { accessToken: string };
    const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
    const timing = (p: PlanResponse) => {
      const t = p.result!.timings;
      return `read ${t.readMs} ms, model ${t.modelMs} ms, search ${t.solveMs} ms, explain ${t.explainMs} ms`;
    };
    const runPlan = async (mode: 'build' | 'repair', timeLimitSeconds: number) => {
      const started = performance.now();
      const created = (await (
        await fetch(`${base}/api/plans`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ teamId: team.teamId, from: FROM, to: TO, mode, timeLimitSeconds }),
        })
      ).json()) as PlanResponse;
      for (;;) {
        const plan = (await (
          await fetch(`${base}/api/plans/${created.id}`, { headers })
        ).json()) as PlanResponse;
        if (!['queued', 'running'].includes(plan.status)) {
          if (plan.status !== 'succeeded') throw new Error(`plan ${plan.status}: ${plan.error}`);
          return { plan, seconds: (performance.now() - started) / 1000 };
        }
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const random = seeded(seed + 1);
    const days = daysBetween(FROM, TO) + 1;
    const absent = new Set<string>();
    const pickAbsences = (count: number, minDays: number, maxDays: number) => {
      const out: { employeeId: string; from: string; to: string }[] = [];
      while (out.length < count) {
        const e = team.employees[Math.floor(random() * team.employees.length)]!;
        if (absent.has(e.id)) continue;
        absent.add(e.id);
        const length = minDays + Math.floor(random() * (maxDays - minDays + 1));
        const from = addDays(FROM, Math.floor(random() * (days - length)));
        out.push({ employeeId: e.id, from, to: addDays(from, length - 1) });
      }
      return out;
    };
    await approveLeave(db.dataSource, team, pickAbsences(Math.round(size * 0.2), 5, 10));
    console.log(
      `Support team: ${size} people (${team.employees.filter((e) => e.homeTimeZone !== 'Europe/Warsaw').length} in New York), ${FROM} … ${TO}, ${Math.round(size * 0.2)} on leave for 5–10 days; seeded in ${((performance.now() - seededAt) / 1000).toFixed(1)} s`,
    );

    // The same inputs the plan reads, for the greedy baseline and the loads.
    const rota = app.get(RotaRepository);
    const teamRow = (await rota.team(team.teamId))!;
    const inputs = await rota.inputs(teamRow, addDays(FROM, -CONTEXT_DAYS - 1), addDays(TO, 2));
    const people = (await app.get(PlanningRepository).people(team.teamId)).filter((p) => p.active);
    const history = await app.get(FairnessService).history(teamRow, FROM);
    const mapping = buildRosterMapping(inputs, people, { from: FROM, to: TO }, 'repair', history);
    const fte = new Map(
      people.filter((p) => p.fte > 0 && p.weeklyMinutes > 0).map((p) => [p.employeeId, p.fte]),
    );
    fte.delete(people.find((p) => p.name === 'Support Manager')?.employeeId ?? '');
    const nightDuty = (duty: string) => {
      const t = mapping.duties.get(duty)!.shiftType;
      return endsNextDay(t.startTime, t.endTime);
    };
    const published: Cell[] = mapping.initial
      .filter((c) => c.day >= mapping.firstPlanDay)
      .map((c) => ({
        employeeId: c.employee,
        date: mapping.dates[c.day]!,
        night: nightDuty(c.shiftType),
      }));

    // 1. The holiday season: solver repair against greedy.
    const season = await runPlan('repair', option('season-seconds', 20));
    const r = season.plan.result!;
    const nights = new Set(
      inputs.shiftTypes.filter((t) => endsNextDay(t.startTime, t.endTime)).map((t) => t.id),
    );
    const removedKeys = new Set(r.removed.map((x) => `${x.employeeId}|${x.date}`));
    const solverAdded = r.added.map((a) => ({
      employeeId: a.employeeId,
      date: a.date,
      night: nights.has(a.shiftTypeId),
    }));
    const solverCells = [
      ...published.filter((c) => !removedKeys.has(`${c.employeeId}|${c.date}`)),
      ...solverAdded,
    ];
    const greedy = greedyFill(mapping);
    const greedyCells = [...published, ...greedy.added];
    const solverLoads = loads(solverCells, solverAdded, history.cover ?? {});
    const greedyLoads = loads(greedyCells, greedy.added, history.cover ?? {});
    const fillable = (gaps: typeof r.gaps) =>
      gaps.filter((g) => g.candidates.some((c) => c.rule === null)).length;
    console.log('\n1. Holiday season repair (December, ~20 % on leave)');
    console.log(
      `   vacated shifts: ${mapping.vacated.length}; coverage gaps before: ${r.gapsBefore}, after: ${after(r)}`,
    );
    console.log(
      `   solver: ${r.added.length} cover duties added, ${r.removed.length} published shifts moved, hard violations ${r.hardViolations}, unfilled solver gaps ${r.gaps.length} (fillable ${fillable(r.gaps)}), ${season.seconds.toFixed(1)} s (limit ${season.plan.timeLimitSeconds} s)`,
    );
    console.log(
      `   greedy first-available: ${greedy.added.length} added, ${greedy.unfilled} vacated shifts left open`,
    );
    // Before: the published rota less the leave, the gaps still open (what both fills start from).
    const beforeLoads = loads(published, [], history.cover ?? {});
    console.log(
      '   spread per FTE (min / max / sd)      solver                 greedy                 before the fill',
    );
    for (const k of ['cover', 'nights', 'weekends'] as const) {
      const f = (x: { min: number; max: number; sd: number }) =>
        `${x.min.toFixed(1)} / ${x.max.toFixed(1)} / ${x.sd.toFixed(2)}`.padEnd(22);
      const row = [solverLoads, greedyLoads, beforeLoads].map((l) => f(spread(l[k], fte)));
      console.log(`   ${k.padEnd(34)} ${row.join(' ')}`);
    }
    const busiest = Object.entries(history.cover ?? {})
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([id]) => id);
    const toBusiest = (added: Cell[]) => added.filter((a) => busiest.includes(a.employeeId)).length;
    console.log(
      `   cover duties given to the 10 people who covered most in October and November: solver ${toBusiest(solverAdded)} of ${solverAdded.length}, greedy ${toBusiest(greedy.added)} of ${greedy.added.length}`,
    );
    const most = (added: Cell[]) => {
      const per = new Map<string, number>();
      for (const a of added) per.set(a.employeeId, (per.get(a.employeeId) ?? 0) + 1);
      return Math.max(0, ...per.values());
    };
    console.log(
      `   most cover duties one person got from this repair: solver ${most(solverAdded)}, greedy ${most(greedy.added)}`,
    );
    const published1 = await fetch(`${base}/api/plans/${season.plan.id}/publish`, {
      method: 'POST',
      headers,
    });
    if (published1.status !== 200) throw new Error(`publish answered ${published1.status}`);

    console.log(`   ${timing(season.plan)}`);
    // 2. Ten more leaves, repaired interactively.
    await approveLeave(db.dataSource, team, pickAbsences(10, 3, 7));
    const repair = await runPlan('repair', option('repair-seconds', 1));
    const rr = repair.plan.result!;
    const final = repair.plan.progress.at(-1)!;
    console.log('\n2. Ten more leaves approved, then an interactive repair');
    console.log(
      `   coverage gaps before: ${rr.gapsBefore}, after: ${after(rr)}; ${rr.added.length} added, ${rr.removed.length} moved (changes versus the published rota: ${rr.added.length + rr.removed.length}); hard violations ${rr.hardViolations}; unfilled solver gaps ${rr.gaps.length} (fillable ${fillable(rr.gaps)})`,
    );
    console.log(
      `   job wall time ${repair.seconds.toFixed(2)} s (limit ${repair.plan.timeLimitSeconds} s; read, map, solve, explain, store); its best rota found at ${(final.elapsedMs / 1000).toFixed(2)} s of search`,
    );
    console.log(`   ${timing(repair.plan)}`);
    const reference = await runPlan('repair', 15);
    console.log(
      `   the same repair with 15 s: coverage gaps after ${after(reference.plan.result!)}, unfilled solver gaps ${reference.plan.result!.gaps.length}, ${reference.plan.result!.added.length} added, ${reference.plan.result!.removed.length} moved; job wall time ${reference.seconds.toFixed(2)} s`,
    );
    console.log(`   ${timing(reference.plan)}`);

    // 3. Build the four weeks.
    const build = await runPlan('build', option('build-seconds', 60));
    const b = build.plan.result!;
    const firstValid = build.plan.progress.find((p) => p.hardDegree === 0);
    console.log('\n3. Build of the four weeks from rotations and rules');
    console.log(
      `   ${build.seconds.toFixed(1)} s (limit ${build.plan.timeLimitSeconds} s), first valid roster at ${firstValid ? (firstValid.elapsedMs / 1000).toFixed(2) : '—'} s; objective ${b.objective.toFixed(0)}${b.bound !== null ? ` (bound ${b.bound.toFixed(0)})` : ''}; coverage gaps ${b.gapsBefore} → ${after(b)}; hard violations ${b.hardViolations}; ${b.added.length} added, ${b.removed.length} removed`,
    );
    console.log(`   ${timing(build.plan)}`);
  } finally {
    await app.close();
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
