import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { CallIntakeModule } from '../../apps/call-intake/src/call-intake.module.js';
import { CallbackModule } from '../../apps/callback/src/callback.module.js';
import { MailboxModule } from '../../apps/mailbox/src/mailbox.module.js';
import { RealtimeModule } from '../../apps/realtime/src/realtime.module.js';
import { RoutingModule } from '../../apps/routing/src/routing.module.js';
import { dropDatabase, migrate } from '#libs/persistence';
import { configureApp, rootModule } from '#libs/platform';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { testSettings } from '../support/test-run.js';

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
    for (const path of ['/api/tickets', '/api/tickets/{id}/sign', '/api/tickets/{id}/return/approve', '/api/dispatch/preview']) {
      expect(response.body.paths[path]).toBeDefined();
    }
    expect(response.body.components.schemas.CreateTicketDto.required).toEqual(
      expect.arrayContaining(['channel', 'requestType', 'categoryCode', 'regionCode', 'title', 'content']),
    );
    await t.http().get('/api/docs').expect(200);
  });
});

describe('every app alone serves /health', () => {
  const apps: [string, Type][] = [
    ['routing', RoutingModule],
    ['call-intake', CallIntakeModule],
    ['mailbox', MailboxModule],
    ['callback', CallbackModule],
    ['realtime', RealtimeModule],
  ];

  it.each(apps)('%s', async (name, feature) => {
    const settings = testSettings();
    await migrate(settings.db);
    const moduleRef = await Test.createTestingModule({ imports: [rootModule(name, [feature], settings)] }).compile();
    const app = configureApp(moduleRef.createNestApplication({ bufferLogs: true }), name);
    await app.init();
    try {
      await request(app.getHttpServer()).get('/health').expect(200);
      await request(app.getHttpServer()).get('/api/auth/me').expect(401);
    } finally {
      await app.close();
      await dropDatabase(settings.db);
    }
  });
});

describe('/health when Redis is unreachable', () => {
  it('answers 503 naming Redis as down and MySQL as up', async () => {
    const settings = testSettings({ REDIS_URL: 'redis://127.0.0.1:1' });
    await migrate(settings.db);
    const moduleRef = await Test.createTestingModule({ imports: [rootModule('routing', [RoutingModule], settings)] }).compile();
    const app = configureApp(moduleRef.createNestApplication({ bufferLogs: true }), 'routing');
    await app.init();
    try {
      const response = await request(app.getHttpServer()).get('/health').expect(503);
      expect(response.body.error.redis.status).toBe('down');
      expect(response.body.info.mysql.status).toBe('up');
    } finally {
      await app.close();
      await dropDatabase(settings.db);
    }
  });
});
