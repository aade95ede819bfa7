/**
 * Ticket intake over HTTP with routing, end to end, beside the raw MySQL transaction rate measured in
 * the same run (issue 3). It starts the whole system (`dist/apps/all`) as a child process on a fresh
 * database and Redis prefix, and removes both at the end, even after a failure or Ctrl-C.
 * Node runs this file by stripping its types, and `#libs/*` resolves to the compiled `dist/`:
 *
 *   npm run build && node_modules/.bin/node test/bench/ticket-intake.bench.ts
 *
 * Phases (about a minute and a half on two cores):
 *   1. baseline: raw MySQL, one transaction = INSERT tickets + ticket_events + outbox, COMMIT, on a
 *      mysql2 pool as large as the app's; closed loop (32 at once, 5 s) for transactions/s, and an
 *      open loop at the fixed rate (3 s) for the latency of one transaction;
 *   2. throughput: POST /api/tickets in a closed loop (64 at once, keep-alive, 10 s) for
 *      registrations/s, then until every one of those tickets has been routed (its `dispatched` or
 *      `parked` event written): routed tickets/s from the first request to the last routing;
 *   3. latency: POST /api/tickets in an open loop at 200/s for 10 s (sends on a timer, whatever the
 *      answers): the response time, counted from when each request was due so that a stalled server
 *      is not hidden, and each ticket's routing delay from `created_at` to its routing event.
 *
 * Timings depend on the machine, so nothing here asserts them; the table states the goals.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { createConnection, createPool, type Pool, type ResultSetHeader, type RowDataPacket } from 'mysql2/promise';
import { dataSourceOptions } from '#libs/persistence';
import { loadSettings } from '#libs/settings';

const BASELINE_CONCURRENCY = 32;
const BASELINE_SECONDS = 5;
const BASELINE_FIXED_RATE_SECONDS = 3;
const WARMUP_REQUESTS = 300;
const LOAD_CONCURRENCY = 64;
const LOAD_SECONDS = 10;
const FIXED_RATE = 200;
const FIXED_RATE_SECONDS = 10;
const GOAL_TICKETS_PER_SECOND = 1_000;
const GOAL_P99_MS = 50;
/** Longest wait for a phase's tickets to leave `registered`, and for the app to answer /health. */
const DRAIN_TIMEOUT_MS = 60_000;
const STARTUP_TIMEOUT_MS = 90_000;
const REQUEST_TIMEOUT_MS = 30_000;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const APP_ENTRY = 'dist/apps/all/src/main.js';
const OPERATOR = { username: 'operator1', password: 'Hotline@12345' };

// Demo-city leaves (config/demo-city/categories.ts), half 属地 and half a department's duty, with the
// title and text an operator would write; and communities of every district (regions.ts).
const CATEGORIES = [
  { code: '010101', title: '夜间施工噪音扰民', content: '小区旁工地每晚十一点后仍在施工，影响休息。' },
  { code: '010301', title: '工地夜间违规施工', content: '工地夜间打桩，噪音很大，希望核实处理。' },
  { code: '020101', title: '垃圾清运不及时', content: '小区门口垃圾桶已满三天无人清运，气味很大。' },
  { code: '020202', title: '道路破损', content: '路口人行道砖块松动破损，老人经过容易摔倒。' },
  { code: '030102', title: '餐饮油烟扰民', content: '楼下饭店油烟直排，家里窗户都不敢开。' },
  { code: '060101', title: '公司拖欠工资', content: '公司拖欠两个月工资，多次讨要未果。' },
  { code: '120101', title: '小区停水', content: '小区从早上开始停水，没有提前通知。' },
  { code: '100401', title: '邻里纠纷', content: '楼上住户长期在阳台堆放杂物，协商无果。' },
] as const;
const COMMUNITIES = ['379901001001', '379901002002', '379902003001', '379903001003', '379904002002'] as const;
const ADDRESSES = ['海滨街道望海社区滨海路18号', '中山路街道文华社区文华路6号', '蓝湾街道港湾大道99号', '东湖街道柳岸小区3栋', '青石镇石门村二组'];
const REQUEST_TYPES = ['complaint', 'complaint', 'complaint', 'help', 'report', 'consult'] as const;
const CHANNELS = ['phone', 'phone', 'phone', 'app', 'web'] as const;

