import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QUEUE_NAMES } from '#libs/queues';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addRule, authed, command, detail, register, routed, routeNoiseToStreet } from '../support/tickets.js';
import { sleep, waitFor } from '../support/waiting.js';

// The drill profile counts in seconds: sign-due 2 s, reply-due 8 s (warning at 6 s), urging notice at
// 10 s, supervision at 12 s; the centre's dispatch-due 4 s.
interface TimelineEvent {
  type: string;
  actor: { role: string };
  data: { step?: string } | null;
}

describe('deadlines that enforce themselves (drill profile, limits in seconds)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ DEADLINE_POLICY: 'drill' });
    await routeNoiseToStreet(t);
    await addRule(t, { categoryPrefix: '010101', regionPrefix: '379901001002' }, { type: 'manual', reason: '需人工研判' });
  });
  afterAll(() => t.close());

  const timeline = async (id: number): Promise<TimelineEvent[]> => (await detail(t, id)).timeline;
  const steps = (events: TimelineEvent[]) => events.filter((e) => e.type === 'escalated').map((e) => e.data?.step);
  const eventually = (check: () => Promise<boolean>, what: string) => waitFor(check, 15_000, what, 200);

  it('a ticket not signed in time is flagged and the unit urged; it goes overdue at its reply-due', async () => {
    const { id, number } = await register(t);
    await routed(t, id);
    await eventually(async () => (await timeline(id)).some((e) => e.type === 'sign_overdue'), 'sign_overdue');
    const notices = (await authed(t, 'haibin.handler', (http) => http.get('/api/notices')).expect(200)).body;
    expect(notices.items.some((n: { title: string; body: string }) => n.title.includes('超时未签收') && n.body.includes(number))).toBe(true);

    await eventually(async () => steps(await timeline(id)).includes('overdue'), 'overdue step');
    const ticket = await detail(t, id);
    expect(ticket.assignments[0]).toMatchObject({ overdue: true, warningLevel: 'red' });
    expect(steps(ticket.timeline)).toEqual(expect.arrayContaining(['warn', 'overdue']));
    expect(ticket.timeline.filter((e: TimelineEvent) => e.type === 'sign_overdue')).toHaveLength(1);
  }, 30_000);

  it('keeps one timer of an open assignment in Redis at a time: the next of its chain', async () => {
    const { id } = await register(t);
    const assignmentId: number = (await routed(t, id)).assignments[0].id;
    const deadlines: Queue = t.app.get(getQueueToken(QUEUE_NAMES.deadlines));
    const waiting = async () =>
      (await deadlines.getDelayed())
        .map((job) => job.id!)
        .filter((jobId) => /^(sign-due|step-)/.test(jobId) && jobId.split(':')[1] === String(assignmentId));
    await eventually(async () => (await waiting()).some((jobId) => jobId.startsWith('sign-due:')), 'its sign-due waiting');
    expect(await waiting()).toHaveLength(1);
    await eventually(async () => (await timeline(id)).some((e) => e.type === 'sign_overdue'), 'sign_overdue');
    await eventually(async () => (await waiting()).some((jobId) => jobId.startsWith('step-')), 'a rung of the ladder waiting');
    expect(await waiting()).toHaveLength(1);
  }, 30_000);

  it('sends a rung once: signing after the warning plans the ladder again, and the warning already sent is not sent twice', async () => {
    const { id } = await register(t);
    await routed(t, id);
    await eventually(async () => steps(await timeline(id)).includes('warn'), 'warn step');
    await command(t, 'haibin.handler', id, 'sign').expect(200); // a new version: its ladder is planned again
    await eventually(async () => steps(await timeline(id)).includes('overdue'), 'overdue step');
    const ticket = await detail(t, id);
    expect(steps(ticket.timeline).filter((step) => step === 'warn')).toEqual(['warn']);
    expect(steps(ticket.timeline).filter((step) => step === 'overdue')).toEqual(['overdue']);
  }, 30_000);

  it('a signed ticket is not flagged as unsigned', async () => {
    const { id } = await register(t);
    await routed(t, id);
    await command(t, 'haibin.handler', id, 'sign').expect(200);
    await sleep(3_500);
    expect((await timeline(id)).map((e) => e.type)).not.toContain('sign_overdue');
  }, 30_000);

  it('an approved extension moves the due: the old due passes without an overdue', async () => {
    const { id } = await register(t);
    await routed(t, id);
    await command(t, 'haibin.handler', id, 'sign').expect(200);
    await command(t, 'haibin.handler', id, 'extension', { days: 2, reason: '需现场核查' }).expect(200);
    const approved = await command(t, 'dispatcher1', id, 'extension/approve').expect(200);
    expect(Date.parse(approved.body.assignments[0].replyDueAt) - Date.now()).toBeGreaterThan(24 * 3600_000);
    await sleep(10_000);
    const ticket = await detail(t, id);
    expect(steps(ticket.timeline)).not.toContain('overdue');
    expect(ticket.assignments[0].overdue).toBe(false);
  }, 30_000);

  it('a rejected return leaves the due where it was, and the ticket goes overdue on time', async () => {
    const { id } = await register(t);
    const dueBefore = (await routed(t, id)).assignments[0].replyDueAt;
    await command(t, 'haibin.handler', id, 'return', { reasonCode: 'not_our_region', reason: '不属本辖区' }).expect(200);
    const rejected = await command(t, 'dispatcher1', id, 'return/reject', { reason: '属地管理，请办理' }).expect(200);
    expect(rejected.body.assignments[0].replyDueAt).toBe(dueBefore);
    await eventually(async () => steps(await timeline(id)).includes('overdue'), 'overdue step');
  }, 30_000);

  it("a ticket left in the centre's pool past its dispatch-due is flagged to the dispatchers", async () => {
    const { id } = await register(t, { regionCode: '379901001002', address: '观潮社区1号' });
    expect((await routed(t, id)).status).toBe('pending_dispatch');
    await eventually(async () => (await timeline(id)).some((e) => e.type === 'dispatch_overdue'), 'dispatch_overdue');
    expect((await timeline(id)).filter((e) => e.type === 'dispatch_overdue')).toHaveLength(1);
  }, 30_000);
});
