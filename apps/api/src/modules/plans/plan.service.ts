import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { daysBetween, DomainError, shiftEpochMs } from '@planner/domain';
import { Observable } from 'rxjs';
import { assertManageTeam, notFound } from '../../common/auth/access.js';
import type { Caller } from '../../common/auth/caller.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { UnitOfWork } from '../../database/unit-of-work.js';
import { AssignmentRepository } from '../assignments/assignment.repository.js';
import { AuditRepository } from '../audit/audit.repository.js';
import { RotaRepository } from '../rota/rota.repository.js';
import {
  type CreatePlanDto,
  MAX_PLAN_DAYS,
  type PlanProgressPoint,
  type PlanResponse,
  type PlanStatus,
} from './dto/plan.dto.js';
import { PlanQueue } from './plan-queue.js';
import { PlanRunner } from './plan-runner.js';
import { PlanRepository, type PlanRow } from './plan.repository.js';

const TERMINAL: readonly PlanStatus[] = ['succeeded', 'failed', 'cancelled', 'published'];

export interface PlanEvent {
  type: 'progress' | 'status';
  data: PlanProgressPoint | Omit<PlanResponse, 'progress' | 'result'>;
}

/** Plans: solver runs as persisted jobs, reviewed, then published in one transaction. */
@Injectable()
export class PlanService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Plans');
  private sweeper: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly plans: PlanRepository,
    private readonly rota: RotaRepository,
    private readonly assignments: AssignmentRepository,
    private readonly audit: AuditRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly queue: PlanQueue,
    private readonly runner: PlanRunner,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Plans whose worker died (this process or another) are failed; queued ones are picked up.
    await this.sweep();
    if (!this.config.redisUrl) {
      for (const id of await this.plans.queued()) await this.queue.enqueue(id);
    }
    this.sweeper = setInterval(
      () => void this.sweep().catch((e: unknown) => this.logger.warn(String(e))),
      Math.max(1000, (this.config.plans.workerTimeoutSeconds * 1000) / 4),
    );
    this.sweeper.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    await this.queue.close();
  }

  /** Marks running plans without a recent heartbeat as failed. */
  async sweep(): Promise<string[]> {
    const failed = await this.plans.failAbandoned(this.config.plans.workerTimeoutSeconds);
    for (const id of failed) this.logger.warn(`plan ${id}: its worker stopped; marked failed`);
    return failed;
  }

  async create(caller: Caller, dto: CreatePlanDto): Promise<PlanResponse> {
    if (dto.to < dto.from) {
      throw DomainError.validation([{ field: 'to', reason: 'must not be before from' }]);
    }
    if (daysBetween(dto.from, dto.to) >= MAX_PLAN_DAYS) {
      throw DomainError.validation([
        { field: 'to', reason: `a plan may span at most ${MAX_PLAN_DAYS} days` },
      ]);
    }
    const team = await this.rota.team(dto.teamId);
    if (!team) throw notFound('Team', dto.teamId);
    assertManageTeam(caller, dto.teamId, 'Plan', dto.teamId);
    const row = await this.unitOfWork.run(async (tx) => {
      const plan = await this.plans.insert(tx, {
        teamId: dto.teamId,
        mode: dto.mode,
        from: dto.from,
        to: dto.to,
        timeLimitSeconds: dto.timeLimitSeconds,
        basePlanVersion: team.planVersion,
        createdBy: caller.id,
      });
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId: dto.teamId,
        action: 'plan.create',
        entity: 'plan',
        entityId: plan.id,
        after: {
          mode: dto.mode,
          from: dto.from,
          to: dto.to,
          timeLimitSeconds: dto.timeLimitSeconds,
        },
      });
      return plan;
    });
    await this.queue.enqueue(row.id);
    return this.toResponse(row, team.planVersion);
  }

  async list(caller: Caller, teamId: string): Promise<{ items: PlanResponse[] }> {
    const team = await this.rota.team(teamId);
    if (!team) throw notFound('Team', teamId);
    assertManageTeam(caller, teamId, 'Plan', teamId);
    const rows = await this.plans.list(teamId, 50);
    return { items: rows.map((r) => this.toResponse(r, team.planVersion)) };
  }

  async get(caller: Caller, id: string): Promise<PlanResponse> {
    const row = await this.visible(caller, id);
    return this.toResponse(row, await this.plans.currentVersion(row.teamId));
  }

  async cancel(caller: Caller, id: string): Promise<PlanResponse> {
    await this.visible(caller, id);
    const cancelled = await this.unitOfWork.run(async (tx) => {
      const row = (await this.plans.find(id, tx, true))!;
      if (!(await this.plans.cancel(tx, id))) return row.status;
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId: row.teamId,
        action: 'plan.cancel',
        entity: 'plan',
        entityId: id,
        before: { status: row.status },
      });
      return null;
    });
    if (cancelled !== null) {
      throw new DomainError('PLAN_NOT_CANCELLABLE', `A ${cancelled} plan cannot be cancelled.`);
    }
    this.runner.abort(id);
    return this.get(caller, id);
  }

  /**
   * Applies the plan's diff in one transaction: removed rotation shifts are cancelled, removed
   * assignments deleted, additions inserted as solver assignments with whom they cover for.
   * Refused (409) when the team's rota changed since the plan read it.
   */
  async publish(caller: Caller, id: string): Promise<PlanResponse> {
    const visible = await this.visible(caller, id);
    const team = (await this.rota.team(visible.teamId))!;
    await this.unitOfWork.run(async (tx) => {
      const version = await this.plans.teamVersion(tx, visible.teamId);
      const plan = (await this.plans.find(id, tx, true))!;
      if (plan.status !== 'succeeded' || !plan.result) {
        throw new DomainError(
          'PLAN_NOT_READY',
          `Only a finished plan can be published; this one is ${plan.status}.`,
        );
      }
      if (version !== plan.basePlanVersion) {
        throw new DomainError(
          'PLAN_STALE',
          'The rota changed after this plan was made (leave, rules, rotations or shifts). Run the plan again.',
        );
      }
      const reason = `Plan ${plan.id}`;
      for (const r of plan.result.removed) {
        if (!r.publishedKey) continue;
        if (r.publishedKey.startsWith('assignment:')) {
          await this.assignments.delete(tx, r.publishedKey.slice('assignment:'.length));
        } else {
          await this.assignments.cancelOccurrence(tx, {
            key: r.publishedKey,
            teamId: plan.teamId,
            date: r.date,
            source: 'solver',
            reason,
            createdBy: caller.id,
          });
        }
      }
      for (const a of plan.result.added) {
        const { start, end } = shiftEpochMs(a.date, a.startLocal, a.endLocal, team.timeZone);
        await this.assignments.insert(tx, {
          teamId: plan.teamId,
          employeeId: a.employeeId,
          shiftTypeId: a.shiftTypeId,
          date: a.date,
          start: new Date(start),
          end: new Date(end),
          source: 'solver',
          coverForEmployeeId: a.coverForEmployeeId,
          replacesKey: null,
          pinned: false,
          note: a.skillName ? `${a.skillName} duty (${reason})` : reason,
          createdBy: caller.id,
        });
      }
      await this.plans.markPublished(tx, id, caller.id);
      await this.audit.append(tx, {
        actorId: caller.id,
        teamId: plan.teamId,
        action: 'plan.publish',
        entity: 'plan',
        entityId: id,
        after: {
          added: plan.result.added.map((a) => ({
            employeeId: a.employeeId,
            date: a.date,
            shiftTypeId: a.shiftTypeId,
            coverForEmployeeId: a.coverForEmployeeId,
          })),
          removed: plan.result.removed.map((r) => r.publishedKey),
        },
      });
    });
    return this.get(caller, id);
  }

  /** Progress and status changes of a plan until it ends, read from the database. */
  events(caller: Caller, id: string): Observable<PlanEvent> {
    return new Observable<PlanEvent>((subscriber) => {
      let sent = 0;
      let status: PlanStatus | null = null;
      let timer: NodeJS.Timeout | null = null;
      let stopped = false;
      const tick = async (): Promise<void> => {
        const row = await this.visible(caller, id);
        for (const p of row.progress.slice(sent)) subscriber.next({ type: 'progress', data: p });
        sent = Math.max(sent, row.progress.length);
        if (row.status !== status) {
          status = row.status;
          const {
            progress: _p,
            result: _r,
            ...summary
          } = this.toResponse(row, await this.plans.currentVersion(row.teamId));
          subscriber.next({ type: 'status', data: summary });
        }
        if (TERMINAL.includes(row.status)) subscriber.complete();
        else if (!stopped) timer = setTimeout(loop, 500);
      };
      const loop = (): void => {
        tick().catch((err: unknown) => subscriber.error(err));
      };
      loop();
      return () => {
        stopped = true;
        if (timer) clearTimeout(timer);
      };
    });
  }

  private async visible(caller: Caller, id: string): Promise<PlanRow> {
    const row = await this.plans.find(id);
    if (!row) throw notFound('Plan', id);
    assertManageTeam(caller, row.teamId, 'Plan', id);
    return row;
  }

  private toResponse(row: PlanRow, currentVersion: string | null): PlanResponse {
    return {
      id: row.id,
      teamId: row.teamId,
      mode: row.mode,
      from: row.from,
      to: row.to,
      status: row.status,
      timeLimitSeconds: row.timeLimitSeconds,
      stale: row.status === 'succeeded' && currentVersion !== row.basePlanVersion,
      timeLimitReached: row.timeLimitReached,
      createdAt: row.createdAt.toISOString(),
      startedAt: row.startedAt?.toISOString() ?? null,
      finishedAt: row.finishedAt?.toISOString() ?? null,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      error: row.error,
      progress: row.progress,
      result: row.result,
    };
  }
}
