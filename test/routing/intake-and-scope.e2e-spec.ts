import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TicketIntakeService } from '#libs/intake';
import { RouteService } from '../../apps/routing/src/dispatch/route.service.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addRule, authed, command, detail, NOISE_COMPLAINT, register, routed, unitIdOf } from '../support/tickets.js';

async function ticketTotal(t: TestApp): Promise<number> {
  const response = await t.http().get('/api/tickets?pageSize=1').set('Authorization', `Bearer ${await t.tokenOf('dispatcher1')}`).expect(200);
  return response.body.total;
}

describe('ticket intake: bad input gets 400 naming the field and writes nothing', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const ticketCount = () => ticketTotal(t);

  it.each([
    ['an unknown category', { categoryCode: '999999' }, 'categoryCode'],
    ['a category group instead of a leaf', { categoryCode: '0101' }, 'categoryCode'],
    ['an unknown region', { regionCode: '379999001' }, 'regionCode'],
    ['content over 4,000 characters', { content: '噪'.repeat(4001) }, 'content'],
    ['a missing title', { title: undefined }, 'title'],
    ['a blank address', { address: '   ' }, 'address'],
    ['a wrong type', { confidential: 'yes' }, 'confidential'],
    ['an unknown channel', { channel: 'fax' }, 'channel'],
    ['a malformed phone number', { citizenPhone: '<script>' }, 'citizenPhone'],
    ['an unknown field', { priority: 'high' }, 'priority'],
  ])('%s', async (_case, overrides, field) => {
    const before = await ticketCount();
    const response = await t
      .http()
      .post('/api/tickets')
      .set('Authorization', `Bearer ${await t.tokenOf('operator1')}`)
      .send({ ...NOISE_COMPLAINT, ...overrides })
      .expect(400);
    expect(Object.keys(response.body.fields)).toEqual([field]);
    expect(await ticketCount()).toBe(before);
  });

  it.each([
    ['GET', '/api/tickets/abc'],
    ['GET', '/api/tickets/0'],
    ['GET', '/api/tickets/-1'],
    ['GET', '/api/tickets/4294967296'],
    ['POST', '/api/tickets/1.5/dispatch'],
    ['POST', '/api/tickets/1e3/resolve-direct'],
    ['GET', '/api/dispatch-rules/x'],
    ['POST', '/api/notices/null/read'],
  ])('%s %s: 400 naming the id in the path', async (method, path) => {
    const response = await t.http()[method === 'GET' ? 'get' : 'post'](path).set('Authorization', `Bearer ${await t.tokenOf('admin1')}`).send({}).expect(400);
    expect(response.body.fields).toEqual({ id: [expect.stringContaining('id must be a whole number')] });
  });

  it('a bad notices page size: 400 naming limit', async () => {
    const response = await t.http().get('/api/notices?limit=0').set('Authorization', `Bearer ${await t.tokenOf('haibin.handler')}`).expect(400);
    expect(Object.keys(response.body.fields)).toEqual(['limit']);
  });

  it('a unit user may not register tickets', async () => {
    await t.http().post('/api/tickets').set('Authorization', `Bearer ${await t.tokenOf('haibin.handler')}`).send(NOISE_COMPLAINT).expect(403);
  });

  it('numbers tickets by day and sequence', async () => {
    const first = await register(t);
    const second = await register(t);
    expect(second.number.slice(0, 8)).toBe(first.number.slice(0, 8));
    expect(Number(second.number.slice(8))).toBe(Number(first.number.slice(8)) + 1);
  });
});

