import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { QUEUE_NAMES, type RouteJob } from '#libs/queues';
import { ROUTE_BATCH, RouteService, type RouteOutcome } from './route.service.js';

/**
 * Works the `dispatch` queue; BullMQ retries a job that throws (MySQL away, say) with backoff. Jobs
 * running at once are stored in one transaction, so as many run as a batch holds; two jobs of one
 * ticket cannot both commit (version).
 */
@Processor(QUEUE_NAMES.dispatch, { concurrency: ROUTE_BATCH })
export class RouteProcessor extends WorkerHost {
  constructor(private readonly routes: RouteService) {
    super();
  }

  process(job: Job<RouteJob>): Promise<RouteOutcome> {
    return this.routes.route(job.data.ticketId, job.data.version);
  }
}
