import { Logger } from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import type { PlanRunner } from './plan-runner.js';

export const PLAN_QUEUE_NAME = 'plans';

/** Where new plans go: a pool in this process, or a BullMQ queue served by `npm run worker`. */
export abstract class PlanQueue {
  abstract enqueue(planId: string): Promise<void>;
  abstract close(): Promise<void>;
}

/** Runs plans in this process, `concurrency` at a time; each solve is in its own worker thread. */
export class InProcessPlanQueue extends PlanQueue {
  private readonly pending: string[] = [];
  private active = 0;
  private closed = false;
  private readonly idle = new Set<() => void>();

  constructor(
    private readonly runner: PlanRunner,
    private readonly concurrency: number,
  ) {
    super();
  }

  enqueue(planId: string): Promise<void> {
    if (!this.pending.includes(planId)) this.pending.push(planId);
    this.pump();
    return Promise.resolve();
  }

  private pump(): void {
    while (!this.closed && this.active < this.concurrency && this.pending.length > 0) {
      const id = this.pending.shift()!;
      this.active++;
      void this.runner.run(id).finally(() => {
        this.active--;
        if (this.active === 0 && this.pending.length === 0) for (const f of this.idle) f();
        this.pump();
      });
    }
  }

  /** Stops taking plans; waits for the running ones to end (they are aborted by the runner). */
  async close(): Promise<void> {
    this.closed = true;
    this.pending.length = 0;
    if (this.active === 0) return;
    this.runner.abortAll();
    await new Promise<void>((resolve) => this.idle.add(resolve));
  }
}

const connection = (url: string) => ({ url, maxRetriesPerRequest: null });

/** Hands plans to BullMQ; any number of `npm run worker` processes take them. */
export class BullPlanQueue extends PlanQueue {
  private readonly queue: Queue;

  constructor(redisUrl: string) {
    super();
    this.queue = new Queue(PLAN_QUEUE_NAME, { connection: connection(redisUrl) });
  }

  async enqueue(planId: string): Promise<void> {
    await this.queue.add(
      'solve',
      { planId },
      { jobId: planId, attempts: 1, removeOnComplete: 1000, removeOnFail: 1000 },
    );
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}

/**
 * A BullMQ worker that runs plans with `runner`. The job only carries the plan's id: state,
 * progress and results live in PostgreSQL, so a lost job leaves a plan the API marks failed.
 */
export function startPlanWorker(redisUrl: string, runner: PlanRunner, concurrency: number): Worker {
  const logger = new Logger('PlanWorker');
  const worker = new Worker<{ planId: string }>(
    PLAN_QUEUE_NAME,
    async (job) => {
      await runner.run(job.data.planId);
    },
    { connection: connection(redisUrl), concurrency },
  );
  worker.on('failed', (job, err) => logger.error(`job ${job?.id ?? '?'} failed: ${err.message}`));
  worker.on('error', (err) => logger.error(err.message));
  return worker;
}