let ticketSerial = 0;
function nextTicket(): Record<string, string> {
  const serial = ticketSerial++;
  const category = CATEGORIES[serial % CATEGORIES.length]!;
  const place = Math.floor(serial / CATEGORIES.length) % COMMUNITIES.length;
  return {
    channel: CHANNELS[serial % CHANNELS.length]!,
    requestType: REQUEST_TYPES[serial % REQUEST_TYPES.length]!,
    categoryCode: category.code,
    regionCode: COMMUNITIES[place]!,
    address: ADDRESSES[place]!,
    title: category.title,
    content: category.content,
    citizenName: '王小明',
    citizenPhone: `138${String(serial % 100_000_000).padStart(8, '0')}`,
  };
}

// ---------------------------------------------------------------- small helpers

const format = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ms = (value: number | undefined): string => (value === undefined ? 'n/a' : `${format(value, 1)} ms`);
const rate = (value: number): string => `${format(value)}/s`;

/** Nearest-rank percentile of values sorted ascending. */
const percentile = (sorted: readonly number[], p: number): number | undefined =>
  sorted.length === 0 ? undefined : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
const ascending = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** CPU seconds of the machine (busy, all cores) and of one process, to say who was busy in a phase. */
interface CpuSample {
  at: number;
  machineBusy: number;
  machineTotal: number;
  appTicks: number | undefined;
  bench: NodeJS.CpuUsage;
}
function cpuSample(pid: number | undefined): CpuSample {
  let busy = 0;
  let total = 0;
  for (const { times } of cpus()) {
    const sum = times.user + times.nice + times.sys + times.irq + times.idle;
    total += sum;
    busy += sum - times.idle;
  }
  let appTicks: number | undefined;
  try {
    // /proc/<pid>/stat: fields 14 and 15 (utime, stime), in clock ticks, after the parenthesised name.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    appTicks = Number(fields[11]) + Number(fields[12]);
  } catch {
    appTicks = undefined;
  }
  return { at: performance.now(), machineBusy: busy, machineTotal: total, appTicks, bench: process.cpuUsage() };
}
function cpuSummary(from: CpuSample, to: CpuSample): string {
  const seconds = (to.at - from.at) / 1000;
  const machine = (100 * (to.machineBusy - from.machineBusy)) / Math.max(1, to.machineTotal - from.machineTotal);
  // Linux counts /proc ticks at 100 per second (USER_HZ).
  const app = from.appTicks === undefined || to.appTicks === undefined ? undefined : (to.appTicks - from.appTicks) / 100 / seconds;
  const bench = process.cpuUsage(from.bench);
  const benchCores = (bench.user + bench.system) / 1e6 / seconds;
  return `CPU: machine ${format(machine)}% busy; app ${app === undefined ? 'n/a' : `${format(app * 100)}%`} and bench client ${format(benchCores * 100)}% of one core`;
}

// ---------------------------------------------------------------- HTTP

interface Reply {
  status: number;
  body: string;
}

