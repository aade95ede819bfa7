import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dropDatabase, migrate } from '#libs/persistence';
import { QUEUE_NAMES, routeJobId } from '#libs/queues';
import type { Settings } from '#libs/settings';
import { testSettings } from '../support/test-run.js';
import { eventCounts, jobIds, range, startQueuesApp, unpublishedCount, writeRoutes, type QueuesApp } from './queues-app.js';
import { waitFor } from '../support/waiting.js';

const TICKETS = 500;
const PER_TRANSACTION = 25;

describe('two instances relaying the same outbox', () => {
  let settings: Settings;
  let instances: QueuesApp[];
  beforeAll(async () => {
    settings = testSettings();
    await migrate(settings.db);
    // Small batches, so the two relays interleave claims many times over.
    instances = await Promise.all([1, 2].map(() => startQueuesApp(settings, { relay: { batchSize: 10 } })));
  });
  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.close()));
    await dropDatabase(settings.db);
  });

  it('publish every message exactly once between them', async () => {
    const [first] = instances;
    for (let from = 1; from <= TICKETS; from += PER_TRANSACTION) {
      await writeRoutes(first!.dataSource, range(from, PER_TRANSACTION));
      // Both are nudged at once, as when each instance committed a ticket of its own.
      for (const instance of instances) instance.relay.nudge();
    }
    await waitFor(async () => (await unpublishedCount(first!.dataSource)) === 0, 20_000, 'every row published');

    const expected = range(1, TICKETS).map((ticketId) => routeJobId(ticketId, 1));
    expect(await jobIds(first!.queue(QUEUE_NAMES.dispatch))).toEqual(expected.sort());
    // A row published twice would show as a `duplicated` event even though BullMQ dropped the job.
    const events = await eventCounts(settings, QUEUE_NAMES.dispatch);
    expect(events.added).toBe(TICKETS);
    expect(events.duplicated).toBeUndefined();
  }, 30_000);
});
