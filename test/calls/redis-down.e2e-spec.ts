import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startPrivateRedis, type PrivateRedis } from '../support/private-redis.js';
import { openTestApp, startTestApp, type TestApp } from '../support/test-app.js';
import { batch, postEvents, type EventInput } from './cti.js';
import { waitFor } from '../support/waiting.js';

/** Two calls, one answered in 10 s and one abandoned after 20 s, offered a minute ago. */
const calls = (prefix: string, operatorId: number): EventInput[] => {
  const at = (seconds: number) => new Date(Date.now() - 60_000 + seconds * 1000);
  return [
    { callId: `${prefix}-1`, type: 'offered', at: at(0) },
    { callId: `${prefix}-1`, type: 'answered', at: at(10), operatorId },
    { callId: `${prefix}-1`, type: 'ended', at: at(40) },
    { callId: `${prefix}-2`, type: 'offered', at: at(0) },
    { callId: `${prefix}-2`, type: 'abandoned', at: at(20) },
  ];
};

/** MySQL is the truth of the calls; the live figures in Redis are a copy that comes back whatever Redis loses. */
describe('call figures when Redis goes away or comes back empty', () => {
  let redis: PrivateRedis;
  let t: TestApp;
  let operatorId: number;
  const figures = async () => (await t.http().get('/api/calls/stats').set('Authorization', `Bearer ${await t.tokenOf('leader1')}`).expect(200)).body.today;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    t = await startTestApp({ REDIS_URL: redis.url });
    operatorId = (await t.http().get('/api/auth/me').set('Authorization', `Bearer ${await t.tokenOf('operator1')}`).expect(200)).body.id;
  });
  afterAll(async () => {
    await t.close();
    await redis.close();
  });

  it('takes events while Redis is down, and the figures count them once it is back', async () => {
    await postEvents(t, batch(calls('before', operatorId))).expect(200);
    expect(await figures()).toMatchObject({ offered: 2, answered: 1, abandoned: 1 });

    await redis.stop();
    const startedAt = Date.now();
    const receipt = await postEvents(t, batch(calls('during', operatorId))).expect(200);
    expect(receipt.body).toEqual({ accepted: 5, duplicates: 0 });
    expect(Date.now() - startedAt).toBeLessThan(5_000); // recorded in MySQL; the figures do not hold the CTI up

    await redis.start(); // empty, like a failover to a replica that had nothing
    await waitFor(async () => (await figures()).offered === 4, 20_000, 'the figures to be rebuilt', 250);
    expect(await figures()).toMatchObject({ offered: 4, answered: 2, abandoned: 2, answerRate: 0.5 });
  }, 40_000);

  it('a restart over an emptied Redis rebuilds the figures from MySQL', async () => {
    await redis.stop();
    await redis.start();
    await t.stop();
    t = await openTestApp(t.settings);
    await waitFor(async () => (await figures()).offered === 4, 20_000, 'the start-up rebuild', 250);
    expect(await figures()).toMatchObject({ offered: 4, answered: 2, abandoned: 2 });
  }, 40_000);
});
