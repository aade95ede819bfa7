import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { QUEUE_NAMES, type RouteJob } from '#libs/queues';
import { RouteService, type RouteOutcome } from './route.service.js';

/**
 * Works the `dispatch` queue; BullMQ retries a job that throws (MySQL away, say) with backoff. A job
 * waits mostly on MySQL, so several run at once; two jobs of one ticket cannot both commit (version).
 */
@Processor(QUEUE_NAMES.dispatch, { concurrency: 4 })
export class RouteProcessor extends WorkerHost {
  constructor(private readonly routes: RouteService) {
    super();
  }

  process(job: Job<RouteJob>): Promise<RouteOutcome> {
    return this.routes.route(job.data.ticketId, job.data.version);
  }
}
