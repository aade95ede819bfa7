/**
 * CTI call events ingested with the live call figures kept current, and the delay from an event to
 * the updated figure on a leader's screen, beside raw MySQL and Redis rates for the same rows measured
 * in the same run. It starts the whole system (`dist/apps/all`) as a child process on a
 * fresh database and Redis prefix, with a CTI key of its own to sign the events, and removes
 * everything at the end, even after a failure or Ctrl-C.
 * Node runs this file by stripping its types, and `#libs/*` resolves to the compiled `dist/`:
 *
 *   npm run build && node_modules/.bin/node test/bench/cti-ingest.bench.ts
 *
 * The events (support/cti-calls.ts): a seeded stream of calls, 85% offered → answered → ended (by
 * 300 synthetic operators, whose presence the app moves with each call) and 15% offered → abandoned,
 * unique call ids, one call in ten with two events the wrong way round, one event in a hundred sent
 * twice. A call's events are 5,000–20,000 events apart in the stream (1–4 s at 5,000 events/s, where a
 * real call's answer and end come seconds to minutes after its offer), so they land in different
 * batches, seldom in batches sent at the same time (a repeat may); BENCH_GAP=50-600 puts them 50–600
 * apart, in batches sent at the same time, which then wait on each other's row locks: a worst case.
 * The counted phases start once the stream is a steady mix (40,000 events in).
 * Phases (about two minutes on two cores):
 *   1. baselines, 8 clients each sending batches of 200 from the same stream, in this process:
 *      raw MySQL on tables copied from the app's (`CREATE TABLE … LIKE`) on a pool as large as the
 *      app's, for 5 s each after the same warm-up: (a) one transaction per batch with one multi-row INSERT IGNORE of its
 *      events; (b) the ledger's transaction without the app: placeholder calls (INSERT … ON DUPLICATE
 *      KEY UPDATE, as the ledger does), SELECT … FOR UPDATE the calls, SELECT their stored events,
 *      INSERT the new ones, fold the calls (foldBatch of libs/metrics) and upsert the calls — no operator
 *      presence, no screen pop; (c) the same and, in the same transaction, the operators' moves made
 *      by the app's own statements (changePresences of apps/call-intake, on this process's
 *      connection): the app's transaction without Nest, TypeORM, HTTP or validation. A deadlock is
 *      retried twice, as the ledger does. Raw Redis, for 3 s
 *      each: per batch one MULTI of the HINCRBY and EXPIRE commands of its count changes (folded
 *      beforehand), summed per bucket as CallStats.apply sends them, and one set per change and
 *      bucket as it sent them before (see the report), on one connection as the app has;
 *   2. throughput: 8 posters, each POSTing its next signed batch of 200 as soon as the last one is
 *      answered (a closed loop, keep-alive), 2 s warm-up then 12 s counted: events/s accepted (the
 *      sum of `accepted`), the HTTP time per batch, failures. Then the failed batches are sent again
 *      (as a CTI would) with what is left of the stream's calls, and the figures are checked:
 *      GET /api/calls/stats (as leader1) must show today exactly the offered, answered and abandoned
 *      calls that were sent, and MySQL must hold every call and every distinct event;
 *   3. delay to a leader's screen: leader1's socket (socket.io-client, websocket) listens to `calls`.
 *      For 15 s, a background of 1,000 events/s (10 batches of 100 a second, answered calls only) and
 *      10 markers a second, each one abandoned call (offered + abandoned) in a POST of its own, all on
 *      a timer (an open loop). Only markers change `today.abandoned`, so marker k is on the screen
 *      when a push shows `today.abandoned` ≥ the count before the phase + k; its delay runs from just
 *      before its POST was sent to that push's arrival (a marker answered after the next one was sent
 *      may have committed after it: their number is printed). The board is pushed at most every
 *      500 ms by design (BoardPusher's coalescing), so about 250 ms of the delay is expected on
 *      average and up to 500 ms at worst before the push's own work.
 * Statements and commands per event, and deadlocks, are the MySQL and Redis servers' own counters:
 * anything else using those servers meanwhile shows in them.
 * The machine's CPU is shown by process (the app, the MySQL and Redis servers when local, this
 * process) and what is left (on a shared machine, other work).
 *
 * Timings depend on the machine, so nothing here asserts them; the table states the goals.
 */
