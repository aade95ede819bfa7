import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import type { Job } from 'bullmq';
import { QUEUE_NAMES, type NoticeJob } from '#libs/queues';
import { NOTICE_PROVIDER, type NoticeProvider } from './notice-provider.js';

/** Works the `notify` queue through the configured provider; a failed delivery is retried with backoff. */
@Processor(QUEUE_NAMES.notify)
export class NotifyProcessor extends WorkerHost {
  constructor(@Inject(NOTICE_PROVIDER) private readonly provider: NoticeProvider) {
    super();
  }

  process(job: Job<NoticeJob>): Promise<void> {
    return this.provider.deliver(job.data);
  }
}
