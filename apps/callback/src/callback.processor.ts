import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { CALLBACK_OPEN_JOB, QUEUE_NAMES, type CallbackOpenJob } from '#libs/queues';
import { CallbackDesk, type OpenOutcome } from './callback-desk.service.js';

/** Works the `callbacks` queue: `open` a task for an approved reply; `retry` offers tasks whose gap after a missed call has passed. */
@Processor(QUEUE_NAMES.callbacks, { concurrency: 4 })
export class CallbackProcessor extends WorkerHost {
  constructor(private readonly desk: CallbackDesk) {
    super();
  }

  async process(job: Job): Promise<OpenOutcome | number> {
    if (job.name === CALLBACK_OPEN_JOB) return this.desk.open(job.data as CallbackOpenJob);
    return this.desk.offerWaiting();
  }
}