import { randomBytes } from 'node:crypto';
import { Agent } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import type { Pool, RowDataPacket } from 'mysql2/promise';
import { io, type Socket } from 'socket.io-client';
import type { EntityManager } from 'typeorm';
import { CALL_ROW_COLUMNS, eventOf, jsonOf, payloadOf, RECORD_COLUMNS, recordValues, type StoredEvent } from '../../apps/call-intake/src/calls/call-rows.ts';
import { changePresences } from '../../apps/call-intake/src/calls/presence.ts';
import { localDayOf } from '#libs/calendar';
import { dayKey, DAY_TTL_SECONDS, minuteKey, MINUTE_TTL_SECONDS, type CallBoard } from '#libs/call-stats';
import { newEvents, presenceMoves, type CtiEvent } from '#libs/calls';
import { foldBatch, ZERO_COUNTS, type CallCounts } from '#libs/metrics';
import { dataSourceOptions, identifier, onServer } from '#libs/persistence';
import { CallScript, CTI_BATCH_MAX, DEFAULT_GAP, postEvents, type CtiEventBody, type ScriptCounts } from './support/cti-calls.ts';
import { LEADER } from './support/demo-tickets.ts';
import { closedLoop, Failures, getJson, login, openLoop } from './support/http.ts';
import { inTransaction } from './support/mysql.ts';
import { ascending, cpuSample, cpuSummary, format, machineLine, ms, percentile, printTable, rate, verdict } from './support/report.ts';
import { BenchRun, globalStatus, printProblems, progress, serverWork } from './support/system.ts';

const POSTERS = 8;
const BATCH = CTI_BATCH_MAX;
const WARMUP_SECONDS = 2;
const SECONDS = 12;
const BASELINE_SECONDS = 5;
const REDIS_BASELINE_BATCHES = 500;
const REDIS_BASELINE_SECONDS = 3;
const BACKGROUND_BATCHES_PER_SECOND = 10;
const BACKGROUND_BATCH = 100;
const MARKERS_PER_SECOND = 10;
const DELAY_SECONDS = 15;
/** After the last marker: the longest wait for it to show. */
const SETTLE_TIMEOUT_MS = 5_000;
const GOAL_EVENTS_PER_SECOND = 5_000;
const GOAL_DELAY_P99_MS = 1_000;
const PUSH_INTERVAL_MS = 500;
const ATTEMPTS = 3;
const SCRIPT_SEED = 6_012_345;
/**
 * How far apart a call's events are in the stream (support/cti-calls.ts); BENCH_GAP=50-600 puts them in
 * batches sent at the same time, which then wait on each other's locks: a worst case for the ledger.
 */
const GAP = ((text) => {
  const [min, max] = (text ?? '').split('-').map(Number);
  return text && min! > 0 && max! > min! ? { min: min!, max: max! } : DEFAULT_GAP;
})(process.env.BENCH_GAP);

// ---------------------------------------------------------------- the stream as the app folds it

const eventOfBody = (body: CtiEventBody): CtiEvent => ({ ...body, at: new Date(body.at) });

/**
 * What a batch changes, given the events of each call stored before it (updated in place): the fresh
 * events (the first of a call id and type), each changed call's record and the changes to the live
 * counts — what CallLedger.store computes (libs/metrics foldBatch), for calls never called back.
 */
function foldInto(stored: Map<string, CtiEvent[]>, batch: readonly CtiEventBody[]) {
  const storedOfBatch = [...new Set(batch.map((body) => body.callId))].flatMap((callId) => stored.get(callId) ?? []);
  const fresh = newEvents(storedOfBatch, batch).map(eventOfBody);
  const folded = foldBatch(storedOfBatch, fresh, () => ({}));
  for (const event of fresh) stored.set(event.callId, [...(stored.get(event.callId) ?? []), event]);
  return { fresh, ...folded };
}

// ---------------------------------------------------------------- baselines

/** `clients` at once, each sending its next batch as soon as the last is done, for `seconds`: events/s and times per batch. */
async function batchesFor(clients: number, seconds: number, next: () => CtiEventBody[], send: (batch: CtiEventBody[]) => Promise<void>) {
  const times: number[] = [];
  const failures = new Failures();
  let events = 0;
  const elapsed = await closedLoop(
    clients,
    (_sent, startedAt) => performance.now() - startedAt < seconds * 1000,
    async () => {
      const batch = next();
      const startedAt = performance.now();
      try {
        await send(batch);
        times.push(performance.now() - startedAt);
        events += batch.length;
      } catch (error) {
        failures.addError(error);
      }
    },
  );
  return { perSecond: events / elapsed, events, times: ascending(times), failures };
}

const RAW_TABLES = ['calls', 'call_events', 'operator_presence', 'presence_log'];

