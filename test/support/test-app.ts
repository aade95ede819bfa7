import { afterAll, beforeAll } from '@jest/globals';
import type { INestApplication } from '@nestjs/common';
import { AbstractLoader, ExpressLoader } from '@nestjs/serve-static';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { ALL_FEATURES } from '../../apps/all/src/all.module.js';
import { prepareDatabase } from '../../apps/all/src/prepare-database.js';
import { DEMO_PASSWORD } from '#config/demo-city';
import { dropDatabase } from '#libs/persistence';
import { configureApp, rootModule } from '#libs/platform';
import type { Settings } from '#libs/settings';
import { testSettings } from './test-run.js';

/** Requests to an app, in this process or another, and the demo users' tokens for them. */
export interface ApiClient {
  http: () => ReturnType<typeof request>;
  /** A bearer token of a demo user, by username. */
  tokenOf: (username: string) => Promise<string>;
}

/** The client of an app served by `server`: an http.Server of this process, or a URL. */
export function apiClient(server: Parameters<typeof request>[0]): ApiClient {
  const http = () => request(server);
  const tokens = new Map<string, string>();
  return {
    http,
    tokenOf: async (username) => {
      if (!tokens.has(username)) {
        const response = await http().post('/api/auth/login').send({ username, password: DEMO_PASSWORD }).expect(200);
        tokens.set(username, response.body.accessToken);
      }
      return tokens.get(username)!;
    },
  };
}

export interface TestApp extends ApiClient {
  app: INestApplication;
  settings: Settings;
  /** Stops the app and drops its database. */
  close: () => Promise<void>;
  /** Stops the app and keeps its database: a crash or a restart, with `openTestApp(settings)` after. */
  stop: () => Promise<void>;
}

/**
 * Every app's features in one Nest application over a fresh, migrated and seeded database of its
 * own: what `npm start` runs, minus the listening port.
 */
export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const settings = testSettings(env);
  await prepareDatabase(settings.db);
  return openTestApp(settings);
}

/**
 * The app of the tests of the enclosing describe block: started before the first, closed after the
 * last. What it returns stands for that app from the start, so that helpers made at describe time can
 * hold it; it answers once the tests run.
 */
export function appForSuite(env: Record<string, string> = {}): TestApp {
  let started: TestApp | undefined;
  beforeAll(async () => {
    started = await startTestApp(env);
  });
  afterAll(() => started?.close());
  const current = (): TestApp => {
    if (!started) throw new Error('the suite app starts before the tests: use it inside them');
    return started;
  };
  return {
    get app() {
      return current().app;
    },
    get settings() {
      return current().settings;
    },
    http: () => current().http(),
    tokenOf: (username) => current().tokenOf(username),
    close: () => current().close(),
    stop: () => current().stop(),
  };
}

/** The app over an existing database, as a restarted process finds it. */
export async function openTestApp(settings: Settings): Promise<TestApp> {
  const moduleRef = await Test.createTestingModule({ imports: [rootModule('test', ALL_FEATURES, settings)] })
    // The console's static files: ServeStaticModule picks its loader from the HTTP adapter, which a
    // testing module does not have yet when its providers are made.
    .overrideProvider(AbstractLoader)
    .useClass(ExpressLoader)
    .compile();
  const app = configureApp(moduleRef.createNestApplication({ bufferLogs: true, rawBody: true }), 'test');
  await app.init();
  return {
    app,
    settings,
    ...apiClient(app.getHttpServer()),
    close: async () => {
      await app.close();
      await dropDatabase(settings.db);
    },
    stop: () => app.close(),
  };
}
