import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplication, ModuleMetadata } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource, IsNull } from 'typeorm';
import { OutboxEntity } from '#libs/persistence';
import { configureApp, rootModule } from '#libs/platform';
import { ALL_QUEUES, OutboxRelay, QueuesModule, routeMessage, writeOutbox, type OutboxRelayOptions, type QueueName } from '#libs/queues';
import type { Settings } from '#libs/settings';

/** An app of the platform and the queues alone, over an already migrated database. */
export interface QueuesApp {
  app: INestApplication;
  relay: OutboxRelay;
  dataSource: DataSource;
  queue(name: QueueName): Queue;
  close(): Promise<void>;
}

export async function startQueuesApp(
  settings: Settings,
  options: { relay?: Partial<OutboxRelayOptions>; features?: ModuleMetadata['imports'] } = {},
): Promise<QueuesApp> {
  const features = [QueuesModule.forRoot(ALL_QUEUES, options.relay), ...(options.features ?? [])];
  const moduleRef = await Test.createTestingModule({ imports: [rootModule('queues-test', features, settings)] }).compile();
  const app = configureApp(moduleRef.createNestApplication({ bufferLogs: true }), 'queues-test');
  await app.init();
  return {
    app,
    relay: app.get(OutboxRelay),
    dataSource: app.get(DataSource),
    queue: (name) => app.get<Queue>(getQueueToken(name)),
    close: () => app.close(),
  };
}

/** Writes a route message for each ticket id in one committed transaction. */
export const writeRoutes = (dataSource: DataSource, ticketIds: readonly number[], version = 1): Promise<void> =>
  dataSource.transaction(async (manager) => {
    await writeOutbox(manager, ...ticketIds.map((ticketId) => routeMessage(ticketId, version)));
  });

export const unpublishedCount = (dataSource: DataSource): Promise<number> =>
  dataSource.getRepository(OutboxEntity).countBy({ publishedAt: IsNull() });

export const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => from + i);

/** The ids of every job the queue holds, whatever its state. */
export async function jobIds(queue: Queue): Promise<string[]> {
  const jobs = await queue.getJobs(['waiting', 'active', 'completed', 'failed', 'delayed', 'prioritized']);
  return jobs.map((job) => job.id!).sort();
}

/** How often each event (added, duplicated, completed…) was recorded in the queue's event stream. */
export async function eventCounts(settings: Settings, queue: QueueName): Promise<Record<string, number>> {
  const redis = new Redis(settings.redis.url);
  try {
    const entries = await redis.xrange(`${settings.redis.prefix}:${queue}:events`, '-', '+');
    const counts: Record<string, number> = {};
    for (const [, fields] of entries) {
      const event = fields[fields.indexOf('event') + 1]!;
      counts[event] = (counts[event] ?? 0) + 1;
    }
    return counts;
  } finally {
    redis.disconnect();
  }
}
