import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { POLICIES } from '#config/policies';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { addRule, authed } from '../support/tickets.js';

/** 时限规则: the console reads the active deadline profile; nobody changes it over HTTP. */
describe('GET /api/deadline-policy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DEADLINE_POLICY: 'beijing' });
  });
  afterAll(() => t.close());

  const read = (as: string, status = 200) => authed(t, as, (http) => http.get('/api/deadline-policy')).expect(status);

  it('answers the profile the DEADLINE_POLICY setting chose, as the clock runs it', async () => {
    const { body } = await read('leader1');
    const { replyLimitRules, setting, ...policy } = body;
    expect(setting).toBe('DEADLINE_POLICY');
    expect(policy).toEqual(JSON.parse(JSON.stringify(POLICIES.beijing)));
    expect(policy.name).toBe('beijing');
  });

  it('lists the dispatch rules whose reply limit replaces the profile’s, a new one included', async () => {
    const before = (await read('dispatcher1')).body.replyLimitRules;
    // The demo city's water, power, gas and heating outages and migrant workers' wages.
    expect(before.map((rule: { conditions: { categoryPrefix: string } }) => rule.conditions.categoryPrefix).sort()).toEqual(
      ['060103', '120101', '120201', '120301', '120401'],
    );
    const { id } = await addRule(t, { categoryPrefix: '010101' }, { type: 'manual', reason: '需人工研判', replyLimit: { amount: 3, unit: 'natural_hours' } });
    await addRule(t, { categoryPrefix: '010102' }, { type: 'manual', reason: '无专门时限' });
    const after = (await read('admin1')).body.replyLimitRules;
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toEqual({ id, name: expect.any(String), enabled: true, conditions: { categoryPrefix: '010101' }, replyLimit: { amount: 3, unit: 'natural_hours' } });
  });

  it.each(['operator1', 'haibin.handler', 'callback1'])('is refused to %s (403)', async (username) => {
    await read(username, 403);
  });

  it('is read-only: no PUT', async () => {
    await authed(t, 'admin1', (http) => http.put('/api/deadline-policy').send({ name: 'drill' })).expect(404);
  });
});
