import { randomBytes } from 'node:crypto';
import { loadSettings, type Settings } from '#libs/settings';

/** Names every database and Redis key of one `npm test` run, so that teardown finds them all. */
export const TEST_RUN_VARIABLE = 'HOTLINE_TEST_RUN';
export const DATABASE_PREFIX = 'h12345_';

export const currentRun = (): string => {
  const run = process.env[TEST_RUN_VARIABLE];
  if (!run) throw new Error(`${TEST_RUN_VARIABLE} is not set: run the tests through jest's global setup`);
  return run;
};

/** Settings of a fresh database and key prefix inside this run, for one test file. */
export function testSettings(env: Record<string, string> = {}): Settings {
  const run = currentRun();
  const id = randomBytes(3).toString('hex');
  return loadSettings({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DB_NAME: `${DATABASE_PREFIX}${run}_${id}`,
    REDIS_PREFIX: `${run}:${id}`,
    ...(process.env.DB_HOST && { DB_HOST: process.env.DB_HOST }),
    ...(process.env.REDIS_URL && { REDIS_URL: process.env.REDIS_URL }),
    // A console built elsewhere (`vite build --outDir`), so that two builds need not share dist/console.
    ...(process.env.CONSOLE_DIR && { CONSOLE_DIR: process.env.CONSOLE_DIR }),
    ...env,
  });
}
