import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { DataSource } from 'typeorm';
import { UnitDirectory } from '../../apps/routing/src/dispatch/unit-directory.js';
import { addRule, authed, command, detail, register, routed, routeNoiseToStreet, unitIdOf } from '../support/tickets.js';

// 010102 电梯故障 is the market regulator's duty (departmentDuty in the demo catalogue).
const LIFT_FAILURE = { categoryCode: '010102', title: '电梯困人', content: '小区3号楼电梯经常停运。' };

describe('the invariants of DOMAIN.md over HTTP', () => {
  let t: TestApp;
  let street: number;
  let district: number;

  beforeAll(async () => {
    t = await startTestApp();
    await routeNoiseToStreet(t);
    // A wrong rule: a department's duty sent to the street office.
    await addRule(t, { categoryPrefix: '010102', regionPrefix: '379901001001' }, { type: 'dispatch-by-region', tier: 'street' });
    [street, district] = await Promise.all(['S-379901001', 'G-379901'].map((code) => unitIdOf(t, code)));
  });
  afterAll(() => t.close());

  it("never sends a functional department's duty to a street, whatever a rule says", async () => {
    const { id } = await register(t, LIFT_FAILURE);
    const ticket = await routed(t, id);
    expect(ticket.status).toBe('pending_dispatch');
    expect(ticket.assignments).toEqual([]);
    expect(ticket.timeline.at(-1)).toMatchObject({ type: 'parked', actor: { role: 'system' } });
    expect(ticket.timeline.at(-1).note).toMatch(/street/);
  });

  it("never sends a functional department's duty to a street, whatever a dispatcher says", async () => {
    const { id } = await register(t, LIFT_FAILURE);
    await routed(t, id);
    const refused = await command(t, 'dispatcher1', id, 'dispatch', { unitId: street }).expect(409);
    expect(refused.body.code).toBe('department_duty_to_grassroots');
    expect((await detail(t, id)).status).toBe('pending_dispatch');
  });

  it('never dispatches to a unit retired since the directory last looked (another instance retired it): 409, nothing written', async () => {
    const { id } = await register(t, LIFT_FAILURE);
    await routed(t, id);
    const created = await authed(t, 'admin1', (http) => http.post('/api/units').send({ code: 'D-RETIRING', name: '即将撤并的局', tier: 'city', kind: 'department' })).expect(201);
    // This instance's directory has it, and caches it for a minute; then another instance retires it.
    expect(await t.app.get(UnitDirectory).byId(created.body.id)).toMatchObject({ code: 'D-RETIRING' });
    await t.app.get(DataSource).query('UPDATE units SET active = FALSE WHERE id = ?', [created.body.id]);
    const refused = await command(t, 'dispatcher1', id, 'dispatch', { unitId: created.body.id }).expect(409);
    expect(refused.body.message).toContain('no longer active');
    const ticket = await detail(t, id);
    expect(ticket.status).toBe('pending_dispatch');
    expect(ticket.assignments).toEqual([]);
  });

  it('refuses a return without a reason, naming the field, and writes nothing', async () => {
    const { id } = await register(t);
    await routed(t, id);
    const refused = await command(t, 'haibin.handler', id, 'return', { reasonCode: 'other', reason: '   ' }).expect(400);
    expect(Object.keys(refused.body.fields)).toEqual(['reason']);
    const ticket = await detail(t, id);
    expect(ticket.status).toBe('dispatched');
    expect(ticket.timeline).toHaveLength(2);
  });

  it('after three failed rounds only the centre designates, by default the district government', async () => {
    const { id } = await register(t);
    await routed(t, id);
    for (let round = 1; round <= 3; round += 1) {
      await command(t, 'haibin.handler', id, 'return', { reasonCode: 'not_our_region', reason: `第${round}次退单` }).expect(200);
      await command(t, 'dispatcher1', id, 'return/approve').expect(200);
      if (round < 3) await command(t, 'dispatcher1', id, 'dispatch', { unitId: street }).expect(200);
    }
    const plain = await command(t, 'dispatcher1', id, 'dispatch', { unitId: street }).expect(409);
    expect(plain.body.code).toBe('designation_required');
    const designated = await command(t, 'dispatcher1', id, 'dispatch', { designate: true }).expect(200);
    const lead = designated.body.assignments.at(-1);
    expect(lead).toMatchObject({ unitId: district, role: 'primary', returnWindowEndsAt: null });
    // A designated unit cannot hand it back.
    const refused = await command(t, 'haichuan.handler', id, 'return', { reasonCode: 'other', reason: '不归我们' }).expect(409);
    expect(refused.body.code).toBe('not_returnable');
  });

  it('of two signs at once, one succeeds and the other gets 409', async () => {
    const { id } = await register(t);
    await routed(t, id);
    const responses = await Promise.all([command(t, 'haibin.handler', id, 'sign'), command(t, 'haibin.admin', id, 'sign')]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    expect((await detail(t, id)).timeline.filter((event: { type: string }) => event.type === 'signed')).toHaveLength(1);
  });

  it('a sign after the return was approved gets 409', async () => {
    const { id } = await register(t);
    await routed(t, id);
    await command(t, 'haibin.handler', id, 'return', { reasonCode: 'not_our_duty', reason: '属城管职责' }).expect(200);
    await command(t, 'dispatcher1', id, 'return/approve').expect(200);
    await command(t, 'haibin.handler', id, 'sign').expect(409);
  });

  it('a reply racing a return request: one wins, the loser gets 409', async () => {
    const { id } = await register(t);
    await routed(t, id);
    await command(t, 'haibin.handler', id, 'sign').expect(200);
    const responses = await Promise.all([
      command(t, 'haibin.handler', id, 'reply', { content: '已处理', solved: true }),
      command(t, 'haibin.admin', id, 'return', { reasonCode: 'other', reason: '重复' }),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
  });
});
