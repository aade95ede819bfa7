import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Socket } from 'socket.io-client';
import { prepareDatabase } from '../../apps/all/src/prepare-database.js';
import { RealtimeModule } from '../../apps/realtime/src/realtime.module.js';
import { DEMO_PASSWORD } from '#config/demo-city';
import { dropDatabase } from '#libs/persistence';
import { configureApp, rootModule } from '#libs/platform';
import { socketKey } from '#libs/realtime';
import type { Settings } from '#libs/settings';
import { connect, nextEvent } from '../support/sockets.js';
import { testSettings } from '../support/test-run.js';

/** A process of its own that knows nothing but Redis: as any app that pushes through the emitter. */
const EMITTER_SCRIPT = `
import { Emitter } from '@socket.io/redis-emitter';
import { Redis } from 'ioredis';
const redis = new Redis(process.env.REDIS_URL);
new Emitter(redis, { key: process.env.SOCKET_KEY }).to('center').emit('ticket', { ticketId: 4242, events: ['dispatched'], unitIds: [] });
await redis.quit();
`;

async function startRealtime(settings: Settings): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [rootModule('realtime', [RealtimeModule], settings)] }).compile();
  const app = configureApp(moduleRef.createNestApplication({ bufferLogs: true }), 'realtime');
  await app.listen(0, '127.0.0.1');
  return app;
}

describe('two realtime instances', () => {
  let settings: Settings;
  const apps: INestApplication[] = [];
  const sockets: Socket[] = [];

  beforeAll(async () => {
    settings = testSettings();
    await prepareDatabase(settings.db);
    apps.push(await startRealtime(settings), await startRealtime(settings));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    for (const app of apps) await app.close();
    await dropDatabase(settings.db);
  });

  it('deliver an event emitted from a third process to clients on both', async () => {
    const login = await fetch(`${await apps[0]!.getUrl()}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'dispatcher1', password: DEMO_PASSWORD }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    for (const app of apps) sockets.push(await connect(await app.getUrl(), accessToken));
    const received = sockets.map((socket) => nextEvent<{ ticketId: number }>(socket, 'ticket'));

    await promisify(execFile)(process.execPath, ['--input-type=module', '-e', EMITTER_SCRIPT], {
      env: { ...process.env, NODE_OPTIONS: '', REDIS_URL: settings.redis.url, SOCKET_KEY: socketKey(settings.redis.prefix) },
    });

    expect((await Promise.all(received)).map((push) => push.ticketId)).toEqual([4242, 4242]);
  });
});
