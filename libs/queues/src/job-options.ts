import type { DefaultJobOptions } from 'bullmq';

/** Every queue's defaults; a producer may override them per job. */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  // 1 s, 2 s, 4 s … about four minutes in all: enough to ride out a MySQL failover. Handlers are
  // idempotent (they re-check state and version), so a retry never acts twice.
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  // A kept job keeps its id taken, so a message published again within the day adds nothing.
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  // Failed jobs wait two weeks for someone to look at them.
  removeOnFail: { age: 14 * 24 * 3600, count: 50_000 },
};