describe('registrations at the same moment share one transaction', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('gives each its own number, one after another, and routes each once', async () => {
    const tickets = await Promise.all(Array.from({ length: 40 }, () => register(t)));
    const sequence = tickets.map((ticket) => Number(ticket.number.slice(8))).sort((a, b) => a - b);
    expect(sequence).toEqual(Array.from({ length: 40 }, (_, index) => sequence[0]! + index));
    expect(new Set(tickets.map((ticket) => ticket.id)).size).toBe(40);
    for (const ticket of tickets) {
      const { timeline, status } = await routed(t, ticket.id);
      expect(status).toBe('dispatched');
      expect(timeline.map((event: { type: string }) => event.type).filter((type: string) => type === 'registered' || type === 'dispatched')).toEqual([
        'registered',
        'dispatched',
      ]);
    }
  });

  it('route jobs worked together: a ticket queued twice is routed once, a ticket that moved is left as it is', async () => {
    const [twice, once, moved] = await Promise.all([1, 2, 3].map(() => register(t, { route: false })));
    await command(t, 'dispatcher1', moved!.id, 'dispatch', { unitId: await unitIdOf(t, 'S-379901001') }).expect(200);
    const routes = t.app.get(RouteService);
    const outcomes = await Promise.all([twice!, twice!, once!, moved!].map((ticket) => routes.route(ticket.id, 1)));
    expect(outcomes).toEqual(['dispatched', 'skipped', 'dispatched', 'skipped']);
    for (const ticket of [twice!, once!, moved!]) {
      const { timeline } = await detail(t, ticket.id);
      expect(timeline.filter((event: { type: string }) => event.type === 'dispatched')).toHaveLength(1);
    }
  });

  it('a registration that cannot be written fails alone; the others of its batch are written', async () => {
    const intake = t.app.get(TicketIntakeService);
    const input = { ...NOISE_COMPLAINT, channel: 'phone', requestType: 'complaint' } as const;
    const operator = { actor: { role: 'operator' as const, userId: 1 }, ownerUserId: null };
    const before = await ticketTotal(t);
    const outcomes = await Promise.allSettled([
      ...Array.from({ length: 5 }, () => intake.register(input, operator)),
      // No such user: the owner's foreign key refuses the row.
      intake.register(input, { ...operator, ownerUserId: 999_999_999 }),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([...Array(5).fill('fulfilled'), 'rejected']);
    expect(await ticketTotal(t)).toBe(before + 5);
  });
});

describe('data scope and masking', () => {
  let t: TestApp;
  let ours: number;
  let confidential: number;
  let elsewhere: number;

  beforeAll(async () => {
    t = await startTestApp();
    await addRule(t, { categoryPrefix: '010101', regionPrefix: '379901001' }, { type: 'dispatch-by-region', tier: 'street' });
    await addRule(t, { categoryPrefix: '010101', regionPrefix: '379902001' }, { type: 'dispatch-by-region', tier: 'street' });
    ours = (await register(t)).id;
    confidential = (await register(t, { confidential: true })).id;
    elsewhere = (await register(t, { regionCode: '379902001001', address: '临港区港湾街道港湾社区1号' })).id;
    await Promise.all([ours, confidential, elsewhere].map((id) => routed(t, id)));
  });
  afterAll(() => t.close());

  const as = (username: string, path: string) => authed(t, username, (http) => http.get(path));

  it("a unit user cannot read, list or act on another unit's ticket: 404", async () => {
    await as('haibin.handler', `/api/tickets/${elsewhere}`).expect(404);
    const list = await as('haibin.handler', '/api/tickets?pageSize=100').expect(200);
    const ids = list.body.items.map((ticket: { id: number }) => ticket.id);
    expect(ids).toEqual(expect.arrayContaining([ours, confidential]));
    expect(ids).not.toContain(elsewhere);
    await command(t, 'haibin.handler', elsewhere, 'sign').expect(404);
    await command(t, 'haibin.handler', 999_999, 'sign').expect(404);
  });

  it('a unit above reaches the tickets of the units below; a unit below does not reach its parent\'s', async () => {
    await as('haichuan.admin', `/api/tickets/${ours}`).expect(200);
    await as('wanghai.handler', `/api/tickets/${ours}`).expect(404);
  });

  it("units see the citizen's phone and name masked; the centre sees them in full", async () => {
    const unitView = (await as('haibin.handler', `/api/tickets/${ours}`).expect(200)).body;
    expect(unitView.citizen).toEqual({ name: '王**', phone: '138****5678' });
    const listed = (await as('haibin.handler', '/api/tickets?pageSize=100').expect(200)).body.items;
    expect(JSON.stringify(listed)).not.toContain('13812345678');
    const centreView = (await as('dispatcher1', `/api/tickets/${ours}`).expect(200)).body;
    expect(centreView.citizen).toEqual({ name: '王小明', phone: '13812345678' });
  });

  it('a confidential ticket shows units no citizen identity at all', async () => {
    const body = (await as('haibin.handler', `/api/tickets/${confidential}`).expect(200)).body;
    expect(body.citizen).toEqual({ name: null, phone: null });
    expect(JSON.stringify(body)).not.toMatch(/王|5678/);
  });

  it('filters the list by phone, region, category, status, unit and date', async () => {
    const list = async (query: string) => (await as('dispatcher1', `/api/tickets?${query}`).expect(200)).body.items.map((ticket: { id: number }) => ticket.id);
    expect(await list('regionCode=379902')).toEqual([elsewhere]);
    expect((await list('phone=13812345678')).sort()).toEqual([ours, confidential, elsewhere].sort());
    expect(await list('categoryCode=02')).toEqual([]);
    expect(await list('status=closed')).toEqual([]);
    expect(await list('from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z')).toEqual([]);
    expect(await list('overdue=true')).toEqual([]);
    const bad = await as('dispatcher1', '/api/tickets?pageSize=1000&status=lost').expect(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['pageSize', 'status']);
    // A date that does not exist is refused, not rolled over into March.
    const noSuchDay = await as('dispatcher1', '/api/tickets?from=2026-02-30T00:00:00Z').expect(400);
    expect(Object.keys(noSuchDay.body.fields)).toEqual(['from']);
  });
});
