import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Socket } from 'socket.io-client';
import { DeadlineClock } from '#libs/intake';
import { Figures } from '#libs/realtime';
import { connect, nextEvent } from '../support/sockets.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { authed, command, detail, dispatchedToStreet, routeNoiseToStreet, unitIdOf } from '../support/tickets.js';
import { waitFor } from '../support/waiting.js';

interface Notice {
  ticketId: number;
  assignmentId: number | null;
  kind: string;
  title: string;
  body: string;
  dedupeKey: string;
}

interface TimelineEvent {
  id: number;
  type: string;
  note: string | null;
  assignmentId: number | null;
  actor: { role: string; name: string | null };
  data: Record<string, unknown> | null;
}

describe("the centre's urging (催办) and supervision (督办) by hand", () => {
  let t: TestApp;
  let street: number;
  let district: number;
  const sockets: Socket[] = [];

  const noticesOf = async (username: string): Promise<Notice[]> => (await authed(t, username, (http) => http.get('/api/notices')).expect(200)).body.items;
  /** The unit's notice of a timeline event, once the notify queue has delivered it. */
  const noticeOf = async (username: string, event: TimelineEvent, unitId: number): Promise<Notice> => {
    const key = `event:${event.id}:unit:${unitId}`;
    await waitFor(async () => (await noticesOf(username)).some((notice) => notice.dedupeKey === key), 10_000, `the notice of event ${event.id}`, 50);
    return (await noticesOf(username)).find((notice) => notice.dedupeKey === key)!;
  };
  const listed = async (query: string): Promise<number[]> =>
    (await authed(t, 'dispatcher1', (http) => http.get(`/api/tickets?${query}&pageSize=100`)).expect(200)).body.items.map((ticket: { id: number }) => ticket.id);
  /** A noise complaint dispatched by rule to the street office: its ticket id and assignment id. */
  const dispatched = () => dispatchedToStreet(t);

  /** Returned by the street office, then dispatched to the district government with the street office assisting. */
  const withStreetAssist = async () => {
    const { id } = await dispatched();
    await command(t, 'haibin.handler', id, 'return', { reasonCode: 'not_our_duty', reason: '应由区政府牵头' }).expect(200);
    await command(t, 'dispatcher1', id, 'return/approve').expect(200);
    const answer = await command(t, 'dispatcher1', id, 'dispatch', { unitId: district, assistUnitIds: [street] }).expect(200);
    const assist = answer.body.assignments.find((a: { role: string; status: string }) => a.role === 'assist' && a.status === 'dispatched');
    return { id, assistId: assist.id as number };
  };

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    await routeNoiseToStreet(t);
    [street, district] = await Promise.all(['S-379901001', 'G-379901'].map((code) => unitIdOf(t, code)));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await t.close();
  });

  it('urges: the timeline names the dispatcher and the note, the unit gets the notice, and its console hears of it', async () => {
    const { id, number, assignmentId } = await dispatched();
    const socket = await connect(await t.app.getUrl(), await t.tokenOf('haibin.handler'));
    sockets.push(socket);
    const pushed = nextEvent<{ ticketId: number; events: string[] }>(socket, 'ticket', (push) => push.ticketId === id && push.events.includes('urged'));

    const answer = await command(t, 'dispatcher1', id, 'urge', { assignmentId, note: '市民反映强烈，请今日内联系诉求人' }).expect(200);
    const urged: TimelineEvent = answer.body.timeline.at(-1);
    expect(urged).toMatchObject({ type: 'urged', note: '市民反映强烈，请今日内联系诉求人', assignmentId, actor: { role: 'dispatcher', name: expect.any(String) } });
    expect(answer.body.status).toBe('dispatched');
    expect(answer.body.assignments[0]).toMatchObject({ id: assignmentId, status: 'dispatched' });

    const notice = await noticeOf('haibin.handler', urged, street);
    expect(notice).toMatchObject({ ticketId: id, assignmentId, kind: 'urged', title: `催办：工单 ${number}` });
    expect(notice.body).toContain('市民反映强烈，请今日内联系诉求人');
    await pushed;
  });

  it('supervises: the order has its own due of 3 working days, in the event and in the notice', async () => {
    const { id, number, assignmentId } = await dispatched();
    await command(t, 'haibin.handler', id, 'sign').expect(200);
    const before = Date.now();
    // Without an assignmentId: the only assignment that still owes its reply.
    const answer = await command(t, 'admin1', id, 'supervise', { note: '列入本周督办' }).expect(200);
    const supervised: TimelineEvent = answer.body.timeline.at(-1);
    expect(supervised).toMatchObject({ type: 'supervised', note: '列入本周督办', assignmentId, actor: { role: 'admin' } });
    // The policy's supervision limit from the moment of the order, by the working-day calendar.
    const after = Date.now();
    const clock = t.app.get(DeadlineClock);
    const dueAt = Date.parse(supervised.data!.dueAt as string);
    expect(dueAt).toBeGreaterThanOrEqual((await clock.supervisionDue(new Date(before))).getTime());
    expect(dueAt).toBeLessThanOrEqual((await clock.supervisionDue(new Date(after))).getTime());
    expect(dueAt - before).toBeGreaterThanOrEqual(3 * 24 * 3600_000);

    const notice = await noticeOf('haibin.handler', supervised, street);
    expect(notice).toMatchObject({ ticketId: id, kind: 'supervised', title: `督办通知：工单 ${number}` });
    expect(notice.body).toContain('督办意见：列入本周督办');
    expect(notice.body).toMatch(/督办时限 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
  });

  it.each([
    ['no note', { note: undefined }, 'note'],
    ['a blank note', { note: '   ' }, 'note'],
    ['a note over 500 characters', { note: '催'.repeat(501) }, 'note'],
    ['an assignment id that is not a number', { assignmentId: 'first' }, 'assignmentId'],
    ['an assignment id of 0', { assignmentId: 0 }, 'assignmentId'],
    ['a negative assignment id', { assignmentId: -1 }, 'assignmentId'],
  ])('refuses %s with a 400 naming the field, and writes nothing', async (_why, body, field) => {
    const { id, assignmentId } = await dispatched();
    const before = (await detail(t, id)).timeline.length;
    for (const path of ['urge', 'supervise']) {
      const response = await command(t, 'dispatcher1', id, path, { assignmentId, note: '请尽快办理', ...body }).expect(400);
      expect(Object.keys(response.body.fields)).toEqual([field]);
    }
    expect((await detail(t, id)).timeline).toHaveLength(before);
  });

  it('takes an assignment id of null as left out: the only one still owing its reply', async () => {
    const { id, assignmentId } = await dispatched();
    const answer = await command(t, 'dispatcher1', id, 'urge', { assignmentId: null, note: '请尽快办理' }).expect(200);
    expect(answer.body.timeline.at(-1)).toMatchObject({ type: 'urged', assignmentId });
    // The unit's own commands read it the same way.
    const signed = await command(t, 'haibin.handler', id, 'sign', { assignmentId: null }).expect(200);
    expect(signed.body.assignments[0]).toMatchObject({ id: assignmentId, status: 'handling' });
  });

  it('refuses an assignment that no longer owes its reply with a 409', async () => {
    const { id, assignmentId } = await dispatched();
    await command(t, 'haibin.handler', id, 'sign').expect(200);
    await command(t, 'haibin.handler', id, 'reply', { content: '已协调工地夜间停工。', solved: true }).expect(200);
    const replied = await command(t, 'dispatcher1', id, 'urge', { assignmentId, note: '请尽快办理' }).expect(409);
    expect(replied.body).toMatchObject({ code: 'invalid_state', message: expect.stringContaining('replied') });
    // Unnamed, there is no assignment it could mean.
    await command(t, 'dispatcher1', id, 'supervise', { note: '请尽快办理' }).expect(409);
  });

  it('refuses an assignment whose return was approved with a 409, while the ticket goes on', async () => {
    const { id, assistId } = await withStreetAssist();
    await command(t, 'haibin.handler', id, 'return', { reasonCode: 'not_our_duty', reason: '协办单位不涉及' }).expect(200);
    await command(t, 'dispatcher1', id, 'return/approve', { assignmentId: assistId }).expect(200);
    const response = await command(t, 'dispatcher1', id, 'supervise', { assignmentId: assistId, note: '请尽快办理' }).expect(409);
    expect(response.body).toMatchObject({ code: 'invalid_state', message: 'cannot supervise an assignment that is returned' });
  });

  it('refuses urging the same assignment again within the hour, saying when it may be urged again', async () => {
    const { id, assignmentId } = await dispatched();
    await command(t, 'dispatcher1', id, 'urge', { assignmentId, note: '第一次催办' }).expect(200);
    const again = await command(t, 'dispatcher2', id, 'urge', { assignmentId, note: '第二次催办' }).expect(409);
    expect(again.body).toMatchObject({ code: 'repeated_too_soon', message: expect.stringMatching(/once every 60 minutes, so not before \d{4}-/) });
    // Supervising is a step of its own, and is not held back by the urging.
    await command(t, 'dispatcher2', id, 'supervise', { assignmentId, note: '转督办' }).expect(200);
    await command(t, 'dispatcher1', id, 'supervise', { assignmentId, note: '再次督办' }).expect(409);
    expect((await detail(t, id)).timeline.map((event: TimelineEvent) => event.type)).toEqual(['registered', 'dispatched', 'urged', 'supervised']);
  });

  it("refuses another ticket's assignment with a 404, and tells no unit", async () => {
    const { id } = await dispatched();
    const other = await dispatched();
    const before = (await detail(t, id)).timeline.length;
    for (const path of ['urge', 'supervise']) {
      await command(t, 'dispatcher1', id, path, { assignmentId: other.assignmentId, note: '请尽快办理' }).expect(404);
    }
    expect((await detail(t, id)).timeline).toHaveLength(before);
    expect((await detail(t, other.id)).timeline.map((event: TimelineEvent) => event.type)).not.toContain('urged');
  });

  it('is the centre\'s alone: a unit user, an operator or a leader gets a 403', async () => {
    const { id, assignmentId } = await dispatched();
    await command(t, 'operator1', id, 'urge', { assignmentId, note: '请尽快办理' }).expect(403);
    await command(t, 'leader1', id, 'supervise', { assignmentId, note: '请尽快办理' }).expect(403);
    await command(t, 'haibin.admin', id, 'urge', { assignmentId, note: '请尽快办理' }).expect(403);
    await command(t, 'haibin.handler', id, 'supervise', { assignmentId, note: '请尽快办理' }).expect(403);
  });

  describe('the list of tickets awaiting the centre (?awaiting=)', () => {
    it('finds pending extension requests and return requests, the primary\'s and an assist\'s, until decided', async () => {
      const plain = await dispatched();
      const extending = await dispatched();
      await command(t, 'haibin.handler', extending.id, 'sign').expect(200);
      await command(t, 'haibin.handler', extending.id, 'extension', { days: 3, reason: '需协调城管执法' }).expect(200);
      const returning = await dispatched();
      await command(t, 'haibin.handler', returning.id, 'return', { reasonCode: 'not_our_region', reason: '地址属白沙街道' }).expect(200);
      // An assist's return request leaves the ticket dispatched: only the assignment says it waits.
      const assisted = await withStreetAssist();
      await command(t, 'haibin.handler', assisted.id, 'return', { reasonCode: 'not_our_duty', reason: '协办单位不涉及' }).expect(200);

      const extensions = await listed('awaiting=extension');
      const returns = await listed('awaiting=return');
      expect(extensions).toContain(extending.id);
      expect(extensions).not.toContain(plain.id);
      expect(extensions).not.toContain(returning.id);
      expect(returns).toEqual(expect.arrayContaining([returning.id, assisted.id]));
      expect(returns).not.toContain(extending.id);
      expect(returns).not.toContain(plain.id);
      expect((await detail(t, assisted.id)).status).toBe('dispatched');
      // The pool's tiles count what its lists show.
      const pool = await t.app.get(Figures).pool();
      expect(pool.returnRequests).toBe(returns.length);
      expect(pool.extensionRequests).toBe(extensions.length);

      await command(t, 'dispatcher1', extending.id, 'extension/approve').expect(200);
      await command(t, 'dispatcher1', returning.id, 'return/reject', { reason: '属本街道辖区' }).expect(200);
      expect(await listed('awaiting=extension')).not.toContain(extending.id);
      expect(await listed('awaiting=return')).not.toContain(returning.id);
    });

    it('lists and counts a ticket once when its primary and its assist both ask for an extension', async () => {
      const { id } = await withStreetAssist();
      await command(t, 'haichuan.handler', id, 'sign').expect(200);
      await command(t, 'haichuan.handler', id, 'extension', { days: 2, reason: '需市级部门会商' }).expect(200);
      await command(t, 'haibin.handler', id, 'sign').expect(200);
      await command(t, 'haibin.handler', id, 'extension', { days: 2, reason: '协办需现场复核' }).expect(200);
      const extensions = await listed('awaiting=extension');
      expect(extensions.filter((each) => each === id)).toHaveLength(1);
      expect((await t.app.get(Figures).pool()).extensionRequests).toBe(extensions.length);
    });

    it('refuses an unknown value with a 400 naming the field', async () => {
      const response = await authed(t, 'dispatcher1', (http) => http.get('/api/tickets?awaiting=callback')).expect(400);
      expect(Object.keys(response.body.fields)).toEqual(['awaiting']);
    });
  });
});
