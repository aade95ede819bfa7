// Jest loads this file without its module mapper, so it imports only packages; the names it shares
// with test-run.ts (HOTLINE_TEST_RUN, the h12345_ database prefix) are spelled out in both.
import { Redis } from 'ioredis';
import { createConnection } from 'mysql2/promise';

export const serviceAddresses = () => ({
  mysql: {
    host: process.env.DB_HOST ?? '127.0.0.1',
    port: Number(process.env.DB_PORT ?? 3306),
    user: process.env.DB_USER ?? 'root',
    password: process.env.DB_PASSWORD ?? '',
  },
  redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
});

/** Gives the run its name and fails fast, with the fix, when MySQL or Redis is not there. */
export default async function setup(): Promise<void> {
  process.env.HOTLINE_TEST_RUN = `t${Date.now().toString(36)}`;
  const { mysql, redisUrl } = serviceAddresses();
  const hint = 'start them with: bash scripts/services.sh';
  const connection = await createConnection(mysql).catch((error: Error) => {
    throw new Error(`MySQL at ${mysql.host}:${mysql.port} is not answering (${error.message}); ${hint}`);
  });
  await connection.end();
  const client = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  await client.connect().catch((error: Error) => {
    throw new Error(`Redis at ${redisUrl} is not answering (${error.message}); ${hint}`);
  });
  await client.quit();
}
