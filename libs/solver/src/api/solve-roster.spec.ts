import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compileModel } from '../model/compiled-model.js';
import { fromAssignments } from '../model/roster.js';
import { scoreRoster } from '../score/score-roster.js';
import type { DemandSpec, EmployeeSpec, LeaveSpec } from '../model/roster-model.js';
import { supportTeam } from '../testing/support-team.js';
import { solveRoster, solveRosterInThread } from './solve-roster.js';

const clock = (): number => performance.now();

describe('solveRoster on a support team', () => {
  it('builds a valid rota: skills, leave, rest, pinned shift, every night covered, the backup left out', async () => {
    const model = supportTeam();
    const solution = await solveRosterInThread(model, { timeLimitSeconds: 10, clock, seed: 1 });
    expect(solution.valid).toBe(true);
    expect(solution.hardViolations).toBe(0);
    const m = compileModel(model);
    const roster = fromAssignments(m, solution.assignments);
    expect(scoreRoster(m, roster).objective).toBe(solution.objective);
    expect(solution.assignments).toContainEqual({ employee: 'emp-4', day: 2, shiftType: 'L' });
    expect(
      solution.assignments.filter((a) => a.employee === 'emp-2' && a.day >= 3 && a.day <= 7),
    ).toEqual([]);
    expect(
      solution.assignments
        .filter((a) => a.shiftType === 'N')
        .every((a) => !['emp-1', 'emp-4', 'emp-7'].includes(a.employee)),
    ).toBe(true);
    expect(solution.byRule.coverageBelowMinimum!.count).toBe(0);
    expect(solution.byRule.backupPoolUsedLast!.count).toBe(0);
    expect(solution.gaps).toEqual([]);
    expect(solution.history.length).toBeGreaterThan(0);
  });

  it('repairs a published rota after new leave with few changes when stability is weighted', async () => {
    const base = supportTeam();
    const first = await solveRosterInThread(base, { timeLimitSeconds: 2, clock, seed: 2 });
    // Anna falls ill on days 8–10: repair the published rota.
    const repair = {
      ...base,
      leave: [
        ...base.leave,
        ...[8, 9, 10].map((day) => ({ employee: 'emp-1', day, creditMinutes: 480 })),
      ],
      published: first.assignments,
      weights: { ...base.weights, stability: 500, continuity: 50 },
    };
    const initial = first.assignments.filter(
      (a) => !(a.employee === 'emp-1' && a.day >= 8 && a.day <= 10),
    );
    const fixed = await solveRosterInThread(repair, {
      timeLimitSeconds: 2,
      clock,
      seed: 2,
      initial,
    });
    expect(fixed.valid).toBe(true);
    expect(
      fixed.assignments.filter((a) => a.employee === 'emp-1' && a.day >= 8 && a.day <= 10),
    ).toEqual([]);
    const before = new Set(first.assignments.map((a) => `${a.employee}|${a.day}|${a.shiftType}`));
    const after = new Set(fixed.assignments.map((a) => `${a.employee}|${a.day}|${a.shiftType}`));
    const changed =
      [...after].filter((x) => !before.has(x)).length +
      [...before].filter((x) => !after.has(x)).length;
    // Anna's shifts on her sick days are covered by others; little else moves.
    expect(changed).toBeLessThan(16);
  });

  it('reports an unfillable night as a gap with the reason for every candidate', async () => {
    const solution = await solveRosterInThread(supportTeam({ nightsNeeded: 4 }), {
      timeLimitSeconds: 1,
      clock,
      useMip: false,
    });
    expect(solution.valid).toBe(true);
    expect(solution.gaps.length).toBeGreaterThan(0);
    const gap = solution.gaps[0]!;
    expect(gap.shiftType).toBe('N');
    expect(gap.candidates.length).toBeGreaterThan(0);
    for (const c of gap.candidates) expect(c.reason.length).toBeGreaterThan(0);
  });

  it('ends a run whose engine does not return in time, with the best roster reported', async () => {
    // A worker whose engine reports one roster (everybody off) and then never returns, like a
    // synchronous call that ignores its deadline.
    const file = join(mkdtempSync(join(tmpdir(), 'stalled-worker-')), 'worker.mjs');
    writeFileSync(
      file,
      `import { parentPort, workerData } from 'node:worker_threads';
       const { model } = workerData;
       parentPort.postMessage({
         type: 'progress',
         progress: { elapsedMs: 1, objective: 0, hardDegree: 0, bound: null, engine: 'stalled' },
         cells: new Int16Array(model.employees.length * model.days).fill(-1),
       });
       for (;;) {}`,
    );
    const stalled = pathToFileURL(file);
    const started = Date.now();
    const lines: string[] = [];
    const solution = await solveRoster(
      supportTeam(),
      { timeLimitSeconds: 0.5, log: (line) => lines.push(line) },
      stalled,
    );
    // 0.5 s × 1.1 plus the 2 s grace, with room for a loaded machine.
    expect(Date.now() - started).toBeLessThan(6000);
    expect(solution.cancelled).toBe(false);
    expect(solution.assignments).toEqual([]);
    expect(lines).toContain(
      'the search overran its time limit: stopped with the best roster so far',
    );
  });

  // The worker entry is JavaScript: it runs from the build, which the solver project's jest
  // globalSetup makes (tsc -b libs/solver). Never skipped: a missing build is a failure.
  it('solves in a worker thread without blocking the caller, and stops on abort', async () => {
    const url = new URL('../../dist/engines/solver-worker.js', import.meta.url);
    const workerJs = fileURLToPath(url);
    if (!existsSync(workerJs)) {
      throw new Error(
        `${workerJs} is missing: build the solver first (npx tsc -b libs/solver); the jest globalSetup should have done it`,
      );
    }
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    const controller = new AbortController();
    const progress: number[] = [];
    setTimeout(() => controller.abort(), 1500);
    const solution = await solveRoster(
      supportTeam(),
      {
        timeLimitSeconds: 30,
        signal: controller.signal,
        onProgress: (p) => progress.push(p.objective),
      },
      url,
    );
    clearInterval(timer);
    expect(solution.cancelled).toBe(true);
    expect(solution.valid).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
    expect(ticks).toBeGreaterThan(20);
  });
});

