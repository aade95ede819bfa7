import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource, IsNull } from 'typeorm';
import { OutboxEntity } from '#libs/persistence';
import { QUEUE_NAMES } from '#libs/queues';
import { openTestApp, startTestApp, type TestApp } from '../support/test-app.js';
import { command, detail, register, routed, routeNoiseToStreet } from '../support/tickets.js';
import { sleep, waitFor } from '../support/waiting.js';

interface TimelineEvent {
  type: string;
  data: { step?: string } | null;
}

/** Every key of this test's prefix gone: what `FLUSHALL` does to a deployment, without touching others'. */
async function flushPrefix(url: string, prefix: string): Promise<number> {
  const redis = new Redis(url);
  let removed = 0;
  for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 1000 }) as AsyncIterable<string[]>) {
    if (keys.length > 0) removed += await redis.unlink(...keys);
  }
  await redis.quit();
  return removed;
}

describe('deadlines after Redis loses everything (drill profile)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ DEADLINE_POLICY: 'drill' });
    await routeNoiseToStreet(t);
  });
  afterAll(() => t.close());

  const events = async (id: number): Promise<TimelineEvent[]> => (await detail(t, id)).timeline;
  const count = (timeline: TimelineEvent[], type: string, step?: string) =>
    timeline.filter((event) => event.type === type && (step === undefined || event.data?.step === step)).length;

  it('a flush and a restart: the reconciler restores every timer, none is missed or fired twice', async () => {
    const early = await register(t);
    await routed(t, early.id);
    await sleep(3_000); // its sign-due (2 s) has fired
    expect(count(await events(early.id), 'sign_overdue')).toBe(1);
    const late = await register(t);
    await routed(t, late.id);
    const signed = await register(t);
    await routed(t, signed.id);
    await command(t, 'haibin.handler', signed.id, 'sign').expect(200);

    // Redis loses everything at one instant; the test's flush deletes key by key. Letting the relay
    // publish what is committed first keeps the flush from racing a job being written half-way (its
    // hash kept, its place in the delayed set lost), which a real loss cannot produce.
    const outbox = t.app.get(DataSource).getRepository(OutboxEntity);
    await waitFor(async () => (await outbox.countBy({ publishedAt: IsNull() })) === 0, 10_000, 'the outbox published');
    expect(await flushPrefix(t.settings.redis.url, t.settings.redis.prefix)).toBeGreaterThan(0);
    await t.stop();
    t = await openTestApp(t.settings); // start-up reconciles

    // Past every reply-due (8 s) and the urging notice (10 s): waited for rather than slept, since a
    // loaded machine (a browser test beside) runs timers late; then a while more, for any double.
    const fired = async (id: number) => {
      const timeline = await events(id);
      return count(timeline, 'escalated', 'overdue') > 0 && count(timeline, 'escalated', 'urging_notice') > 0;
    };
    await waitFor(async () => (await Promise.all([early, late, signed].map(({ id }) => fired(id)))).every(Boolean), 40_000, 'every ladder to its notice', 250).catch(
      async (error: Error) => {
        const steps = await Promise.all([early, late, signed].map(async ({ id }) => (await events(id)).map((event) => `${event.type}:${event.data?.step ?? ''}`).join(',')));
        throw new Error(`${error.message}; timelines: ${steps.join(' | ')}`);
      },
    );
    await sleep(2_000);
    for (const { id } of [early, late, signed]) {
      const timeline = await events(id);
      expect(count(timeline, 'escalated', 'overdue')).toBe(1);
      expect(count(timeline, 'escalated', 'urging_notice')).toBe(1);
    }
    expect(count(await events(early.id), 'sign_overdue')).toBe(1); // fired before the flush, not again
    expect(count(await events(late.id), 'sign_overdue')).toBe(1); // missed while Redis was empty, fired after
    expect(count(await events(signed.id), 'sign_overdue')).toBe(0);
  }, 70_000);

  it('the reconcile endpoint is for administrators: it restores a lost timer and removes a superseded one', async () => {
    const deadlines: Queue = t.app.get(getQueueToken(QUEUE_NAMES.deadlines));
    const delayedIds = async () => (await deadlines.getDelayed()).map((job) => job.id!);
    const { id } = await register(t);
    const assignmentId: number = (await routed(t, id)).assignments[0].id;
    await command(t, 'haibin.handler', id, 'sign').expect(200);
    const [{ version }] = await t.app.get(DataSource).query('SELECT version FROM assignments WHERE id = ?', [assignmentId]);
    const ofCurrent = (jobId: string) => jobId.endsWith(`:${assignmentId}:${version}`) && jobId.startsWith('step-');
    await waitFor(async () => (await delayedIds()).some(ofCurrent), 15_000, 'the signed assignment’s timer', 100);
    // Its timer lost, and a timer of the version before it left behind.
    for (const jobId of (await delayedIds()).filter(ofCurrent)) await deadlines.remove(jobId);
    const superseded = `step-publicise:${assignmentId}:${version - 1}`;
    await deadlines.add('step-publicise', { kind: 'step-publicise', subject: 'assignment', subjectId: assignmentId, version: version - 1, at: Date.now() + 3600_000 }, { jobId: superseded, delay: 3600_000 });

    await t.http().post('/api/deadlines/reconcile').set('Authorization', `Bearer ${await t.tokenOf('dispatcher1')}`).expect(403);
    const response = await t.http().post('/api/deadlines/reconcile').set('Authorization', `Bearer ${await t.tokenOf('admin1')}`).expect(200);
    expect(response.body.removed).toBeGreaterThanOrEqual(1);
    expect(response.body.timers).toBeGreaterThanOrEqual(1);
    const after = await delayedIds();
    expect(after).not.toContain(superseded);
    expect(after.filter(ofCurrent)).toHaveLength(1);
  });
});

describe('a timer job run again (a worker killed after its commit, before BullMQ heard of it)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DEADLINE_POLICY: 'drill' });
    await routeNoiseToStreet(t);
  });
  afterAll(() => t.close());

  it('acts once: one timeline entry and one notice, however many times it runs', async () => {
    const { Escalations } = await import('../../apps/routing/src/deadlines/escalations.js');
    const { id } = await register(t);
    const ticket = await routed(t, id);
    const assignment = ticket.assignments[0];
    const [{ version }] = await t.app.get(DataSource).query('SELECT version FROM assignments WHERE id = ?', [assignment.id]);
    const timer = { kind: 'step-supervise', subject: 'assignment' as const, subjectId: assignment.id, version, at: Date.now() };
    const outcomes = await Promise.all([1, 2, 3].map(() => t.app.get(Escalations).fire(timer)));
    expect(outcomes.sort()).toEqual(['already fired', 'already fired', 'fired']);
    expect((await detail(t, id)).timeline.filter((event: TimelineEvent) => event.data?.step === 'supervise')).toHaveLength(1);
    await sleep(1_000); // the notice goes through the notify queue
    const notices = await t.app.get(DataSource).query('SELECT COUNT(*) AS n FROM notices WHERE assignment_id = ? AND kind = ?', [assignment.id, 'step-supervise']);
    expect(Number(notices[0].n)).toBe(1);
  });
});
