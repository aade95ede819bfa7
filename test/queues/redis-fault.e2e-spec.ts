import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import type { Job } from 'bullmq';
import request from 'supertest';
import { dropDatabase, migrate, OutboxEntity } from '#libs/persistence';
import { ProducerQueue, QUEUE_NAMES, routeJobId, type RouteJob } from '#libs/queues';
import { producerConnection } from '#libs/redis';
import type { Settings } from '#libs/settings';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis.js';
import { testSettings } from '../support/test-run.js';
import { RecordingLogger } from './recording-logger.js';
import { jobIds, range, startQueuesApp, unpublishedCount, writeRoutes, type QueuesApp } from './queues-app.js';
import { sleep, waitFor } from '../support/waiting.js';

@Processor(QUEUE_NAMES.dispatch)
class RecordingProcessor extends WorkerHost {
  readonly processed: string[] = [];

  async process(job: Job<RouteJob>): Promise<void> {
    this.processed.push(job.id!);
  }
}

@Module({ providers: [RecordingProcessor] })
class RecordingModule {}

describe('Redis going away under the outbox relay and a worker', () => {
  let redis: PrivateRedis;
  let settings: Settings;
  let t: QueuesApp;
  let logger: RecordingLogger;
  const processed = () => t.app.get(RecordingProcessor).processed;
  const health = () => request(t.app.getHttpServer()).get('/health');

  beforeAll(async () => {
    redis = await startPrivateRedis();
    settings = testSettings({ REDIS_URL: redis.url });
    await migrate(settings.db);
    t = await startQueuesApp(settings, { features: [RecordingModule] });
    logger = new RecordingLogger();
    t.app.useLogger(logger);
  });
  afterAll(async () => {
    await t.close();
    await redis.close();
    await dropDatabase(settings.db);
  });

  it('keeps messages written while Redis is down, and publishes each once when it is back', async () => {
    await redis.stop();
    const tickets = range(1, 40);
    for (const ticketId of tickets) {
      await writeRoutes(t.dataSource, [ticketId]);
      t.relay.nudge();
    }
    // The relay tries every row and keeps it: none is published, none is lost.
    const attempted = async () => (await t.dataSource.getRepository(OutboxEntity).find()).every((row) => row.attempts >= 1);
    await waitFor(attempted, 10_000, 'the relay to try every row');
    // The app goes on answering: MySQL work commits, /health says which part is down.
    const down = await health().expect(503);
    expect(down.body.error.redis.status).toBe('down');
    expect(await unpublishedCount(t.dataSource)).toBe(tickets.length);

    await redis.start();
    // Reconnecting takes up to 1 s, the relay's backoff up to 2 s more; the wait allows for a busy machine.
    await waitFor(async () => (await unpublishedCount(t.dataSource)) === 0, 10_000, 'every row published');

    const expected = tickets.map((ticketId) => routeJobId(ticketId, 1)).sort();
    expect(await jobIds(t.queue(QUEUE_NAMES.dispatch))).toEqual(expected);
    await waitFor(async () => processed().length >= tickets.length, 10_000, 'the worker to process every job');
    expect([...processed()].sort()).toEqual(expected);
    await health().expect(200);

    const relayLog = logger.of('OutboxRelay');
    expect(relayLog.filter((entry) => entry.level === 'warn')).toHaveLength(1);
    expect(relayLog.filter((entry) => entry.level === 'log' && /publishing again/.test(entry.message))).toHaveLength(1);
  }, 30_000);

  it('keeps writers committing while a hung Redis holds a publish, and publishes once it answers', async () => {
    processed().length = 0;
    redis.freeze();
    try {
      const tickets = range(101, 20);
      for (const ticketId of tickets) {
        const startedAt = Date.now();
        await writeRoutes(t.dataSource, [ticketId]);
        // The relay holds its claim for up to the publish timeout (2 s); a writer must not wait on it.
        expect(Date.now() - startedAt).toBeLessThan(500);
        t.relay.nudge();
        await sleep(100);
      }
      expect(await unpublishedCount(t.dataSource)).toBe(tickets.length);
    } finally {
      redis.thaw();
    }
    await waitFor(async () => (await unpublishedCount(t.dataSource)) === 0, 10_000, 'every row published');
    const expected = range(101, 20).map((ticketId) => routeJobId(ticketId, 1));
    const jobs = await jobIds(t.queue(QUEUE_NAMES.dispatch));
    expect(jobs.filter((id) => expected.includes(id))).toEqual(expected.sort());
    await waitFor(async () => processed().length >= expected.length, 10_000, 'the worker to process every job');
    expect([...processed()].sort()).toEqual(expected);
  }, 30_000);

  it('keeps a new queue usable when Redis hangs just as it connects', async () => {
    const queue = new ProducerQueue('probe', { connection: producerConnection(redis.url), prefix: `${settings.redis.prefix}:probe` });
    try {
      // Freeze the server the moment the queue's connection is ready, before any command of the queue gets an answer.
      await new Promise<void>((resolve) =>
        queue.getBackend().connection.once('ready', () => {
          redis.freeze();
          resolve();
        }),
      );
      await sleep(2500); // longer than a command may take
      redis.thaw();
      const job = await queue.add('probe', {}, { jobId: 'probe-1' });
      expect(job.id).toBe('probe-1');
    } finally {
      await queue.close();
    }
  }, 30_000);
});