describe('solveRoster with shift limits', () => {
  const early = (day: number, minimum: number): DemandSpec => ({
    day,
    shiftType: 'E',
    minimum,
    weightBelowMinimum: 1000,
    weightAboveMaximum: 5,
  });
  const team = (employees: EmployeeSpec[], demand: DemandSpec[], leave: LeaveSpec[] = []) => ({
    days: 14,
    firstWeekday: 1 as const,
    shiftTypes: [{ id: 'E', name: 'Early', minutes: 480 }],
    employees,
    demand,
    leave,
    preferences: [],
    pinned: [],
  });

  it('never exceeds a hard total limit: the demand above it is reported as gaps', async () => {
    // Two people at most 5 shifts each in the fortnight; one early needed every day.
    const total = { name: 'shifts per fortnight', max: 5 };
    const model = team(
      ['Anna', 'Bartek'].map((name, i) => ({
        id: `p${i}`,
        name,
        contract: { shiftLimits: [total] },
      })),
      Array.from({ length: 14 }, (_, day) => early(day, 1)),
    );
    const solution = await solveRosterInThread(model, { timeLimitSeconds: 3, clock, seed: 1 });
    expect(solution.valid).toBe(true);
    for (const id of ['p0', 'p1'])
      expect(solution.assignments.filter((a) => a.employee === id)).toHaveLength(5);
    expect(solution.gaps.map((g) => g.missing).reduce((a, b) => a + b, 0)).toBe(4);
    for (const gap of solution.gaps)
      expect(gap.candidates.map((c) => c.reason)).toEqual([
        'Anna works at most 5 shifts per fortnight',
        'Bartek works at most 5 shifts per fortnight',
      ]);
  });

  it('moves cover duties to someone under their preferred cap, and goes over it only when nobody else can cover', async () => {
    // Cover duties this month, on the days without a published shift (here: all of them).
    // Bartek already covered his share (cap 2 − 2 worked = 0); Chloé has room for two. Covers
    // are needed on days 1, 3 and 5, and Chloé is away on day 5.
    const cap = (max: number) => ({
      shiftLimits: [
        { name: 'cover duties in March', nameOne: 'cover duty in March', max, weight: 50 },
      ],
    });
    const model = team(
      [
        { id: 'bartek', name: 'Bartek', contract: cap(0) },
        { id: 'chloe', name: 'Chloé', contract: cap(2) },
      ],
      Array.from({ length: 14 }, (_, day) => early(day, [1, 3, 5].includes(day) ? 1 : 0)),
      [{ employee: 'chloe', day: 5 }],
    );
    // Through the worker thread, as the API calls it (the model crosses as plain data).
    const solution = await solveRoster(
      model,
      { timeLimitSeconds: 3, seed: 1 },
      new URL('../../dist/engines/solver-worker.js', import.meta.url),
    );
    expect(solution.valid).toBe(true);
    expect(solution.gaps).toEqual([]);
    expect(solution.assignments).toEqual([
      { employee: 'bartek', day: 5, shiftType: 'E' },
      { employee: 'chloe', day: 1, shiftType: 'E' },
      { employee: 'chloe', day: 3, shiftType: 'E' },
    ]);
    expect(solution.objective).toBe(50);
    expect(solution.breaches).toEqual([
      {
        rule: 'preferredShiftLimits',
        hard: false,
        employee: 'bartek',
        day: null,
        shiftType: null,
        amount: 1,
        cost: 50,
        message: 'Bartek works 1 cover duty in March, would rather not work more than 0',
      },
    ]);
  });
});
