import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { PLAN_JOB, QUEUE_NAMES, type PlanJob, type TimerJob } from '#libs/queues';
import { Escalations, type TimerOutcome } from './escalations.js';
import { TimerPlanner } from './timer-planner.js';

/** Works the `deadlines` queue: `plan` jobs (re)plan a subject's timers; every other job is a timer. */
@Processor(QUEUE_NAMES.deadlines, { concurrency: 4 })
export class DeadlineProcessor extends WorkerHost {
  constructor(
    private readonly planner: TimerPlanner,
    private readonly escalations: Escalations,
  ) {
    super();
  }

  process(job: Job<PlanJob | TimerJob>): Promise<number | TimerOutcome> {
    if (job.name === PLAN_JOB) return this.planner.plan(job.data as PlanJob);
    return this.escalations.fire(job.data as TimerJob, job.id!);
  }
}
