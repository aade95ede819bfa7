import { randomBytes } from 'node:crypto';
import type { ResultSetHeader } from 'mysql2/promise';
import { nextTicket } from './demo-tickets.ts';
import { closedLoop, openLoop } from './http.ts';
import { inTransaction } from './mysql.ts';
import { ascending } from './report.ts';
import type { BenchRun } from './system.ts';

export interface BaselineLoad {
  /** Clients at once in the closed loop, and for how long. */
  concurrency: number;
  seconds: number;
  /** The open loop's rate, and for how long: the latency of one transaction. */
  fixedRate: number;
  fixedRateSeconds: number;
}

/**
 * The raw rate of a ticket's intake: the transaction's three INSERTs (tickets, ticket_events, outbox)
 * and COMMIT on tables copied from the app's, on a pool as large as the app's; `alongside` runs in
 * each transaction too (a letter's captcha check).
 */
export async function rawIntakeBaseline(bench: BenchRun, poolSize: number, load: BaselineLoad, alongside: () => Promise<unknown> = async () => undefined) {
  const copies = await bench.tableCopies(['tickets', 'ticket_events', 'outbox'], poolSize);
  const pool = copies.pool;
  let serial = 0;
  const hash = randomBytes(32).toString('hex');
  const transaction = (): Promise<void> =>
    inTransaction(pool, async (connection) => {
      await alongside();
      const ticket = nextTicket();
      const now = new Date();
      const [inserted] = await connection.query<ResultSetHeader>(
        'INSERT INTO tickets (number, query_code_hash, channel, request_type, category_code, region_code, address, title, content, ' +
          'citizen_name, citizen_phone, confidential, enterprise, urgency, status, owner_user_id, call_id, dispatch_due_at, version) ' +
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 'normal', 'registered', 1, NULL, ?, 1)",
        [
          `B${String(++serial).padStart(12, '0')}`,
          hash,
          ticket.channel,
          ticket.requestType,
          ticket.categoryCode,
          ticket.regionCode,
          ticket.address,
          ticket.title,
          ticket.content,
          ticket.citizenName,
          ticket.citizenPhone,
          new Date(now.getTime() + 3600_000),
        ],
      );
      const ticketId = inserted.insertId;
      await connection.query(
        'INSERT INTO ticket_events (ticket_id, assignment_id, type, actor_user_id, actor_role, actor_unit_id, from_status, to_status, note, data, occurred_at) ' +
          "VALUES (?, NULL, 'registered', 1, 'operator', 1, NULL, 'registered', NULL, ?, ?)",
        [ticketId, JSON.stringify({ channel: ticket.channel, route: true }), now],
      );
      await connection.query("INSERT INTO outbox (topic, aggregate_id, payload) VALUES ('ticket.route', ?, ?)", [
        ticketId,
        JSON.stringify({ ticketId, version: 1 }),
      ]);
    });
  try {
    // Open the pool's connections and warm the buffer pool before counting.
    await closedLoop(load.concurrency, (sent) => sent < 500, transaction);
    let committed = 0;
    const closedSeconds = await closedLoop(
      load.concurrency,
      (_sent, startedAt) => performance.now() - startedAt < load.seconds * 1000,
      async () => {
        await transaction();
        committed++;
      },
    );
    const latencies: number[] = [];
    await openLoop(load.fixedRate, load.fixedRateSeconds, async (dueAt) => {
      await transaction();
      latencies.push(performance.now() - dueAt);
    });
    return { perSecond: committed / closedSeconds, committed, latencies: ascending(latencies) };
  } finally {
    await copies.drop();
  }
}