function send(agent: Agent, port: number, method: string, path: string, body?: unknown, token?: string): Promise<Reply> {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: {
          ...(payload && { 'content-type': 'application/json', 'content-length': payload.length }),
          ...(token && { authorization: `Bearer ${token}` }),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/** What went wrong, by kind ("HTTP 500", "ECONNRESET"...), with one answer of each kind to show. */
class Failures {
  readonly counts = new Map<string, number>();
  readonly samples = new Map<string, string>();
  get total(): number {
    return [...this.counts.values()].reduce((sum, count) => sum + count, 0);
  }
  add(kind: string, sample: string): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
    if (!this.samples.has(kind)) this.samples.set(kind, sample.slice(0, 300));
  }
  describe(): string {
    return [...this.counts].map(([kind, count]) => `${count} × ${kind}: ${this.samples.get(kind)}`).join('\n    ');
  }
}

interface Outcome {
  ids: number[];
  latencies: number[];
  failures: Failures;
}

/** POSTs one ticket; on 201 records its id and the time since `dueAt` (performance.now()). */
async function register(agent: Agent, port: number, token: string, dueAt: number, outcome: Outcome): Promise<void> {
  try {
    const reply = await send(agent, port, 'POST', '/api/tickets', nextTicket(), token);
    const elapsed = performance.now() - dueAt;
    if (reply.status === 201) {
      outcome.ids.push((JSON.parse(reply.body) as { id: number }).id);
      outcome.latencies.push(elapsed);
    } else {
      outcome.failures.add(`HTTP ${reply.status}`, reply.body);
    }
  } catch (error) {
    outcome.failures.add((error as NodeJS.ErrnoException).code ?? 'error', (error as Error).message);
  }
}

/** `concurrency` clients, each sending its next request as soon as the last one is answered. */
async function closedLoop(concurrency: number, until: (sent: number, startedAt: number) => boolean, once: () => Promise<void>): Promise<number> {
  const startedAt = performance.now();
  let sent = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (until(sent, startedAt)) {
        sent++;
        await once();
      }
    }),
  );
  return (performance.now() - startedAt) / 1000;
}

/** Starts `perSecond` operations a second for `seconds`, on the clock, not waiting for them. */
async function openLoop(perSecond: number, seconds: number, once: (dueAt: number) => Promise<void>): Promise<{ seconds: number; worstLagMs: number }> {
  const total = Math.round(perSecond * seconds);
  const interval = 1000 / perSecond;
  const startedAt = performance.now();
  const pending: Promise<void>[] = [];
  let worstLagMs = 0;
  for (let index = 0; index < total; index++) {
    const dueAt = startedAt + index * interval;
    const wait = dueAt - performance.now();
    if (wait > 1) await sleep(wait);
    worstLagMs = Math.max(worstLagMs, performance.now() - dueAt);
    pending.push(once(dueAt));
  }
  await Promise.all(pending);
  return { seconds: (performance.now() - startedAt) / 1000, worstLagMs };
}

// ---------------------------------------------------------------- the app under test

interface AppLog {
  lines: string[];
  problems: Map<string, number>;
}

function startApp(env: Record<string, string>): { child: ChildProcess; log: AppLog } {
  const child = spawn(process.execPath, [APP_ENTRY], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const log: AppLog = { lines: [], problems: new Map() };
  const take = (chunk: Buffer): void => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      log.lines.push(line);
      if (log.lines.length > 200) log.lines.shift();
      // pino JSON lines: warn is 40, error 50, fatal 60. Anything else on stderr is a problem too.
      let level = 50;
      let message = line;
      try {
        const parsed = JSON.parse(line) as { level?: number; msg?: string; err?: { message?: string }; context?: string };
        level = parsed.level ?? 30;
        message = `${parsed.context ? `[${parsed.context}] ` : ''}${parsed.msg ?? ''}${parsed.err?.message ? `: ${parsed.err.message}` : ''}`;
      } catch {
        if (!line.startsWith('{')) level = 30;
      }
      if (level >= 40) {
        const key = message.slice(0, 200);
        log.problems.set(key, (log.problems.get(key) ?? 0) + 1);
      }
    }
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', take);
  return { child, log };
}

async function waitForHealth(child: ChildProcess, log: AppLog, port: number): Promise<void> {
  const agent = new Agent({ keepAlive: false });
  const deadline = performance.now() + STARTUP_TIMEOUT_MS;
  let last = 'no answer yet';
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the app exited (${child.exitCode ?? child.signalCode}) before /health answered:\n${log.lines.slice(-30).join('\n')}`);
    }
    try {
      const reply = await send(agent, port, 'GET', '/health');
      if (reply.status === 200) return;
      last = `HTTP ${reply.status} ${reply.body.slice(0, 200)}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await sleep(250);
  }
  throw new Error(`/health did not answer 200 within ${STARTUP_TIMEOUT_MS / 1000} s (last: ${last}):\n${log.lines.slice(-30).join('\n')}`);
}

