import { spawn } from 'node:child_process';
import { once } from 'node:events';
import type { Settings } from '#libs/settings';
import { apiClient, type ApiClient } from './test-app.js';
import { freePort } from './free-port.js';

/** An app running in a process of its own, which a fault test can kill outright. */
export interface AppProcess extends ApiClient {
  /** SIGKILL: no shutdown hooks, no lock released, connections cut. */
  kill(): Promise<void>;
}

const ROOT = new URL('../../', import.meta.url);
const HOOKS = new URL('test/support/ts-hooks.mjs', ROOT).pathname;
const STARTUP_TIMEOUT_MS = 30_000;

/** The environment that makes `loadSettings` in the child give back these settings. */
const environmentOf = (settings: Settings): Record<string, string> => ({
  NODE_ENV: settings.env,
  DB_TYPE: settings.db.type,
  DB_HOST: settings.db.host,
  DB_PORT: String(settings.db.port),
  DB_USER: settings.db.username,
  DB_PASSWORD: settings.db.password,
  DB_NAME: settings.db.database,
  REDIS_URL: settings.redis.url,
  REDIS_PREFIX: settings.redis.prefix,
  JOB_LOCK_MS: String(settings.queues.jobLockMs),
  JWT_SECRET: settings.jwt.secret,
  CTI_SECRET: settings.cti.secret,
  SERVICE_LEVEL_OF: settings.calls.serviceLevelDenominator,
  DEADLINE_POLICY: settings.deadlinePolicy,
  LOG_LEVEL: 'warn',
});

/**
 * Starts an app's `main.ts` (e.g. `apps/routing/src/main.ts`) from source in a child process over an
 * existing database, and waits until its health check answers.
 */
export async function startAppProcess(main: string, settings: Settings): Promise<AppProcess> {
  const port = await freePort();
  const env = { ...process.env, ...environmentOf(settings), PORT: String(port), HOST: '127.0.0.1' };
  const child = spawn(process.execPath, ['--import', HOOKS, main], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  // Should the test process die first, its children must not outlive it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = once(child, 'exit');

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${main} exited (${child.exitCode ?? child.signalCode}) while starting:\n${output}`);
    }
    const healthy = await fetch(`${url}/health`).then((response) => response.ok, () => false);
    if (healthy) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${main} not healthy after ${STARTUP_TIMEOUT_MS} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    ...apiClient(url),
    kill: async () => {
      process.off('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
