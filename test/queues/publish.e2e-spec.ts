import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { dropDatabase, migrate, OutboxEntity } from '#libs/persistence';
import { OutboxJanitor, QUEUE_NAMES, routeJobId, routeMessage, writeOutbox } from '#libs/queues';
import type { Settings } from '#libs/settings';
import { testSettings } from '../support/test-run.js';
import { eventCounts, jobIds, startQueuesApp, unpublishedCount, writeRoutes, type QueuesApp } from './queues-app.js';
import { sleep, waitFor } from '../support/waiting.js';

const DAY_MS = 24 * 3600 * 1000;

describe('the outbox relay publishes committed messages to BullMQ', () => {
  let settings: Settings;
  let t: QueuesApp;
  beforeAll(async () => {
    settings = testSettings();
    await migrate(settings.db);
    // No poll within the test: whatever gets published, a nudge published.
    t = await startQueuesApp(settings, { relay: { pollIntervalMs: 60_000 } });
  });
  afterAll(async () => {
    await t.close();
    await dropDatabase(settings.db);
  });

  it('turns a committed message into one route job under the deployment prefix, within milliseconds of a nudge', async () => {
    const dispatch = t.queue(QUEUE_NAMES.dispatch);
    await writeRoutes(t.dataSource, [7], 2);
    const nudgedAt = Date.now();
    t.relay.nudge();
    await waitFor(async () => (await dispatch.getJob('route:7:2')) !== undefined, 2000, 'the route job');
    expect(Date.now() - nudgedAt).toBeLessThan(250);

    const job = await dispatch.getJob(routeJobId(7, 2));
    expect(job).toMatchObject({ name: 'route', data: { ticketId: 7, version: 2 }, opts: { attempts: 8 } });
    const redis = new Redis(settings.redis.url);
    try {
      expect(await redis.exists(`${settings.redis.prefix}:dispatch:route:7:2`)).toBe(1);
    } finally {
      redis.disconnect();
    }
    await waitFor(async () => (await unpublishedCount(t.dataSource)) === 0, 2000, 'the row marked published');
    const row = await t.dataSource.getRepository(OutboxEntity).findOneByOrFail({ aggregateId: 7 });
    expect(row).toMatchObject({ topic: 'ticket.route', payload: { ticketId: 7, version: 2 }, attempts: 0 });
    expect(row.publishedAt).toBeInstanceOf(Date);
  });

  it('adds nothing when the same message is published again', async () => {
    const dispatch = t.queue(QUEUE_NAMES.dispatch);
    await writeRoutes(t.dataSource, [7], 2);
    t.relay.nudge();
    await waitFor(async () => (await unpublishedCount(t.dataSource)) === 0, 2000, 'the second row published');
    expect(await jobIds(dispatch)).toEqual(['route:7:2']);
    expect(await eventCounts(settings, QUEUE_NAMES.dispatch)).toMatchObject({ added: 1, duplicated: 1 });
  });

  it('publishes nothing of a rolled-back transaction', async () => {
    const rolledBack = t.dataSource.transaction(async (manager) => {
      await writeOutbox(manager, routeMessage(8, 1));
      throw new Error('the change failed');
    });
    await expect(rolledBack).rejects.toThrow('the change failed');
    t.relay.nudge();
    await sleep(300);
    expect(await t.dataSource.getRepository(OutboxEntity).countBy({ aggregateId: 8 })).toBe(0);
    expect(await t.queue(QUEUE_NAMES.dispatch).getJob(routeJobId(8, 1))).toBeUndefined();
  });

  it('refuses to write outside a transaction', async () => {
    await expect(writeOutbox(t.dataSource.manager, routeMessage(9, 1))).rejects.toThrow(/inside a transaction/);
  });

  it('deletes published rows past retention, and only those', async () => {
    const outbox = t.dataSource.getRepository(OutboxEntity);
    const now = new Date();
    const row = (aggregateId: number, publishedAt: Date | null) => ({ topic: 'ticket.route', aggregateId, payload: { ticketId: aggregateId, version: 1 }, publishedAt });
    await outbox.insert([row(100, new Date(now.getTime() - 8 * DAY_MS)), row(101, new Date(now.getTime() - DAY_MS)), row(102, null)]);
    expect(await t.app.get(OutboxJanitor).purge(now)).toBe(1);
    expect(await outbox.countBy({ aggregateId: 100 })).toBe(0);
    expect(await outbox.countBy({ aggregateId: 101 })).toBe(1);
    expect(await outbox.countBy({ aggregateId: 102 })).toBe(1);
  });
});
