import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('health and API docs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('/health reports MySQL and Redis up, without a token', async () => {
    const response = await t.http().get('/health').expect(200);
    expect(response.body).toMatchObject({ status: 'ok', info: { mysql: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('serves the OpenAPI document with the login route', async () => {
    const response = await t.http().get('/api/docs-json').expect(200);
    expect(response.body.paths['/api/auth/login'].post).toBeDefined();
    expect(response.body.paths['/api/units'].get).toBeDefined();
    await t.http().get('/api/docs').expect(200);
  });
});
