import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileModel } from '../model/compiled-model.js';
import { fromAssignments } from '../model/roster.js';
import { scoreRoster } from '../score/score-roster.js';
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
