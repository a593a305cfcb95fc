import { Inject, Injectable, Logger } from '@nestjs/common';
import { solveRoster, type RosterSolution, type SolveProgress } from '@planner/solver';
import { DataSource } from 'typeorm';
import type { Tx } from '../../database/data-source.js';
import { FairnessService } from '../fairness/fairness.service.js';
import { RotaRepository } from '../rota/rota.repository.js';
import type { PlanProgressPoint } from './dto/plan.dto.js';
import { explanationsByCell } from './plan-explain.js';
import { describePlan } from './plan-result.js';
import { PlanRepository } from './plan.repository.js';
import { PlanningRepository } from './planning.repository.js';
import { buildRosterMapping, CONTEXT_DAYS } from './roster-mapping.js';
import { addDays } from '@planner/domain';
import { solverWorkerUrl } from './solver-worker-url.js';

const STOPPED = 'The run was stopped before it finished; nothing was applied.';

export const PLAN_HEARTBEAT_MS = Symbol('PLAN_HEARTBEAT_MS');

/**
 * Runs one plan: claims it, reads the team's plan in one snapshot (and the plan version it was
 * read at), maps it onto the solver's model, solves in a worker thread with progress and
 * heartbeats written to the plan, and stores the proposed diff. Whoever calls it — the in-process
 * pool or a BullMQ worker — gets the same behaviour; a cancelled plan stops at the next beat.
 */
@Injectable()
export class PlanRunner {
  private readonly logger = new Logger('PlanRunner');
  private readonly running = new Map<string, AbortController>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly plans: PlanRepository,
    private readonly rota: RotaRepository,
    private readonly planning: PlanningRepository,
    private readonly fairness: FairnessService,
    @Inject(PLAN_HEARTBEAT_MS) private readonly heartbeatMs: number,
  ) {}

  /** Stops a run of this process now (others notice the cancellation at their next beat). */
  abort(planId: string): void {
    this.running.get(planId)?.abort();
  }

  /** Stops every run of this process (shutdown); they end as failed unless cancelled. */
  abortAll(): void {
    for (const controller of this.running.values()) controller.abort();
  }

  async run(planId: string): Promise<void> {
    if (!(await this.plans.claim(planId))) return;
    const plan = (await this.plans.find(planId))!;
    const abort = new AbortController();
    this.running.set(planId, abort);
    const progress: PlanProgressPoint[] = [];
    let dirty = false;
    const beat = async (): Promise<void> => {
      const write = dirty ? progress.slice() : null;
      dirty = false;
      if (!(await this.plans.beat(planId, write))) abort.abort();
    };
    const timer = setInterval(() => {
      beat().catch((err: unknown) =>
        this.logger.warn(`heartbeat of plan ${planId}: ${String(err)}`),
      );
    }, this.heartbeatMs);
    const started = performance.now();
    try {
      const read = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
        const tx = manager as unknown as Tx;
        const team = (await this.rota.team(plan.teamId, tx))!;
        const inputs = await this.rota.inputs(
          team,
          addDays(plan.from, -CONTEXT_DAYS - 1),
          addDays(plan.to, 2),
          tx,
        );
        const people = await this.planning.people(plan.teamId, tx);
        return { team, inputs, people };
      });
      await this.plans.setBase(planId, read.team.planVersion);
      const readAt = performance.now();
      const history = await this.fairness.history(read.team, plan.from);
      const mapping = buildRosterMapping(
        read.inputs,
        read.people.filter((p) => p.active),
        { from: plan.from, to: plan.to },
        plan.mode,
        history,
      );
      if (abort.signal.aborted) throw new Error(STOPPED);
      // The time limit is the whole job's: the search gets what reading and mapping left,
      // less a reserve for explaining and storing the result.
      const modelAt = performance.now();
      const reserve = Math.min(10, Math.max(0.2, plan.timeLimitSeconds * 0.15));
      const searchSeconds = Math.max(
        0.3,
        plan.timeLimitSeconds - (modelAt - started) / 1000 - reserve,
      );
      const solution: RosterSolution = await solveRoster(
        mapping.model,
        {
          timeLimitSeconds: searchSeconds,
          initial: mapping.initial,
          signal: abort.signal,
          explain: { dayLabels: mapping.dates },
          onProgress: (p: SolveProgress) => {
            progress.push({
              elapsedMs: Math.round(p.elapsedMs),
              objective: p.objective,
              hardDegree: p.hardDegree,
            });
            dirty = true;
          },
        },
        solverWorkerUrl(),
      );
      // Cancelled (the plan already says so; finishing it fails) or stopped by a shutdown.
      if (abort.signal.aborted) throw new Error(STOPPED);
      const solvedAt = performance.now();
      const explanations = explanationsByCell(mapping, solution.explanations ?? []);
      const result = describePlan(
        read.inputs,
        mapping,
        { from: plan.from, to: plan.to },
        solution,
        explanations,
        {
          readMs: Math.round(readAt - started),
          modelMs: Math.round(modelAt - readAt),
          solveMs: Math.round(solvedAt - modelAt),
          explainMs: Math.round(performance.now() - solvedAt),
        },
      );
      const proven = solution.bound !== null && solution.objective <= solution.bound + 1e-6;
      await this.plans.finish(planId, {
        status: 'succeeded',
        progress,
        result,
        error: null,
        timeLimitReached: !proven,
      });
    } catch (err) {
      if (!abort.signal.aborted)
        this.logger.error(
          `plan ${planId} failed: ${err instanceof Error ? err.stack : String(err)}`,
        );
      await this.plans.finish(planId, {
        status: 'failed',
        progress,
        result: null,
        error: err instanceof Error ? err.message : String(err),
        timeLimitReached: false,
      });
    } finally {
      clearInterval(timer);
      this.running.delete(planId);
    }
  }
}
