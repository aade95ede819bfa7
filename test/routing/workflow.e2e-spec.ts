import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { command, detail, register, routed, routeNoiseToStreet, unitIdOf } from '../support/tickets.js';

/** Every step a person took is in the timeline, with who and when. */
const expectTimeline = (ticket: { timeline: { type: string; actor: { role: string }; occurredAt: string }[] }, steps: [string, string][]) => {
  expect(ticket.timeline.map((event) => [event.type, event.actor.role])).toEqual(steps);
  for (const event of ticket.timeline) expect(Number.isNaN(Date.parse(event.occurredAt))).toBe(false);
};

describe('a ticket worked through over HTTP', () => {
  let t: TestApp;
  let street: number;
  let community: number;
  let district: number;

  beforeAll(async () => {
    t = await startTestApp();
    // Noise in 望海社区 goes to its street office (属地), whatever the demo rules say.
    await routeNoiseToStreet(t);
    [street, community, district] = await Promise.all(['S-379901001', 'C-379901001001', 'G-379901'].map((code) => unitIdOf(t, code)));
  });
  afterAll(() => t.close());

  it('registers, is dispatched by rule, signed, sub-dispatched, replied twice and approved', async () => {
    const { id, number, queryCode } = await register(t);
    expect(number).toMatch(/^20\d{6}\d{5}$/);
    expect(queryCode).toMatch(/^\d{6}$/);

    const dispatched = await routed(t, id);
    expect(dispatched.status).toBe('dispatched');
    const [primary] = dispatched.assignments;
    expect(primary).toMatchObject({ unitId: street, role: 'primary', status: 'dispatched' });
    expect(Date.parse(primary.replyDueAt)).toBeGreaterThan(Date.parse(primary.signDueAt));

    await command(t, 'haibin.admin', id, 'sign').expect(200);
    const passed = await command(t, 'haibin.admin', id, 'sub-dispatch', { unitId: community, note: '请社区核实' }).expect(200);
    const child = passed.body.assignments.find((a: { unitId: number }) => a.unitId === community);
    expect(child).toMatchObject({ parentId: primary.id, status: 'dispatched' });
    expect(Date.parse(child.replyDueAt)).toBeLessThanOrEqual(Date.parse(primary.replyDueAt));

    await command(t, 'wanghai.handler', id, 'sign').expect(200);
    const childReplied = await command(t, 'wanghai.handler', id, 'reply', { content: '已联系工地，夜间停工。', solved: true }).expect(200);
    expect(childReplied.body.status).toBe('handling'); // the child answers to its parent, not to the centre

    const replied = await command(t, 'haibin.admin', id, 'reply', { content: '经核查，工地已承诺22点后停工。', solved: true }).expect(200);
    expect(replied.body.status).toBe('replied');
    const approved = await command(t, 'dispatcher1', id, 'review', { decision: 'approve' }).expect(200);
    expect(approved.body.status).toBe('callback_pending');

    expectTimeline(await detail(t, id), [
      ['registered', 'operator'],
      ['dispatched', 'system'],
      ['signed', 'unit_admin'],
      ['sub_dispatched', 'unit_admin'],
      ['signed', 'unit_handler'],
      ['replied', 'unit_handler'],
      ['replied', 'unit_admin'],
      ['reply_approved', 'dispatcher'],
    ]);
  });

  it('is returned with a reason, lands in the pool, and is dispatched again by hand', async () => {
    const { id } = await register(t);
    await routed(t, id);
    const asked = await command(t, 'haibin.handler', id, 'return', { reasonCode: 'not_our_region', reason: '地址属白沙街道' }).expect(200);
    expect(asked.body.status).toBe('return_requested');
    const approved = await command(t, 'dispatcher1', id, 'return/approve').expect(200);
    expect(approved.body.status).toBe('pending_dispatch');
    expect(approved.body.failedDispatchRounds).toBe(1);
    expect(approved.body.assignments[0].status).toBe('returned');

    const pool = await t.http().get('/api/tickets?status=pending_dispatch').set('Authorization', `Bearer ${await t.tokenOf('dispatcher1')}`).expect(200);
    expect(pool.body.items.map((ticket: { id: number }) => ticket.id)).toContain(id);

    const again = await command(t, 'dispatcher1', id, 'dispatch', { unitId: district, note: '请区政府协调' }).expect(200);
    expect(again.body.status).toBe('dispatched');
    expect(again.body.assignments[1]).toMatchObject({ unitId: district, status: 'dispatched' });

    const timeline = (await detail(t, id)).timeline;
    expect(timeline.map((event: { type: string }) => event.type)).toEqual(['registered', 'dispatched', 'return_requested', 'return_approved', 'dispatched']);
    expect(timeline[2].note).toContain('地址属白沙街道');
    expect(timeline[4].actor).toMatchObject({ role: 'dispatcher', name: expect.any(String) });
  });

  it('gets an extension approved, which moves the reply-due by working days', async () => {
    const { id } = await register(t);
    await routed(t, id);
    await command(t, 'haibin.handler', id, 'sign').expect(200);
    const before = (await detail(t, id)).assignments[0].replyDueAt;
    const asked = await command(t, 'haibin.handler', id, 'extension', { days: 3, reason: '需协调城管执法' }).expect(200);
    expect(asked.body.assignments[0].extensionRequest).toMatchObject({ days: 3, reason: '需协调城管执法' });
    const approved = await command(t, 'dispatcher1', id, 'extension/approve').expect(200);
    const after = approved.body.assignments[0];
    expect(after.extensionDays).toBe(3);
    expect(after.extensionRequest).toBeNull();
    // Three working days are at least three calendar days.
    expect(Date.parse(after.replyDueAt) - Date.parse(before)).toBeGreaterThanOrEqual(3 * 24 * 3600_000);
    expect((await detail(t, id)).timeline.map((event: { type: string }) => event.type)).toEqual([
      'registered',
      'dispatched',
      'signed',
      'extension_requested',
      'extension_approved',
    ]);
  });

  it('has its reply sent back by the centre, and the unit works on', async () => {
    const { id } = await register(t);
    await routed(t, id);
    await command(t, 'haibin.handler', id, 'sign').expect(200);
    await command(t, 'haibin.handler', id, 'reply', { content: '已处理。', solved: true }).expect(200);
    await command(t, 'dispatcher1', id, 'review', { decision: 'sendBack' }).expect(400); // a reason is required
    const sentBack = await command(t, 'dispatcher1', id, 'review', { decision: 'sendBack', reason: '答复过于简单，请说明处理结果' }).expect(200);
    expect(sentBack.body.status).toBe('handling');
    expect(sentBack.body.assignments[0]).toMatchObject({ status: 'handling', reply: null });
    const timeline = (await detail(t, id)).timeline;
    expect(timeline.at(-1)).toMatchObject({ type: 'reply_sent_back', note: '答复过于简单，请说明处理结果', actor: { role: 'dispatcher' } });
  });
});
