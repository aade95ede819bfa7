import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { authed, command, detail, dispatchedToStreet, routeNoiseToStreet } from '../support/tickets.js';

interface Item {
  id: number;
  assignments?: { id: number; status: string; role: string; returnRequest: { reason: string; requestedAt: string } | null }[];
}

describe('ticket lists for worklists: assignments with the items, and the urgency order', () => {
  let t: TestApp;

  const list = async (username: string, query: string): Promise<Item[]> =>
    (await authed(t, username, (http) => http.get(`/api/tickets?${query}`)).expect(200)).body.items;
  /** A noise complaint dispatched by rule to 海滨街道办事处 (haibin.handler's unit): its ticket id. */
  const dispatched = async (overrides: Record<string, unknown> = {}): Promise<number> => (await dispatchedToStreet(t, overrides)).id;
  /** The list's order of just these tickets. */
  const orderOf = (items: Item[], ids: number[]): number[] => items.map((item) => item.id).filter((id) => ids.includes(id));

  beforeAll(async () => {
    t = await startTestApp();
    await routeNoiseToStreet(t);
  });
  afterAll(() => t.close());

  describe('?withAssignments=true', () => {
    it('gives each item the assignments its detail has, in one answer, with a pending return’s reason', async () => {
      const handled = await dispatched();
      await command(t, 'haibin.handler', handled, 'sign').expect(200);
      const returning = await dispatched();
      await command(t, 'haibin.handler', returning, 'return', { reasonCode: 'not_our_region', reason: '地址属白沙街道' }).expect(200);

      const items = await list('haibin.handler', 'withAssignments=true&pageSize=100');
      for (const id of [handled, returning]) {
        const item = items.find((each) => each.id === id)!;
        // The detail less what only a detail has.
        const expected = await detail(t, id, 'haibin.handler');
        for (const detailOnly of ['timeline', 'content', 'callId', 'mergedIntoId']) delete expected[detailOnly];
        expect(item).toEqual(expected);
      }
      const request = items.find((each) => each.id === returning)!.assignments![0]!.returnRequest;
      expect(request).toEqual({ reason: '[not_our_region] 地址属白沙街道', requestedAt: expect.any(String) });
      expect(items.find((each) => each.id === handled)!.assignments![0]).toMatchObject({ status: 'handling', returnRequest: null });
    });

    it('forgets the reason once the return is decided', async () => {
      const id = await dispatched();
      await command(t, 'haibin.handler', id, 'return', { reasonCode: 'not_our_duty', reason: '不属本单位职责' }).expect(200);
      await command(t, 'dispatcher1', id, 'return/reject', { reason: '属本街道辖区' }).expect(200);
      const item = (await list('dispatcher1', 'withAssignments=true&pageSize=100')).find((each) => each.id === id)!;
      expect(item.assignments![0]).toMatchObject({ returnRequest: null });
      expect(item.assignments![0]!.status).not.toBe('return_requested');
    });

    it('leaves the assignments out unless asked', async () => {
      const id = await dispatched();
      const item = (await list('dispatcher1', 'pageSize=100')).find((each) => each.id === id)!;
      expect(item).not.toHaveProperty('assignments');
    });
  });

  describe('?order=urgency', () => {
    it('puts 特急 before 紧急 before 一般, even when the 特急 ticket is due later', async () => {
      const normal = await dispatched({ urgency: 'normal' });
      const urgent = await dispatched({ urgency: 'urgent' });
      // A critical ticket's 2 hours, extended by 5 working days: due after the consultation's 2 working days below.
      const critical = await dispatched({ urgency: 'critical' });
      await command(t, 'haibin.handler', critical, 'sign').expect(200);
      await command(t, 'haibin.handler', critical, 'extension', { days: 5, reason: '需多部门会商' }).expect(200);
      await command(t, 'dispatcher1', critical, 'extension/approve').expect(200);
      const consult = await dispatched({ urgency: 'normal', requestType: 'consult' });
      const ids = [normal, urgent, critical, consult];

      expect(orderOf(await list('haibin.handler', 'order=urgency&pageSize=100'), ids)).toEqual([critical, urgent, consult, normal]);
      expect(orderOf(await list('haibin.handler', 'pageSize=100'), ids)).toEqual([consult, critical, urgent, normal]);
    });

    it('puts the sooner reply due first among equals, and a ticket with no running assignment last', async () => {
      const older = await dispatched();
      const extended = await dispatched();
      // The newer ticket gets 5 more working days: its reply is due after the older one's.
      await command(t, 'haibin.handler', extended, 'sign').expect(200);
      await command(t, 'haibin.handler', extended, 'extension', { days: 5, reason: '需协调城管执法' }).expect(200);
      await command(t, 'dispatcher1', extended, 'extension/approve').expect(200);
      const replied = await dispatched();
      await command(t, 'haibin.handler', replied, 'sign').expect(200);
      await command(t, 'haibin.handler', replied, 'reply', { content: '已联系工地停止夜间施工。', solved: true }).expect(200);
      const ids = [older, extended, replied];

      expect(orderOf(await list('haibin.handler', 'order=urgency&pageSize=100'), ids)).toEqual([older, extended, replied]);
      expect(orderOf(await list('haibin.handler', 'pageSize=100'), ids)).toEqual([replied, extended, older]);
    });
  });

  describe('?order=urgency, for the work still to do', () => {
    it('puts open 一般 work before a replied 特急 ticket, and keeps the order from page to page', async () => {
      const open = await dispatched({ urgency: 'normal' });
      const repliedCritical = await dispatched({ urgency: 'critical' });
      await command(t, 'haibin.handler', repliedCritical, 'sign').expect(200);
      await command(t, 'haibin.handler', repliedCritical, 'reply', { content: '已处置。', solved: true }).expect(200);

      const whole = await list('haibin.handler', 'order=urgency&pageSize=100');
      expect(orderOf(whole, [open, repliedCritical])).toEqual([open, repliedCritical]);
      // Page by page, one ticket a page: the same order as in one page.
      const paged: Item[] = [];
      for (let page = 1; page <= whole.length; page++) paged.push(...(await list('haibin.handler', `order=urgency&pageSize=1&page=${page}`)));
      expect(paged.map((item) => item.id)).toEqual(whole.map((item) => item.id));
    });
  });

  it.each([
    ['order=oldest', 'order'],
    ['withAssignments=perhaps', 'withAssignments'],
  ])('refuses %s with a 400 naming the field', async (query, field) => {
    const response = await authed(t, 'dispatcher1', (http) => http.get(`/api/tickets?${query}`)).expect(400);
    expect(Object.keys(response.body.fields)).toEqual([field]);
  });
});