/** The raw MySQL rates: (a) a multi-row INSERT of each batch's events; (b) the ledger's statements, without the app. */
async function rawMysql() {
  const copies = await bench.tableCopies(RAW_TABLES, POOL_SIZE);
  const pool = copies.pool;
  const deadlocks = { count: 0 };
  // Again on a deadlock, as CallLedger does.
  const retrying = { deadlockRetries: ATTEMPTS - 1, onDeadlock: () => void deadlocks.count++ };
  const eventRows = (events: readonly CtiEvent[]) => events.map((event) => [event.callId, event.type, event.at, JSON.stringify(payloadOf(event))]);

  const insertOnly = (batch: CtiEventBody[]) =>
    inTransaction(
      pool,
      async (connection) => {
        await connection.query('INSERT IGNORE INTO call_events (call_id, type, at, payload) VALUES ?', [eventRows(batch.map(eventOfBody))]);
      },
      retrying,
    );

  const ledger = (withPresence: boolean) => (batch: CtiEventBody[]) =>
    inTransaction(
      pool,
      async (connection) => {
        const firsts = new Map<string, CtiEventBody>();
        for (const event of batch) if (!firsts.has(event.callId)) firsts.set(event.callId, event);
        const callIds = [...firsts.keys()].sort();
        // ON DUPLICATE KEY UPDATE, not IGNORE: a duplicate is locked exclusively (IGNORE takes a shared lock, which the
        // FOR UPDATE below must then upgrade: two batches naming the same call deadlock), in call-id order.
        await connection.query('INSERT INTO calls (call_id, caller_number, line, queue, status) VALUES ? ON DUPLICATE KEY UPDATE call_id = call_id', [
          callIds.map((callId) => [callId, firsts.get(callId)!.callerNumber, firsts.get(callId)!.line, firsts.get(callId)!.queue, 'new']),
        ]);
        await connection.query(`SELECT ${CALL_ROW_COLUMNS} FROM calls WHERE call_id IN (?) ORDER BY call_id FOR UPDATE`, [callIds]);
        const [rows] = await connection.query<RowDataPacket[]>('SELECT call_id AS callId, type, at, payload FROM call_events WHERE call_id IN (?)', [callIds]);
        const stored = (rows as StoredEvent[]).map((row) => eventOf({ ...row, payload: jsonOf(row.payload) }));
        const fresh = newEvents(stored, batch).map(eventOfBody);
        const { records } = foldBatch(stored, fresh, () => ({}));
        if (fresh.length > 0) await connection.query('INSERT INTO call_events (call_id, type, at, payload) VALUES ?', [eventRows(fresh)]);
        if (records.size > 0) {
          await connection.query(
            `INSERT INTO calls (${RECORD_COLUMNS.join(', ')}) VALUES ? ON DUPLICATE KEY UPDATE ` +
              RECORD_COLUMNS.slice(1).map((column) => `${column} = VALUES(${column})`).join(', '),
            [[...records.values()].map(recordValues)],
          );
        }
        if (withPresence) {
          // The app's own statements (changePresences) on this connection, for the moves CtiIntake makes.
          const manager = { query: async (sql: string, values: unknown[]) => (await connection.query(sql, values))[0] } as unknown as EntityManager;
          await changePresences(manager, presenceMoves(records, fresh));
        }
      },
      retrying,
    );

  try {
    const measure = async (send: (batch: CtiEventBody[]) => Promise<void>) => {
      for (const table of RAW_TABLES) await onServer(bench.settings.db, `TRUNCATE TABLE ${identifier(copies.name)}.${identifier(table)}`);
      const script = new CallScript({ prefix: 'raw', seed: SCRIPT_SEED, gap: GAP });
      // Open the pool's connections and warm the buffer pool, until the stream is a steady mix, before counting.
      while (script.sent < script.steadyAfter) await batchesFor(POSTERS, 0.5, () => script.batch(BATCH), send);
      deadlocks.count = 0;
      const locksFrom = await lockStatus(pool);
      const result = await batchesFor(POSTERS, BASELINE_SECONDS, () => script.batch(BATCH), send);
      const locksTo = await lockStatus(pool);
      return { ...result, deadlocks: deadlocks.count, lockWaits: locksTo.waits - locksFrom.waits, lockWaitedMs: locksTo.waitedMs - locksFrom.waitedMs };
    };
    const inserts = await measure(insertOnly);
    const ledgerOnly = await measure(ledger(false));
    const statementsFrom = await globalStatus(pool, 'Questions');
    const withPresence = await measure(ledger(true));
    const statements = (await globalStatus(pool, 'Questions')) - statementsFrom;
    return { inserts, ledger: ledgerOnly, withPresence, statementsPerEvent: statements / Math.max(1, withPresence.events) };
  } finally {
    await copies.drop();
  }
}