async function stopApp(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------- the database

type Db = { host: string; port: number; user: string; password: string };
const identifier = (name: string): string => {
  if (!/^[A-Za-z0-9_]{1,64}$/.test(name)) throw new Error(`"${name}" is not a plain database name`);
  return `\`${name}\``;
};

async function onServer(db: Db, sql: string): Promise<void> {
  const connection = await createConnection(db);
  try {
    await connection.query(sql);
  } finally {
    await connection.end();
  }
}

/** Polls until none of the tickets from `fromId` on is still `registered`; returns how many are left. */
async function waitUntilRouted(pool: Pool, fromId: number, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const left = await registeredFrom(pool, fromId);
    if (left === 0 || performance.now() >= deadline) return left;
    await sleep(100);
  }
}
async function registeredFrom(pool: Pool, fromId: number): Promise<number> {
  const [rows] = await pool.query<RowDataPacket[]>("SELECT COUNT(*) AS n FROM tickets WHERE status = 'registered' AND id >= ?", [fromId]);
  return Number(rows[0]!.n);
}

async function statusesOf(pool: Pool, fromId: number, toId: number): Promise<string> {
  const [rows] = await pool.query<RowDataPacket[]>('SELECT status, COUNT(*) AS n FROM tickets WHERE id BETWEEN ? AND ? GROUP BY status ORDER BY n DESC', [
    fromId,
    toId,
  ]);
  return rows.map((row) => `${row.status} ${format(Number(row.n))}`).join(', ') || 'none';
}

/** Tickets routed (a `dispatched` or `parked` event) among ids fromId..toId, and when the last was. */
async function routedBetween(pool: Pool, fromId: number, toId: number): Promise<{ routed: number; last: Date | null }> {
  const [rows] = await pool.query<RowDataPacket[]>(
    "SELECT COUNT(DISTINCT ticket_id) AS routed, MAX(occurred_at) AS last FROM ticket_events WHERE type IN ('dispatched', 'parked') AND ticket_id BETWEEN ? AND ?",
    [fromId, toId],
  );
  return { routed: Number(rows[0]!.routed), last: (rows[0]!.last as Date | null) ?? null };
}

/**
 * Each routed ticket's delay from `created_at` to its first routing event, in ms. `created_at` is the
 * server's CURRENT_TIMESTAMP in the session time zone, `occurred_at` the app's clock in UTC: the
 * session's offset from UTC is taken off.
 */
async function routingDelays(pool: Pool, fromId: number, toId: number): Promise<number[]> {
  // In ticket order, so that the first and the last of them show whether a backlog built up.
  const [[offset]] = await pool.query<RowDataPacket[]>('SELECT TIMESTAMPDIFF(SECOND, UTC_TIMESTAMP(), NOW()) AS s');
  const offsetUs = Math.round(Number(offset!.s) / 60) * 60 * 1e6;
  const [rows] = await pool.query<RowDataPacket[]>(
    'SELECT TIMESTAMPDIFF(MICROSECOND, t.created_at, MIN(e.occurred_at)) AS us FROM tickets t ' +
      "JOIN ticket_events e ON e.ticket_id = t.id AND e.type IN ('dispatched', 'parked') WHERE t.id BETWEEN ? AND ? GROUP BY t.id, t.created_at ORDER BY t.id",
    [fromId, toId],
  );
  return rows.map((row) => (Number(row.us) + offsetUs) / 1000);
}

