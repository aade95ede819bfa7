import { Redis } from 'ioredis';
import { createConnection, type RowDataPacket } from 'mysql2/promise';
// Jest loads its global hooks without the module mapper: name the .ts file itself.
import { serviceAddresses } from './global-setup.ts';

/** Drops every database and deletes every Redis key this run made, even those of a failed test. */
export default async function teardown(): Promise<void> {
  const run = process.env.HOTLINE_TEST_RUN;
  if (!run) return;
  const { mysql, redisUrl } = serviceAddresses();
  const connection = await createConnection(mysql);
  const [rows] = await connection.query<RowDataPacket[]>('SHOW DATABASES LIKE ?', [`h12345\\_${run}\\_%`]);
  for (const row of rows) await connection.query(`DROP DATABASE \`${Object.values(row)[0]}\``);
  await connection.end();

  const client = new Redis(redisUrl);
  let cursor = '0';
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${run}:*`, 'COUNT', 1000);
    if (keys.length > 0) await client.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
  await client.quit();
}
