import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { detail, register, routed } from '../support/tickets.js';

describe('intake while Redis is down', () => {
  let redis: PrivateRedis;
  let t: TestApp;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    t = await startTestApp({ REDIS_URL: redis.url });
    await t.tokenOf('operator1');
    await t.tokenOf('dispatcher1');
  });
  afterAll(async () => {
    await t.close();
    await redis.close();
  });

  it('takes the ticket at once, and routes it once Redis is back', async () => {
    await redis.stop();
    const { id, number } = await register(t);
    expect(number).toMatch(/^\d{13}$/);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect((await detail(t, id)).status).toBe('registered');

    await redis.start();
    const ticket = await routed(t, id, 20_000);
    expect(ticket.status).toBe('dispatched');
    expect(ticket.timeline.filter((event: { type: string }) => event.type === 'dispatched')).toHaveLength(1);
  }, 30_000);
});