type Bucketed = Map<string, { ttl: number; counts: Record<keyof CallCounts, number> }>;

/** The HINCRBY and EXPIRE commands of a batch's count changes: one per change and bucket, or summed per bucket first. */
function bucketCommands(prefix: string, changes: readonly { at: Date; counts: CallCounts }[], summed: boolean): (string | number)[][] {
  const commands: (string | number)[][] = [];
  const buckets: Bucketed = new Map();
  const add = (key: string, ttl: number, counts: CallCounts): void => {
    if (!summed) {
      for (const field of Object.keys(counts) as (keyof CallCounts)[]) if (counts[field] !== 0) commands.push(['hincrby', key, field, counts[field]]);
      commands.push(['expire', key, ttl]);
      return;
    }
    const bucket = buckets.get(key) ?? { ttl, counts: { ...ZERO_COUNTS } };
    buckets.set(key, bucket);
    for (const field of Object.keys(counts) as (keyof CallCounts)[]) bucket.counts[field] += counts[field];
  };
  for (const { at, counts } of changes) {
    add(minuteKey(prefix, at), MINUTE_TTL_SECONDS, counts);
    add(dayKey(prefix, at), DAY_TTL_SECONDS, counts);
  }
  for (const [key, { ttl, counts }] of buckets) {
    for (const field of Object.keys(counts) as (keyof CallCounts)[]) if (counts[field] !== 0) commands.push(['hincrby', key, field, counts[field]]);
    commands.push(['expire', key, ttl]);
  }
  return commands;
}

/**
 * The raw Redis rate: per batch, one MULTI of the HINCRBY and EXPIRE commands of its count changes,
 * `summed` per bucket (what CallStats.apply sends) or one set per change and bucket (what it sent
 * before it summed them), `POSTERS` at once on one connection.
 */
async function rawRedis(url: string, prefix: string, summed: boolean) {
  // Folded beforehand, so that only Redis (and ioredis) is timed.
  const script = new CallScript({ prefix: 'raw', seed: SCRIPT_SEED, gap: GAP });
  const stored = new Map<string, CtiEvent[]>();
  // Until the stream is a steady mix: folded, not sent.
  while (script.sent < script.steadyAfter) foldInto(stored, script.batch(BATCH));
  const batches: { events: number; commands: (string | number)[][] }[] = [];
  for (let index = 0; index < REDIS_BASELINE_BATCHES; index++) {
    const batch = script.batch(BATCH);
    batches.push({ events: batch.length, commands: bucketCommands(prefix, foldInto(stored, batch).changes, summed) });
  }
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    let next = 0;
    const send = async (): Promise<void> => void (await redis.multi(batches[next++ % batches.length]!.commands).exec());
    await closedLoop(POSTERS, (sent) => sent < 100, send);
    const times: number[] = [];
    let events = 0;
    next = 0;
    // Round the batches again if they run out: the counts only grow.
    const seconds = await closedLoop(
      POSTERS,
      (_sent, startedAt) => performance.now() - startedAt < REDIS_BASELINE_SECONDS * 1000,
      async () => {
        const batch = batches[next % batches.length]!;
        const startedAt = performance.now();
        await send();
        times.push(performance.now() - startedAt);
        events += batch.events;
      },
    );
    // MULTI and EXEC besides.
    const commands = batches.reduce((sum, batch) => sum + batch.commands.length + 2, 0);
    const eventsOnce = batches.reduce((sum, batch) => sum + batch.events, 0);
    return { perSecond: events / seconds, events, seconds, times: ascending(times), commandsPerEvent: commands / eventsOnce };
  } finally {
    redis.disconnect();
  }
}

/** InnoDB's row-lock waits, the time spent in them, and deadlocks so far, server-wide. */
async function lockStatus(pool: Pool): Promise<{ waits: number; waitedMs: number; deadlocks: number }> {
  return {
    waits: await globalStatus(pool, 'Innodb_row_lock_waits'),
    waitedMs: await globalStatus(pool, 'Innodb_row_lock_time'),
    deadlocks: await globalStatus(pool, 'Innodb_deadlocks'),
  };
}

// ---------------------------------------------------------------- the app

/** What came back from the app's CTI endpoint. */
class Posting {
  accepted = 0;
  duplicates = 0;
  events = 0;
  readonly times: number[] = [];
  readonly failures = new Failures();
  /** The batches that failed, to send again as a CTI does. */
  readonly failed: (readonly CtiEventBody[])[] = [];
}

