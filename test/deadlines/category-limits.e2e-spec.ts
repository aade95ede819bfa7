import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addRule, command, detail, register, routed, unitIdOf } from '../support/tickets.js';

const HOUR = 3600_000;

/** A dispatch rule may set the reply limit of the matters it covers (DOMAIN.md: categories and rules override the profile). */
describe("a category's reply limit set by its dispatch rule", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    // Noise in 望海社区: to the street office within 3 natural hours, not the complaint's 15 working days.
    await addRule(t, { categoryPrefix: '010101', regionPrefix: '379901001001' }, { type: 'dispatch-by-region', tier: 'street', replyLimit: { amount: 3, unit: 'natural_hours' } });
    // The same matter in 望潮社区 goes to the dispatchers, with the same limit for whoever they pick.
    await addRule(t, { categoryPrefix: '010101', regionPrefix: '379901001002' }, { type: 'manual', reason: '需人工研判', replyLimit: { amount: 3, unit: 'natural_hours' } });
  });
  afterAll(() => t.close());

  const replyWindow = (assignment: { dispatchedAt: string; replyDueAt: string }) => Date.parse(assignment.replyDueAt) - Date.parse(assignment.dispatchedAt);

  it('holds when the rule dispatches', async () => {
    const { id } = await register(t);
    const [assignment] = (await routed(t, id)).assignments;
    expect(replyWindow(assignment)).toBe(3 * HOUR);
  });

  it('holds when a dispatcher dispatches by hand', async () => {
    const { id } = await register(t, { regionCode: '379901001002', address: '海滨街道望潮社区' });
    expect((await routed(t, id)).status).toBe('pending_dispatch');
    await command(t, 'dispatcher1', id, 'dispatch', { unitId: await unitIdOf(t, 'S-379901001') }).expect(200);
    const [assignment] = (await detail(t, id)).assignments;
    expect(replyWindow(assignment)).toBe(3 * HOUR);
  });

  it('does not touch other matters', async () => {
    // Noise elsewhere: the demo rules send it to its street office, on the complaint's 15 working days.
    const { id } = await register(t, { regionCode: '379901002002', address: '某社区' });
    const [assignment] = (await routed(t, id)).assignments;
    expect(replyWindow(assignment)).toBeGreaterThan(15 * 24 * HOUR);
  });

  it('refuses a limit it cannot count, naming the field', async () => {
    const response = await t
      .http()
      .post('/api/dispatch-rules')
      .set('Authorization', `Bearer ${await t.tokenOf('admin1')}`)
      .send({ name: 'bad limit', conditions: { categoryPrefix: '0101' }, action: { type: 'manual', reason: 'x', replyLimit: { amount: 2, unit: 'fortnights' } } })
      .expect(400);
    expect(JSON.stringify(response.body)).toContain('action.replyLimit.unit');
  });
});