/** The raw rate: the intake transaction's three INSERTs and COMMIT, on tables copied from the app's. */
async function rawBaseline(db: Db, appDatabase: string, scratch: string, poolSize: number) {
  await onServer(db, `CREATE DATABASE ${identifier(scratch)} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  // LIKE copies columns and indexes (not foreign keys): the shape of the rows the app writes.
  for (const table of ['tickets', 'ticket_events', 'outbox']) {
    await onServer(db, `CREATE TABLE ${identifier(scratch)}.${identifier(table)} LIKE ${identifier(appDatabase)}.${identifier(table)}`);
  }
  const pool = createPool({ ...db, database: scratch, connectionLimit: poolSize, timezone: 'Z', charset: 'utf8mb4_unicode_ci' });
  let serial = 0;
  const hash = randomBytes(32).toString('hex');
  const transaction = async (): Promise<void> => {
    const connection = await pool.getConnection();
    try {
      const ticket = nextTicket();
      const now = new Date();
      await connection.beginTransaction();
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
      await connection.commit();
    } catch (error) {
      await connection.rollback().catch(() => undefined);
      throw error;
    } finally {
      connection.release();
    }
  };
  try {
    // Open the pool's connections and warm the buffer pool before counting.
    await closedLoop(BASELINE_CONCURRENCY, (sent) => sent < 500, transaction);
    let committed = 0;
    const closedSeconds = await closedLoop(
      BASELINE_CONCURRENCY,
      (_sent, startedAt) => performance.now() - startedAt < BASELINE_SECONDS * 1000,
      async () => {
        await transaction();
        committed++;
      },
    );
    const latencies: number[] = [];
    await openLoop(FIXED_RATE, BASELINE_FIXED_RATE_SECONDS, async (dueAt) => {
      await transaction();
      latencies.push(performance.now() - dueAt);
    });
    return { perSecond: committed / closedSeconds, committed, latencies: ascending(latencies) };
  } finally {
    await pool.end();
  }
}

async function serverFacts(pool: Pool, redis: Redis): Promise<string> {
  const [[row]] = await pool.query<RowDataPacket[]>(
    'SELECT VERSION() AS version, @@innodb_flush_log_at_trx_commit AS flush, @@log_bin AS binlog, @@innodb_buffer_pool_size AS buffer',
  );
  const info = await redis.info('server');
  const redisVersion = /redis_version:(\S+)/.exec(info)?.[1] ?? '?';
  const appendonly = /aof_enabled:(\d)/.exec(await redis.info('persistence'))?.[1] === '1' ? 'AOF on' : 'AOF off';
  return (
    `MySQL ${row!.version} (innodb_flush_log_at_trx_commit=${row!.flush}, binlog ${Number(row!.binlog) ? 'on' : 'off'}, ` +
    `buffer pool ${format(Number(row!.buffer) / 2 ** 20)} MiB); Redis ${redisVersion} (${appendonly})`
  );
}

// ---------------------------------------------------------------- the run

const settings = loadSettings(process.env);
const db: Db = { host: settings.db.host, port: settings.db.port, user: settings.db.username, password: settings.db.password };
const appOptions = dataSourceOptions(settings.db) as { extra?: { connectionLimit?: number } };
// mysql2's default pool is 10; the app sets its own.
const POOL_SIZE = appOptions.extra?.connectionLimit ?? 10;

const runId = randomBytes(4).toString('hex');
const appDatabase = `h12345_bench_${runId}`;
const scratchDatabase = `h12345_bench_${runId}_raw`;
const redisPrefix = `bench:${runId}`;

let app: { child: ChildProcess; log: AppLog } | undefined;
let cleaning: Promise<void> | undefined;
/** Stops the app, then drops both databases and the prefix's Redis keys; once, whatever happened. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    const problems: string[] = [];
    const attempt = async (what: string, step: () => Promise<unknown>): Promise<void> => {
      try {
        await step();
      } catch (error) {
        problems.push(`${what}: ${(error as Error).message}`);
      }
    };
    if (app) await attempt('stopping the app', () => stopApp(app!.child));
    await attempt(`dropping ${appDatabase}`, () => onServer(db, `DROP DATABASE IF EXISTS ${identifier(appDatabase)}`));
    await attempt(`dropping ${scratchDatabase}`, () => onServer(db, `DROP DATABASE IF EXISTS ${identifier(scratchDatabase)}`));
    await attempt(`deleting Redis keys ${redisPrefix}*`, async () => {
      const client = new Redis(settings.redis.url, { maxRetriesPerRequest: 1 });
      try {
        let cursor = '0';
        do {
          const [next, keys] = await client.scan(cursor, 'MATCH', `${redisPrefix}*`, 'COUNT', 1000);
          if (keys.length > 0) await client.unlink(...keys);
          cursor = next;
        } while (cursor !== '0');
      } finally {
        client.disconnect();
      }
    });
    if (problems.length > 0) console.error(`clean-up problems:\n  ${problems.join('\n  ')}`);
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

const progress = (message: string): void => void process.stderr.write(`[bench] ${message}\n`);

async function main(): Promise<void> {
  if (!existsSync(`${ROOT}${APP_ENTRY}`)) throw new Error(`${APP_ENTRY} is missing: run npm run build first`);
  const port = await freePort();
  progress(`starting the app on port ${port} (database ${appDatabase}, Redis prefix ${redisPrefix})`);
  const startedAt = performance.now();
  app = startApp({ DB_NAME: appDatabase, REDIS_PREFIX: redisPrefix, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
  await waitForHealth(app.child, app.log, port);
  const startupSeconds = (performance.now() - startedAt) / 1000;

  const pool = createPool({ ...db, database: appDatabase, connectionLimit: 2, timezone: 'Z' });
  const redis = new Redis(settings.redis.url, { maxRetriesPerRequest: 1 });
  try {
    const facts = await serverFacts(pool, redis);

    progress(`baseline: raw MySQL transactions, ${BASELINE_CONCURRENCY} at once on a pool of ${POOL_SIZE}, ${BASELINE_SECONDS} s`);
    const raw = await rawBaseline(db, appDatabase, scratchDatabase, POOL_SIZE);
    await onServer(db, `DROP DATABASE IF EXISTS ${identifier(scratchDatabase)}`);

    const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
    const login = await send(agent, port, 'POST', '/api/auth/login', OPERATOR);
    if (login.status !== 200 && login.status !== 201) throw new Error(`login answered HTTP ${login.status}: ${login.body}`);
    const token = (JSON.parse(login.body) as { accessToken: string }).accessToken;

    progress(`warm-up: ${WARMUP_REQUESTS} tickets`);
    const warmup: Outcome = { ids: [], latencies: [], failures: new Failures() };
    await closedLoop(16, (sent) => sent < WARMUP_REQUESTS, () => register(agent, port, token, performance.now(), warmup));
    if (warmup.ids.length === 0) throw new Error(`no ticket registered during the warm-up:\n    ${warmup.failures.describe()}`);
    const warmupLeft = await waitUntilRouted(pool, 0, DRAIN_TIMEOUT_MS);
    const warmupStatuses = await statusesOf(pool, 0, Math.max(...warmup.ids));

    // Throughput: a closed loop, then until its tickets are routed.
    progress(`throughput: ${LOAD_CONCURRENCY} clients for ${LOAD_SECONDS} s, then until routed`);
    const load: Outcome = { ids: [], latencies: [], failures: new Failures() };
    const firstLoadId = Math.max(...warmup.ids) + 1;
    const loadCpu = cpuSample(app.child.pid);
    const loadStartedWall = Date.now();
    const loadStarted = performance.now();
    const loadSeconds = await closedLoop(
      LOAD_CONCURRENCY,
      (_sent, startedAt) => performance.now() - startedAt < LOAD_SECONDS * 1000,
      () => register(agent, port, token, performance.now(), load),
    );
    const loadCpuEnd = cpuSample(app.child.pid);
    const backlogAtEnd = await registeredFrom(pool, firstLoadId);
    const loadLeft = await waitUntilRouted(pool, firstLoadId, DRAIN_TIMEOUT_MS);
    const drainedAfter = (performance.now() - loadStarted) / 1000;
    const drainCpuEnd = cpuSample(app.child.pid);
    const lastLoadId = load.ids.length > 0 ? Math.max(...load.ids) : firstLoadId;
    const loadRouted = await routedBetween(pool, firstLoadId, lastLoadId);
    const loadStatuses = await statusesOf(pool, firstLoadId, lastLoadId);
    // End to end: from the first request to the last routing event (the app's clock, as is Date.now()).
    const endToEndSeconds = loadRouted.last ? (loadRouted.last.getTime() - loadStartedWall) / 1000 : drainedAfter;
    const registrationsPerSecond = load.ids.length / loadSeconds;
    const routedPerSecond = loadRouted.routed / endToEndSeconds;
    const loadLatencies = ascending(load.latencies);

    // Latency at a fixed rate: an open loop.
    progress(`latency: ${FIXED_RATE} tickets/s for ${FIXED_RATE_SECONDS} s, then until routed`);
    const fixed: Outcome = { ids: [], latencies: [], failures: new Failures() };
    const firstFixedId = lastLoadId + 1;
    const fixedCpu = cpuSample(app.child.pid);
    const openAgent = new Agent({ keepAlive: true, maxSockets: Infinity });
    const fixedRun = await openLoop(FIXED_RATE, FIXED_RATE_SECONDS, (dueAt) => register(openAgent, port, token, dueAt, fixed));
    const fixedCpuEnd = cpuSample(app.child.pid);
    const fixedLeft = await waitUntilRouted(pool, firstFixedId, DRAIN_TIMEOUT_MS);
    const lastFixedId = fixed.ids.length > 0 ? Math.max(...fixed.ids) : firstFixedId;
    const delaysInOrder = await routingDelays(pool, firstFixedId, lastFixedId);
    const delays = ascending(delaysInOrder);
    // The first and the last second's worth of tickets: a routing delay that grows is a backlog.
    const firstSecondDelay = percentile(ascending(delaysInOrder.slice(0, FIXED_RATE)), 50);
    const lastSecondDelay = percentile(ascending(delaysInOrder.slice(-FIXED_RATE)), 50);
    const fixedStatuses = await statusesOf(pool, firstFixedId, lastFixedId);
    const fixedLatencies = ascending(fixed.latencies);
    agent.destroy();
    openAgent.destroy();

    // ------------------------------------------------------------ the report
    const p99 = percentile(fixedLatencies, 99);
    const delayP99 = percentile(delays, 99);
    const verdict = (met: boolean): string => (met ? 'met' : 'NOT MET');
    const allFailures = load.failures.total + fixed.failures.total;
    const rows: string[][] = [
      ['figure', 'measured', 'baseline: raw MySQL', 'goal'],
      [
        `intake, registrations/s (${LOAD_CONCURRENCY} clients, ${LOAD_SECONDS} s)`,
        `${rate(registrationsPerSecond)} (${format((100 * registrationsPerSecond) / raw.perSecond)}% of raw)`,
        `${rate(raw.perSecond)} transactions`,
        '',
      ],
      [
        'end to end, routed tickets/s',
        `${rate(routedPerSecond)} (${format(loadRouted.routed)} in ${format(endToEndSeconds, 1)} s)`,
        `${rate(raw.perSecond)} transactions`,
        `≥ ${rate(GOAL_TICKETS_PER_SECOND)} ${verdict(routedPerSecond >= GOAL_TICKETS_PER_SECOND && loadLeft === 0)}`,
      ],
      [`HTTP response p50 at ${FIXED_RATE}/s`, ms(percentile(fixedLatencies, 50)), `${ms(percentile(raw.latencies, 50))} per transaction`, ''],
      [
        `HTTP response p99 at ${FIXED_RATE}/s`,
        ms(p99),
        `${ms(percentile(raw.latencies, 99))} per transaction`,
        `≤ ${GOAL_P99_MS} ms ${verdict(p99 !== undefined && p99 <= GOAL_P99_MS)}`,
      ],
      [`HTTP response max at ${FIXED_RATE}/s`, ms(fixedLatencies.at(-1)), `${ms(raw.latencies.at(-1))} per transaction`, ''],
      [`routing delay p50 at ${FIXED_RATE}/s (created_at → routed)`, ms(percentile(delays, 50)), '', ''],
      [
        `routing delay p99 at ${FIXED_RATE}/s (created_at → routed)`,
        ms(delayP99),
        '',
        `(≤ ${GOAL_P99_MS} ms if read end to end: ${verdict(delayP99 !== undefined && delayP99 <= GOAL_P99_MS && fixedLeft === 0)})`,
      ],
      [`HTTP response p50 / p99 under full load`, `${ms(percentile(loadLatencies, 50))} / ${ms(percentile(loadLatencies, 99))}`, '', ''],
      ['failed requests', `${format(allFailures)} of ${format(load.ids.length + fixed.ids.length + allFailures)}`, '', ''],
    ];
    const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
    const line = (row: string[]): string =>
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join(' | ')
        .trimEnd();

    const cores = cpus();
    console.log(
      `machine: ${cores.length} cores (${cores[0]?.model.trim() ?? '?'}), ${format(totalmem() / 2 ** 30, 1)} GiB; node ${process.version}; ${facts}`,
    );
    console.log(
      `app: dist/apps/all, pool ${POOL_SIZE} connections, started in ${format(startupSeconds, 1)} s (migrations + demo city); ` +
        `warm-up ${format(warmup.ids.length)} tickets (${warmupStatuses}${warmupLeft > 0 ? `, ${warmupLeft} never routed` : ''})`,
    );
    console.log(
      `baseline: ${format(raw.committed)} transactions (INSERT tickets + ticket_events + outbox, COMMIT) by ${BASELINE_CONCURRENCY} clients on ` +
        `${POOL_SIZE} connections in ${BASELINE_SECONDS} s; latency from ${format(raw.latencies.length)} at ${FIXED_RATE}/s for ${BASELINE_FIXED_RATE_SECONDS} s`,
    );
    console.log(
      `throughput: ${format(load.ids.length)} registered in ${format(loadSeconds, 1)} s; ${format(backlogAtEnd)} still registered when the load stopped; ` +
        `${loadLeft === 0 ? `all routed ${format(endToEndSeconds, 1)} s after the first request` : `${format(loadLeft)} NOT ROUTED after ${format(drainedAfter, 1)} s`} (${loadStatuses})`,
    );
    console.log(`  during the load ${cpuSummary(loadCpu, loadCpuEnd)}; while draining ${cpuSummary(loadCpuEnd, drainCpuEnd)}`);
    console.log(
      `latency: ${format(fixed.ids.length)} registered at ${format((fixed.ids.length + fixed.failures.total) / fixedRun.seconds)}/s sent ` +
        `(times from when each request was due; worst send lag ${format(fixedRun.worstLagMs, 1)} ms); ${format(delays.length)} routed` +
        `${fixedLeft > 0 ? `, ${format(fixedLeft)} NOT ROUTED after ${DRAIN_TIMEOUT_MS / 1000} s` : ''} (${fixedStatuses})`,
    );
    console.log(
      `  routing delay min ${ms(delays[0])}; p50 of the first second's tickets ${ms(firstSecondDelay)}, of the last second's ${ms(lastSecondDelay)}; ` +
        cpuSummary(fixedCpu, fixedCpuEnd),
    );
    if (load.failures.total > 0) console.log(`throughput failures:\n    ${load.failures.describe()}`);
    if (fixed.failures.total > 0) console.log(`latency failures:\n    ${fixed.failures.describe()}`);
    if (app.log.problems.size > 0) {
      console.log(`app warnings and errors (LOG_LEVEL=warn):`);
      for (const [message, count] of [...app.log.problems].slice(0, 10)) console.log(`    ${count} × ${message}`);
    }
    console.log(line(rows[0]!));
    console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
    for (const row of rows.slice(1)) console.log(line(row));
  } finally {
    await pool.end().catch(() => undefined);
    redis.disconnect();
  }
}

try {
  await main();
} catch (error) {
  console.error(`bench failed: ${(error as Error).stack ?? error}`);
  if (app && app.log.problems.size > 0) {
    console.error('app warnings and errors:');
    for (const [message, count] of app.log.problems) console.error(`    ${count} × ${message}`);
  }
  process.exitCode = 1;
} finally {
  await cleanUp();
}
