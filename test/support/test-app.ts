import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { ALL_FEATURES } from '../../apps/all/src/all.module.js';
import { prepareDatabase } from '../../apps/all/src/prepare-database.js';
import { DEMO_PASSWORD } from '#config/demo-city';
import { dropDatabase } from '#libs/persistence';
import { configureApp, rootModule } from '#libs/platform';
import type { Settings } from '#libs/settings';
import { testSettings } from './test-run.js';

export interface TestApp {
  app: INestApplication;
  settings: Settings;
  http: () => ReturnType<typeof request>;
  /** A bearer token of a demo user, by username. */
  tokenOf: (username: string) => Promise<string>;
  close: () => Promise<void>;
}

/**
 * Every app's features in one Nest application over a fresh, migrated and seeded database of its
 * own: what `npm start` runs, minus the listening port.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const settings = testSettings(env);
  await prepareDatabase(settings.db);
  const moduleRef = await Test.createTestingModule({ imports: [rootModule('test', ALL_FEATURES, settings)] }).compile();
  const app = configureApp(moduleRef.createNestApplication({ bufferLogs: true }), 'test');
  await app.init();
  const http = () => request(app.getHttpServer());
  const tokens = new Map<string, string>();
  return {
    app,
    settings,
    http,
    tokenOf: async (username) => {
      if (!tokens.has(username)) {
        const response = await http().post('/api/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200);
        tokens.set(username, response.body.accessToken);
      }
      return tokens.get(username)!;
    },
    close: async () => {
      await app.close();
      await dropDatabase(settings.db);
    },
  };
}
