import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { register, routed, unitIdOf } from '../support/tickets.js';

describe('dispatch rules over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const as = async (username: string) => `Bearer ${await t.tokenOf(username)}`;
  const preview = async (facts: Record<string, unknown>) =>
    (await t.http().post('/api/dispatch/preview').set('Authorization', await as('operator1')).send(facts).expect(200)).body;

  it('the demo city ships at least 150 rules', async () => {
    const response = await t.http().get('/api/dispatch-rules').set('Authorization', await as('admin1')).expect(200);
    expect(response.body.length).toBeGreaterThanOrEqual(150);
  });

  it('previews a decision with its explanation and the unit it resolves to, writing nothing', async () => {
    const result = await preview({ categoryCode: '010101', regionCode: '379901001001', requestType: 'complaint', text: '夜间噪音' });
    expect(result.decision.matched).toBe(true);
    expect(result.explanation).toMatch(/^rule #\d+/);
    // The demo city's standing route for noise (噪音扰民, a 属地 matter): the street office of the place.
    expect(result.outcome).toMatchObject({ kind: 'dispatch', primary: { code: 'S-379901001', tier: 'street' }, assists: [] });
    const list = await t.http().get('/api/tickets').set('Authorization', await as('dispatcher1')).expect(200);
    expect(list.body.total).toBe(0);
  });

  it('a new rule takes effect at once, and an edit and a delete too, without a restart', async () => {
    const water = await unitIdOf(t, 'U-WATER');
    const facts = { categoryCode: '010101', regionCode: '379903001001', requestType: 'help', text: '楼下有人装修' };
    const created = await t
      .http()
      .post('/api/dispatch-rules')
      .set('Authorization', await as('admin1'))
      .send({ name: '测试：东湖噪音交自来水公司', priority: 5, conditions: { categoryPrefix: '010101', regionPrefix: '379903001001' }, action: { type: 'dispatch', unitCode: 'U-WATER' } })
      .expect(201);
    expect((await preview(facts)).outcome).toMatchObject({ kind: 'dispatch', primary: { id: water } });

    const { id } = await register(t, { regionCode: '379903001001', address: '东湖区1号' });
    expect((await routed(t, id)).assignments[0].unitId).toBe(water);

    await t
      .http()
      .put(`/api/dispatch-rules/${created.body.id}`)
      .set('Authorization', await as('admin1'))
      .send({ name: '测试：改为人工', conditions: { categoryPrefix: '010101', regionPrefix: '379903001001' }, action: { type: 'manual', reason: '需人工研判' } })
      .expect(200);
    expect((await preview(facts)).outcome).toMatchObject({ kind: 'pool', note: expect.stringContaining('需人工研判') });

    await t.http().delete(`/api/dispatch-rules/${created.body.id}`).set('Authorization', await as('admin1')).expect(204);
    expect((await preview(facts)).decision.rule?.id).not.toBe(created.body.id);
  });

  it.each([
    [{ categoryPrefix: '1' }, { type: 'manual', reason: 'x' }, 'conditions.categoryPrefix'],
    [{ requestTypes: ['gossip'] }, { type: 'manual', reason: 'x' }, 'conditions.requestTypes'],
    [{}, { type: 'dispatch', unitCode: 'NO-SUCH-UNIT' }, 'action'],
    [{}, { type: 'teleport' }, 'action.type'],
  ])('refuses a bad rule %j → %j naming %s', async (conditions, action, field) => {
    const before = (await t.http().get('/api/dispatch-rules').set('Authorization', await as('admin1'))).body.length;
    const response = await t.http().post('/api/dispatch-rules').set('Authorization', await as('admin1')).send({ name: 'bad', conditions, action }).expect(400);
    expect(Object.keys(response.body.fields)).toContain(field);
    expect((await t.http().get('/api/dispatch-rules').set('Authorization', await as('admin1'))).body.length).toBe(before);
  });

  it('only administrators change rules', async () => {
    await t.http().post('/api/dispatch-rules').set('Authorization', await as('dispatcher1')).send({ name: 'x', conditions: {}, action: { type: 'manual', reason: 'x' } }).expect(403);
    await t.http().post('/api/dispatch/preview').set('Authorization', await as('haibin.handler')).send({ categoryCode: '01', regionCode: '379901', requestType: 'help' }).expect(403);
  });
});