/** POSTs a batch; what came back goes `into` the posting, a failed batch among its `failed`. */
async function post(agent: Agent, port: number, batch: readonly CtiEventBody[], into: Posting, dueAt = performance.now()): Promise<void> {
  into.events += batch.length;
  try {
    const { reply, receipt } = await postEvents(agent, port, ctiSecret, batch);
    if (!receipt) {
      into.failures.add(`HTTP ${reply.status}`, reply.body);
      into.failed.push(batch);
      return;
    }
    into.times.push(performance.now() - dueAt);
    into.accepted += receipt.accepted;
    into.duplicates += receipt.duplicates;
  } catch (error) {
    into.failures.addError(error);
    into.failed.push(batch);
  }
}

/** Sends the batches, `POSTERS` at once; those that fail again, up to twice more. */
async function postAll(agent: Agent, port: number, batches: readonly (readonly CtiEventBody[])[], into: Posting): Promise<void> {
  let queue = batches;
  for (let round = 0; round < ATTEMPTS && queue.length > 0; round++) {
    const failedBefore = into.failed.length;
    let next = 0;
    await closedLoop(POSTERS, () => next < queue.length, () => post(agent, port, queue[next++]!, into));
    queue = into.failed.slice(failedBefore);
  }
}

/** The `calls` pushes a leader's socket receives, as they arrive. */
interface Push {
  at: number;
  board: CallBoard;
}

function connectLeader(port: number, token: string, onPush: (push: Push) => void): Promise<Socket> {
  const socket = io(`http://127.0.0.1:${port}`, { auth: { token }, transports: ['websocket'], reconnection: false, forceNew: true, timeout: 30_000 });
  socket.on('calls', (board: CallBoard) => onPush({ at: performance.now(), board }));
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(new Error(`leader socket refused: ${error.message}`));
    });
  });
}

interface Check {
  ok: boolean;
  line: string;
}

