import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { PLAN_JOB, QUEUE_NAMES, type PlanJob, type TimerJob } from '#libs/queues';
import { Escalations, type TimerOutcome } from './escalations.js';
import { PLAN_BATCH, TimerPlanner } from './timer-planner.js';

/**
 * Works the `deadlines` queue: `plan` jobs start a subject's chain of timers; every other job is a
 * timer, which adds the next. Plans running at once are worked as one batch, so as many run as it holds.
 */
@Processor(QUEUE_NAMES.deadlines, { concurrency: PLAN_BATCH })
export class DeadlineProcessor extends WorkerHost {
  constructor(
    private readonly planner: TimerPlanner,
    private readonly escalations: Escalations,
  ) {
    super();
  }

  async process(job: Job<PlanJob | TimerJob>): Promise<number | TimerOutcome> {
    if (job.name === PLAN_JOB) return this.planner.plan(job.data as PlanJob);
    const timer = job.data as TimerJob;
    const outcome = await this.escalations.fire(timer);
    // Also after 'already fired': a retry of a job whose worker died between its commit and this line.
    if (outcome !== 'stale') await this.planner.scheduleNext(timer);
    return outcome;
  }
}
