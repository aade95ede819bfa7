import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { authed, register } from '../support/tickets.js';

describe('duplicate suggestions at intake (重复诉求)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const similar = (query: Record<string, string | number>, as = 'operator1') =>
    authed(t, as, (http) => http.get('/api/similar-tickets').query(query));
  const WHERE = { categoryCode: '010101', regionCode: '379901001001' };

  it('suggests open tickets of the same category and region with like text, most alike first', async () => {
    const same = await register(t, { title: '海景小区工地夜间施工噪音', content: '海景小区旁工地每晚十一点后还在施工，噪音扰民。', route: false });
    const close = await register(t, { title: '工地夜间施工', content: '海景小区附近工地晚上施工很吵。', route: false });
    const otherMatter = await register(t, { title: '广场舞音响太吵', content: '滨海公园广场舞音响声音过大。', route: false });
    const otherRegion = await register(t, { ...WHERE, regionCode: '379901001002', title: '海景小区工地夜间施工噪音', content: '海景小区旁工地每晚十一点后还在施工，噪音扰民。', route: false });
    const closed = await register(t, { title: '海景小区工地夜间施工噪音', content: '海景小区旁工地每晚十一点后还在施工，噪音扰民。', route: false });
    await t.app.get(DataSource).query("UPDATE tickets SET status = 'closed' WHERE id = ?", [closed.id]);
    const old = await register(t, { title: '海景小区工地夜间施工噪音', content: '海景小区旁工地每晚十一点后还在施工，噪音扰民。', route: false });
    await t.app.get(DataSource).query('UPDATE tickets SET created_at = NOW(3) - INTERVAL 31 DAY WHERE id = ?', [old.id]);

    const { body } = await similar({ ...WHERE, text: '海景小区工地夜里施工，噪音很大' }).expect(200);
    const ids = body.map((suggestion: { id: number }) => suggestion.id);
    expect(ids.slice(0, 2).sort()).toEqual([same.id, close.id].sort());
    expect(ids).not.toEqual(expect.arrayContaining([otherMatter.id]));
    expect(ids).not.toContain(otherRegion.id);
    expect(ids).not.toContain(closed.id);
    expect(ids).not.toContain(old.id);
    expect(body[0]).toEqual({ id: expect.any(Number), number: expect.any(String), title: expect.any(String), status: 'registered', createdAt: expect.any(String), similarity: expect.any(Number) });
    expect(body[0].similarity).toBeGreaterThanOrEqual(body[1].similarity);

    const withoutItself = (await similar({ ...WHERE, text: '海景小区工地夜间施工噪音', excludeTicketId: same.id }).expect(200)).body;
    expect(withoutItself.map((suggestion: { id: number }) => suggestion.id)).not.toContain(same.id);
  });

  it('is for the centre: a unit user gets 403', async () => {
    await similar({ ...WHERE, text: '噪音' }, 'haibin.handler').expect(403);
  });

  it.each([
    ['categoryCode', { ...WHERE, categoryCode: 'x', text: '噪音' }],
    ['regionCode', { ...WHERE, regionCode: '12', text: '噪音' }],
    ['text', { ...WHERE }],
    ['excludeTicketId', { ...WHERE, text: '噪音', excludeTicketId: 'abc' }],
  ])('a bad %s is a 400 naming it', async (field, query) => {
    const { body } = await similar(query as Record<string, string>).expect(400);
    expect(JSON.stringify(body)).toContain(field);
  });
});