/** The figures the app shows today against what was sent today, and what MySQL holds. */
async function checkFigures(agent: Agent, port: number, token: string, pool: Pool, scripts: readonly ScriptCounts[]): Promise<Check> {
  const board = await getJson<CallBoard>(agent, port, '/api/calls/stats', token);
  const today = localDayOf(new Date(board.at)).start.getTime();
  const sent = { offered: 0, answered: 0, abandoned: 0 };
  let calls = 0;
  let events = 0;
  for (const counts of scripts) {
    const day = counts.byDay.get(today);
    sent.offered += day?.offered ?? 0;
    sent.answered += day?.answered ?? 0;
    sent.abandoned += day?.abandoned ?? 0;
    calls += counts.calls;
    events += counts.events;
  }
  const [byStatus] = await pool.query<RowDataPacket[]>('SELECT status, COUNT(*) AS n FROM calls GROUP BY status ORDER BY n DESC');
  const [[stored]] = await pool.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM call_events');
  const inMysql = byStatus.reduce((sum, row) => sum + Number(row.n), 0);
  // The operators' log: one open stretch each at most, the one their presence row's `since` opened.
  const [[presence]] = await pool.query<RowDataPacket[]>(
    'SELECT COUNT(*) AS operators, SUM(l.open > 1) AS many, SUM(l.open = 1 AND NOT EXISTS (SELECT 1 FROM presence_log o WHERE o.user_id = p.user_id ' +
      'AND o.started_at = p.since AND o.ended_at IS NULL)) AS astray FROM operator_presence p ' +
      'JOIN (SELECT user_id, SUM(ended_at IS NULL) AS open FROM presence_log GROUP BY user_id) l ON l.user_id = p.user_id',
  );
  const presenceOk = Number(presence!.many) === 0 && Number(presence!.astray) === 0;
  const shown = { offered: board.today.offered, answered: board.today.answered, abandoned: board.today.abandoned };
  const ok =
    shown.offered === sent.offered &&
    shown.answered === sent.answered &&
    shown.abandoned === sent.abandoned &&
    inMysql === calls &&
    Number(stored!.n) === events &&
    presenceOk;
  const triple = (value: typeof sent): string => `${format(value.offered)} / ${format(value.answered)} / ${format(value.abandoned)}`;
  return {
    ok,
    line:
      `today offered / answered / abandoned: shown ${triple(shown)}, sent ${triple(sent)}; ` +
      `MySQL ${format(inMysql)} calls of ${format(calls)} sent (${byStatus.map((row) => `${row.status} ${format(Number(row.n))}`).join(', ')}), ` +
      `${format(Number(stored!.n))} events of ${format(events)} distinct sent; ${format(Number(presence!.operators))} operators' presence logs ` +
      `${presenceOk ? 'consistent' : `INCONSISTENT (${presence!.many} with several open stretches, ${presence!.astray} whose open one is not their row's)`}` +
      ` — ${ok ? 'all as sent' : 'NOT AS SENT'}`,
  };
}

// ---------------------------------------------------------------- the run

const bench = new BenchRun();
const appOptions = dataSourceOptions(bench.settings.db) as { extra?: { connectionLimit?: number } };
const POOL_SIZE = appOptions.extra?.connectionLimit ?? 10;
const ctiSecret = randomBytes(32).toString('hex');

let leaderSocket: Socket | undefined;
bench.cleanup.add('closing the leader socket', () => leaderSocket?.close());

async function main(): Promise<void> {
  const app = await bench.startApp({ CTI_SECRET: ctiSecret });
  const { port, pool, redis, pid: appPid } = app;
  const { servers, id: runId } = bench;
  progress(`baseline: raw MySQL, ${POSTERS} clients × batches of ${BATCH} on a pool of ${POOL_SIZE}, ${BASELINE_SECONDS} s each shape`);
  const mysql = await rawMysql();
  progress(`baseline: raw Redis, ${POSTERS} clients × ${REDIS_BASELINE_BATCHES} MULTIs of the same batches, summed per bucket and not`);
  const redisRaw = await rawRedis(bench.settings.redis.url, `${bench.redisPrefix}:raw`, true);
  const redisPerChange = await rawRedis(bench.settings.redis.url, `${bench.redisPrefix}:raw`, false);

  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  const leaderToken = await login(agent, port, LEADER);
  const pushes: Push[] = [];
  let onPush: (push: Push) => void = () => undefined;
  leaderSocket = await connectLeader(port, leaderToken, (push) => {
    pushes.push(push);
    onPush(push);
  });

  // ------------------------------------------------------------ throughput
  const load = new CallScript({ prefix: `load${runId}`, seed: SCRIPT_SEED, gap: GAP });
  progress(
    `throughput: ${POSTERS} posters × batches of ${BATCH}, warm-up (${WARMUP_SECONDS} s and ${format(load.steadyAfter)} events at least) then ${SECONDS} s`,
  );
  const warmup = new Posting();
  await closedLoop(
    POSTERS,
    (_sent, startedAt) => performance.now() - startedAt < WARMUP_SECONDS * 1000 || load.sent < load.steadyAfter,
    () => post(agent, port, load.batch(BATCH), warmup),
  );
  const measured = new Posting();
  const workFrom = await serverWork(pool, redis);
  const locksFrom = await lockStatus(pool);
  const pushesFrom = pushes.length;
  const cpuFrom = cpuSample({ app: appPid, ...servers });
  const loadSeconds = await closedLoop(
    POSTERS,
    (_sent, startedAt) => performance.now() - startedAt < SECONDS * 1000,
    () => post(agent, port, load.batch(BATCH), measured),
  );
  const cpuTo = cpuSample({ app: appPid, ...servers });
  const pushesDuring = pushes.slice(pushesFrom);
  const workTo = await serverWork(pool, redis);
  const locksTo = await lockStatus(pool);
  progress('throughput: sending what is left of the calls, then checking the figures');
  const rest = new Posting();
  // The failed batches again, as a CTI sends them again, and what is left of the calls.
  await postAll(agent, port, [...warmup.failed, ...measured.failed, ...load.drain(BATCH)], rest);
  await sleep(PUSH_INTERVAL_MS * 2);
  const afterLoad = await checkFigures(agent, port, leaderToken, pool, [load.counts]);
  const eventsPerSecond = measured.accepted / loadSeconds;
  const pushGaps = ascending(pushesDuring.slice(1).map((push, index) => push.at - pushesDuring[index]!.at));

  // ------------------------------------------------------------ delay to the leader's screen
  progress(`delay: ${format(BACKGROUND_BATCHES_PER_SECOND * BACKGROUND_BATCH)} events/s background and ${MARKERS_PER_SECOND} markers/s for ${DELAY_SECONDS} s`);
  const background = new CallScript({ prefix: `bg${runId}`, seed: SCRIPT_SEED + 1, abandonShare: 0, gap: GAP });
  const markers = new CallScript({ prefix: `mk${runId}`, seed: SCRIPT_SEED + 2 });
  const abandonedBefore = (await getJson<CallBoard>(agent, port, '/api/calls/stats', leaderToken)).today.abandoned;
  const sentAt: number[] = [];
  const answeredAt: number[] = [];
  const delays: number[] = [];
  let shown = 0;
  onPush = ({ at, board }) => {
    while (shown < sentAt.length && board.today.abandoned >= abandonedBefore + shown + 1) {
      delays.push(at - sentAt[shown]!);
      shown++;
    }
  };
  const backgroundPosting = new Posting();
  const markerPosting = new Posting();
  const delayCpuFrom = cpuSample({ app: appPid, ...servers });
  const [backgroundRun, markerRun] = await Promise.all([
    openLoop(BACKGROUND_BATCHES_PER_SECOND, DELAY_SECONDS, (dueAt) => post(agent, port, background.batch(BACKGROUND_BATCH), backgroundPosting, dueAt)),
    sleep(1000 / MARKERS_PER_SECOND / 2).then(() =>
      openLoop(MARKERS_PER_SECOND, DELAY_SECONDS, async (dueAt, index) => {
        const events = markers.wholeCall('abandoned');
        sentAt[index] = performance.now();
        await post(agent, port, events, markerPosting, dueAt);
        answeredAt[index] = performance.now();
      }),
    ),
  ]);
  const delayCpuTo = cpuSample({ app: appPid, ...servers });
  const settleUntil = performance.now() + SETTLE_TIMEOUT_MS;
  while (shown < sentAt.length && performance.now() < settleUntil) await sleep(50);
  onPush = () => undefined;
  // A marker answered after the next one was sent may have committed after it: its delay is then a bound, not exact.
  const overlapping = sentAt.filter((_, index) => index + 1 < sentAt.length && answeredAt[index]! > sentAt[index + 1]!).length;
  await postAll(agent, port, [...backgroundPosting.failed, ...background.drain(BACKGROUND_BATCH)], rest);
  await sleep(PUSH_INTERVAL_MS * 2);
  const atEnd = await checkFigures(agent, port, leaderToken, pool, [load.counts, background.counts, markers.counts]);
  leaderSocket.close();
  agent.destroy();

  // ------------------------------------------------------------ the report
  const sortedDelays = ascending(delays);
  const delayP99 = percentile(sortedDelays, 99);
  const times = ascending(measured.times);
  const allFailures = warmup.failures.total + measured.failures.total + rest.failures.total + backgroundPosting.failures.total + markerPosting.failures.total;
  const allBatches = [warmup, measured, rest, backgroundPosting, markerPosting].reduce((sum, posting) => sum + posting.times.length, 0) + allFailures;
  const pp = (values: readonly number[]): string => `${ms(percentile(values, 50))} / ${ms(percentile(values, 99))}`;
  const rows: string[][] = [
    ['figure', 'measured: app', 'baseline: raw MySQL', 'baseline: raw Redis', 'goal'],
    [
      `CTI events accepted/s (${POSTERS} posters × ${BATCH}, ${SECONDS} s)`,
      `${rate(eventsPerSecond)} (${format((100 * eventsPerSecond) / mysql.withPresence.perSecond)}% of raw ledger + presence)`,
      `${rate(mysql.inserts.perSecond)} INSERT only; ${rate(mysql.ledger.perSecond)} ledger; ${rate(mysql.withPresence.perSecond)} ledger + presence`,
      `${rate(redisRaw.perSecond)} summed per bucket; ${rate(redisPerChange.perSecond)} per change`,
      `≥ ${rate(GOAL_EVENTS_PER_SECOND)} ${verdict(eventsPerSecond >= GOAL_EVENTS_PER_SECOND && afterLoad.ok && measured.failures.total === 0)}`,
    ],
    [
      `time per batch of ${BATCH}, p50 / p99`,
      `${pp(times)} (HTTP)`,
      [mysql.inserts, mysql.ledger, mysql.withPresence].map((raw) => pp(raw.times)).join('; '),
      `${pp(redisRaw.times)}; ${pp(redisPerChange.times)} per MULTI`,
      '',
    ],
    [
      'work per event: MySQL statements / Redis commands (app: server-wide)',
      `${format((workTo.statements - workFrom.statements) / Math.max(1, measured.events), 2)} / ${format((workTo.commands - workFrom.commands) / Math.max(1, measured.events), 2)}`,
      `${format(mysql.statementsPerEvent, 2)} (ledger + presence)`,
      `${format(redisRaw.commandsPerEvent, 2)}; ${format(redisPerChange.commandsPerEvent, 2)}`,
      '',
    ],
    [
      'row-lock waits, time waited; deadlocks (MySQL server-wide; baselines: retried deadlocks)',
      `${format(locksTo.waits - locksFrom.waits)}, ${format((locksTo.waitedMs - locksFrom.waitedMs) / 1000, 1)} s; ${format(locksTo.deadlocks - locksFrom.deadlocks)}`,
      [mysql.inserts, mysql.ledger, mysql.withPresence]
        .map((raw) => `${format(raw.lockWaits)}, ${format(raw.lockWaitedMs / 1000, 1)} s; ${format(raw.deadlocks)}`)
        .join(' | '),
      '',
      '',
    ],
    ['figures current after the load (shown = sent = MySQL)', afterLoad.ok ? 'yes' : 'NO', '', '', `equal ${verdict(afterLoad.ok)}`],
    [
      `delay event → leader's screen p50 (${format(BACKGROUND_BATCHES_PER_SECOND * BACKGROUND_BATCH)} events/s + ${MARKERS_PER_SECOND} markers/s)`,
      ms(percentile(sortedDelays, 50)),
      '',
      '',
      `(pushes coalesced to one per ${PUSH_INTERVAL_MS} ms by design)`,
    ],
    [
      "delay event → leader's screen p99",
      ms(delayP99),
      '',
      '',
      `≤ ${format(GOAL_DELAY_P99_MS)} ms ${verdict(delayP99 !== undefined && delayP99 <= GOAL_DELAY_P99_MS && sortedDelays.length === sentAt.length)}`,
    ],
    ["delay event → leader's screen max", ms(sortedDelays.at(-1)), '', '', ''],
    ['markers shown of sent', `${format(sortedDelays.length)} of ${format(sentAt.length)}`, '', '', 'all'],
    [
      'failed batches (app: all phases)',
      `${format(allFailures)} of ${format(allBatches)}`,
      [mysql.inserts, mysql.ledger, mysql.withPresence].map((raw) => format(raw.failures.total)).join('; '),
      '',
      '0',
    ],
  ];

  console.log(machineLine(app.facts, `load average before the run ${app.loadBefore}`));
  console.log(`app: dist/apps/all, pool ${POOL_SIZE} connections, started in ${format(app.startupSeconds, 1)} s (migrations + demo city)`);
  console.log(
    `baselines: raw MySQL ${format(mysql.inserts.events)} events INSERTed, ${format(mysql.ledger.events)} through the ledger's statements, ` +
      `${format(mysql.withPresence.events)} with the presence statements too, ` +
      `${BASELINE_SECONDS} s each; raw Redis ${format(redisRaw.events)} events' MULTIs summed per bucket in ${format(redisRaw.seconds, 1)} s, ` +
      `${format(redisPerChange.events)} per change in ${format(redisPerChange.seconds, 1)} s (${REDIS_BASELINE_BATCHES} batches folded beforehand, sent round)`,
  );
  console.log(
    `throughput: ${format(measured.events)} events sent in ${format(measured.times.length + measured.failures.total)} batches in ${format(loadSeconds, 1)} s, ` +
      `${format(measured.accepted)} accepted, ${format(measured.duplicates)} duplicates; warm-up ${format(warmup.accepted)} accepted; ` +
      `${format(load.counts.calls)} calls in all (${format(load.counts.events)} distinct events, ${format(load.counts.repeats)} sent twice; ` +
      `a call's events ${format(GAP.min)}–${format(GAP.max)} events apart)`,
  );
  console.log(`  ${cpuSummary(cpuFrom, cpuTo, { rest: true })}`);
  console.log(
    `  leader's socket: ${format(pushesDuring.length)} \`calls\` pushes during the load, interval p50 ${ms(percentile(pushGaps, 50))}, max ${ms(pushGaps.at(-1))}`,
  );
  console.log(`  check after the load: ${afterLoad.line}`);
  console.log(
    `delay: ${format(backgroundPosting.accepted)} background events in ${format(backgroundPosting.times.length)} batches ` +
      `(HTTP p50 / p99 from due ${pp(ascending(backgroundPosting.times))}; worst send lag ${ms(backgroundRun.worstLagMs)}), ` +
      `${format(sentAt.length)} markers (HTTP p50 / p99 ${pp(ascending(markerPosting.times))}; ${overlapping} answered after the next was sent); ` +
      cpuSummary(delayCpuFrom, delayCpuTo, { rest: true }),
  );
  console.log(`  markers' worst send lag ${ms(markerRun.worstLagMs)}; check at the end: ${atEnd.line}`);
  for (const [name, failures] of [
    ['raw INSERT', mysql.inserts.failures],
    ['raw ledger', mysql.ledger.failures],
    ['raw ledger + presence', mysql.withPresence.failures],
  ] as const) {
    if (failures.total > 0) console.log(`baseline ${name} failures:\n    ${failures.describe()}`);
  }
  for (const [name, posting] of Object.entries({ warmup, throughput: measured, rest, background: backgroundPosting, markers: markerPosting })) {
    if (posting.failures.total > 0) console.log(`${name} failures:\n    ${posting.failures.describe()}`);
  }
  printProblems(app.log);
  printTable(rows);
}

await bench.run(main);
