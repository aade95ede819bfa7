import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Queue } from 'bullmq';
import { createConnection, type Connection, type RowDataPacket } from 'mysql2/promise';
import { prepareDatabase } from '../../apps/all/src/prepare-database.js';
import { dropDatabase } from '#libs/persistence';
import { QUEUE_NAMES } from '#libs/queues';
import type { Settings } from '#libs/settings';
import { startAppProcess, type AppProcess } from '../support/app-process.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { testSettings } from '../support/test-run.js';
import { addRule, command, register, routed } from '../support/tickets.js';
import { sleep } from '../support/waiting.js';

const ROUTING = 'apps/routing/src/main.ts';
async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/**
 * The routing app runs in child processes which the test kills with SIGKILL while a deadline timer's
 * job is in flight; they reach Redis through a proxy that can cut them off. The drill profile makes the `warn` step come due six seconds after dispatch, and a
 * 2 s job lock lets the next process take up a dead one's job within seconds, as 30 s would in production.
 * To hold the job at a chosen point, the test locks the assignment's row, which the timer must update.
 */
describe('a worker killed in the middle of a timer job (drill profile, a process per worker)', () => {
  let proxy: TcpProxy;
  let settings: Settings;
  let workerSettings: Settings;
  let db: Connection;
  let queue: Queue;
  let worker: AppProcess;

  beforeAll(async () => {
    settings = testSettings({ DEADLINE_POLICY: 'drill', JOB_LOCK_MS: '2000' });
    const redis = new URL(settings.redis.url);
    proxy = await startTcpProxy({ host: redis.hostname, port: Number(redis.port || 6379) });
    workerSettings = { ...settings, redis: { ...settings.redis, url: `redis://127.0.0.1:${proxy.port}` } };
    await prepareDatabase(settings.db);
    const { host, port, username: user, password, database } = settings.db;
    db = await createConnection({ host, port, user, password, database });
    queue = new Queue(QUEUE_NAMES.deadlines, { connection: { url: settings.redis.url }, prefix: settings.redis.prefix });
    worker = await startAppProcess(ROUTING, workerSettings);
    await addRule(worker, { categoryPrefix: '010101', regionPrefix: '379901001001' }, { type: 'dispatch-by-region', tier: 'street' });
  }, 60_000);
  afterAll(async () => {
    await worker?.kill();
    await queue?.close();
    await db?.end();
    await proxy?.close();
    await queue?.obliterate({ force: true }).catch(() => undefined);
    await dropDatabase(settings.db);
  });

  /** A signed assignment (so only the escalation ladder is left), its row locked by this test's transaction. */
  async function signedAndLocked(): Promise<{ ticketId: number; assignmentId: number; warnJob: string }> {
    const { id: ticketId } = await register(worker);
    const ticket = await routed(worker, ticketId);
    await command(worker, 'haibin.handler', ticketId, 'sign').expect(200);
    const assignmentId: number = ticket.assignments[0].id;
    await db.beginTransaction();
    const [[row]] = await db.query<RowDataPacket[]>('SELECT version FROM assignments WHERE id = ? FOR UPDATE', [assignmentId]);
    return { ticketId, assignmentId, warnJob: `step-warn:${assignmentId}:${row!.version}` };
  }

  /** The timer's transaction waits for the row this test holds: the job is in the middle of its work. */
  const waitingForTheRow = () =>
    until('the timer to wait for the assignment row', async () => {
      const [rows] = await db.query<RowDataPacket[]>(
        "SELECT 1 FROM information_schema.innodb_trx t JOIN information_schema.processlist p ON p.id = t.trx_mysql_thread_id WHERE t.trx_state = 'LOCK WAIT' AND p.db = DATABASE()",
      );
      return rows.length > 0;
    });

  const escalations = async (ticketId: number, step: string): Promise<number> => {
    const [[row]] = await db.query<RowDataPacket[]>(
      "SELECT COUNT(*) AS n FROM ticket_events WHERE ticket_id = ? AND type = 'escalated' AND JSON_VALUE(data, '$.step') = ?",
      [ticketId, step],
    );
    return Number(row!.n);
  };
  const notices = async (assignmentId: number, kind: string): Promise<number> => {
    const [[row]] = await db.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM notices WHERE assignment_id = ? AND kind = ?', [assignmentId, kind]);
    return Number(row!.n);
  };

  /** The next process takes the dead one's job up once its lock has run out, and finishes it. */
  async function takenUpAndFinished(warnJob: string, ticketId: number, assignmentId: number): Promise<void> {
    worker = await startAppProcess(ROUTING, workerSettings);
    await until(`${warnJob} to complete`, async () => (await queue.getJobState(warnJob)) === 'completed');
    await until('the notice', async () => (await notices(assignmentId, 'step-warn')) > 0);
    await sleep(1_000); // time for any second action to show
    expect(await escalations(ticketId, 'warn')).toBe(1);
    expect(await notices(assignmentId, 'step-warn')).toBe(1);
  }

  it('killed after its commit, before BullMQ heard the job was done: run again, it acts once', async () => {
    const { ticketId, assignmentId, warnJob } = await signedAndLocked();
    await waitingForTheRow();
    // Cut off from Redis, the worker cannot mark the job done; let go of the row, and it commits.
    proxy.hold();
    await db.commit();
    try {
      await until('the escalation to commit', async () => (await escalations(ticketId, 'warn')) === 1);
      await sleep(300);
      await worker.kill();
    } finally {
      proxy.reset();
    }
    expect(await queue.getJobState(warnJob)).toBe('active'); // the dead worker's, until its lock runs out

    await takenUpAndFinished(warnJob, ticketId, assignmentId);
  }, 90_000);

  it('killed while its transaction is open: nothing of it stays, and the retry acts once', async () => {
    const { ticketId, assignmentId, warnJob } = await signedAndLocked();
    await waitingForTheRow();
    await worker.kill();
    await db.commit();
    await sleep(500); // the dead connection's statement gets the row, then finds no client to commit it
    expect(await escalations(ticketId, 'warn')).toBe(0);

    await takenUpAndFinished(warnJob, ticketId, assignmentId);
  }, 90_000);
});
