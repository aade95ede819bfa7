/**
 * Deadline timers at a city's volume, end to end, beside raw BullMQ delayed jobs measured in the same
 * run. It starts the whole system (`dist/apps/all`, deadline profile `guangdong`) as a child
 * process on a fresh database and Redis prefix, and removes both at the end, even after a failure or
 * Ctrl-C. Node runs this file by stripping its types, and `#libs/*` resolves to the compiled `dist/`:
 *
 *   npm run build && node_modules/.bin/node test/bench/deadline-timers.bench.ts
 *
 * An open assignment not yet signed has six timers (libs/deadlines/src/timers.ts): `sign-due` and the
 * five steps of the escalation ladder (`step-warn` … `step-publicise`). They run as a chain, one
 * delayed job at a time, so 200,000 assignments are 200,000 delayed BullMQ jobs, as many as the raw
 * baseline adds.
 * Set-up, not measured: open assignments (status `dispatched`, each the only one of its own
 * `dispatched` ticket, version 1; dispatched over the last day, sign-due two days and reply-due three
 * weeks after; the tickets registered over the last three weeks, so that "today's intake" on the live
 * counters is a day's worth) written straight into the app's MySQL, 2,000 rows a statement.
 * Phases (ten minutes or so on two cores), the raw half of each first, then the app's:
 *   1. scheduling. Raw: a bare BullMQ `Queue` on its own prefix (`{prefix}:raw`) with the app's job
 *      options and connection settings, `addBulk` of 200,000 delayed jobs shaped as the app's timers
 *      (names, data, ids), 1,000 a call, one call after the other. App: POST /api/deadlines/reconcile
 *      (as admin1) over the 200,000 assignments: it creates every timer. Rates; Redis `used_memory`
 *      before and after, per job or timer; and the Redis server's CPU time per job or timer. Both
 *      Redis figures are server-wide: other clients of the same server show in them;
 *   2. expiry, 10,000 sign-dues spread evenly over one minute, with the jobs of phase 1 still waiting.
 *      Raw: a bare `Worker` in this process (concurrency 4, as the app's deadlines processor), lateness
 *      = when the processor was called − the due. App: 10,000 more open assignments whose sign-due
 *      falls in that minute (reply-due weeks ahead, so only `sign-due` fires) and, in the same
 *      statements, the `deadlines.plan` outbox rows a dispatch writes, which is how the app schedules a
 *      new assignment (relay → plan job → timers): written 60 s before the first due. Lateness = the
 *      `sign_overdue` timeline entry's `occurred_at` (datetime(3), the app's clock, taken in the
 *      timer's transaction after it has read the assignment and its ticket) − `sign_due_at`; split at
 *      the timer job's `processedOn` and `finishedOn` (BullMQ's: when the worker took it and when it
 *      was done), for the jobs BullMQ keeps, which with the time the jobs took together says whether
 *      the worker's four slots were all busy;
 *   3. after Redis lost everything. All but 100,000 open assignments closed (UPDATE status and
 *      version), then raw: its prefix emptied, `addBulk` of 100,000 jobs; and app: every key of the
 *      prefix deleted (what FLUSHALL does to a deployment), then POST /api/deadlines/reconcile.
 * The machine's CPU is shown by process (the app, the MySQL and Redis servers when local, this
 * process, which is the raw producer and worker) and what is left (on a shared machine, other work).
 *
 * Timings depend on the machine, so nothing here asserts them; the table states the goals.
 */
import { randomBytes } from 'node:crypto';
import { Agent } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue, Worker, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Pool, RowDataPacket } from 'mysql2/promise';
import type { Reconciliation } from '../../apps/routing/src/deadlines/reconciler.ts';
import { POLICIES } from '#config/policies';
import { SIGN_DUE, timerId } from '#libs/deadlines';
import { DEFAULT_JOB_OPTIONS, QUEUE_NAMES, type PlanJob, type TimerJob } from '#libs/queues';
import { producerConnection, workerConnection } from '#libs/redis';
import { ADMIN } from './support/demo-tickets.ts';
import { login, send } from './support/http.ts';
import { ascending, cpuBetween, cpuSample, cpuSummary, format, machineLine, ms, percentile, printTable, rate, verdict, type CpuSample } from './support/report.ts';
import { inTransaction } from './support/mysql.ts';
import { BenchRun, deleteRedisKeys, printProblems, progress, serverWork } from './support/system.ts';

const OPEN = 200_000;
const EXPIRING = 10_000;
const EXPIRY_WINDOW_MS = 60_000;
/**
 * From writing the expiring assignments to the first of their dues: time for the app to plan their
 * timers (10,000 plan jobs, which the same four slots of the deadlines worker run), so that the
 * lateness is the firing's, not a planning backlog's.
 */
const APP_EXPIRY_LEAD_MS = 60_000;
/** From adding the raw expiring jobs to the first of their dues. */
const RAW_EXPIRY_LEAD_MS = 5_000;
/** After the last due: the longest wait for the last timer to fire. */
const EXPIRY_SETTLE_MS = 60_000;
const KEPT_OPEN = 100_000;
const ROWS_PER_INSERT = 2_000;
const INSERT_CONCURRENCY = 2;
const RAW_BATCH = 1_000;
/** The app's deadlines processor works 4 jobs at once (deadline.processor.ts). */
const RAW_WORKER_CONCURRENCY = 4;
const GOAL_LATENESS_P99_MS = 1_000;
const GOAL_RECONCILE_SECONDS = 30;
/** A reconcile of a city's timers is one long request. */
const RECONCILE_TIMEOUT_MS = 30 * 60_000;

const DAY_MS = 24 * 3600_000;
const POLICY = POLICIES.guangdong;

// ---------------------------------------------------------------- Redis

async function usedMemory(redis: Redis): Promise<number> {
  return Number(/used_memory:(\d+)/.exec(await redis.info('memory'))?.[1]);
}

/** Memory after a burst of writes, once the append-only buffer has been written out (every second). */
async function settledMemory(redis: Redis): Promise<number> {
  await sleep(1_500);
  return usedMemory(redis);
}

/** How many of these BullMQ jobs exist (their hash `{prefix}:{queue}:{id}`). */
async function existingJobs(redis: Redis, keyPrefix: string, jobIds: readonly string[]): Promise<number> {
  let found = 0;
  for (let first = 0; first < jobIds.length; first += 1_000) {
    const pipeline = redis.pipeline();
    for (const jobId of jobIds.slice(first, first + 1_000)) pipeline.exists(`${keyPrefix}:${jobId}`);
    for (const [error, exists] of (await pipeline.exec()) ?? []) if (!error && exists === 1) found++;
  }
  return found;
}

// ---------------------------------------------------------------- raw BullMQ

/** A delayed job shaped as the app's timer `kind` of assignment `subjectId` at version 1, due at `at`. */
function timerJob(kind: string, subjectId: number, at: number, now: number): { name: string; data: TimerJob; opts: JobsOptions } {
  return {
    name: kind,
    data: { kind, subject: 'assignment', subjectId, version: 1, at },
    opts: { jobId: timerId(kind, subjectId, 1), delay: Math.max(0, at - now) },
  };
}

/** The i-th of the far-away jobs: the sign-due of assignment i + 1, the one timer an unsigned assignment waits for. */
const farJob = (index: number, base: number, now: number) => timerJob(SIGN_DUE, index + 1, base + 2 * DAY_MS + index, now);

/** `addBulk` of jobs `first`..`first + count - 1`, RAW_BATCH a call, one call after the other. */
async function addInBatches(queue: Queue, first: number, count: number, jobOf: (index: number, now: number) => ReturnType<typeof timerJob>): Promise<void> {
  for (let from = first; from < first + count; from += RAW_BATCH) {
    const now = Date.now();
    const indexes = Array.from({ length: Math.min(RAW_BATCH, first + count - from) }, (_, offset) => from + offset);
    await queue.addBulk(indexes.map((index) => jobOf(index, now)));
  }
}

interface RawExpiry {
  lateness: number[];
  /** The last job processed after its due, seconds. */
  doneAfterLastDue: number;
  cpu: [CpuSample, CpuSample];
}

/** 10,000 jobs due evenly over a minute, worked by a bare Worker; lateness = processor called − due. */
async function rawExpiry(queue: Queue, processes: Record<string, number | undefined>): Promise<RawExpiry> {
  const lateness: number[] = [];
  const worker = new Worker(
    queue.name,
    async (job) => {
      lateness.push(Date.now() - (job.data as TimerJob).at);
    },
    { connection: workerConnection(producerConnection(bench.settings.redis.url)), prefix: rawPrefix, concurrency: RAW_WORKER_CONCURRENCY },
  );
  rawWorker = worker;
  await worker.waitUntilReady();
  const firstDue = Date.now() + RAW_EXPIRY_LEAD_MS;
  const step = EXPIRY_WINDOW_MS / EXPIRING;
  await addInBatches(queue, 0, EXPIRING, (index, now) => timerJob(SIGN_DUE, OPEN + index + 1, firstDue + Math.round(index * step), now));
  const lastDue = firstDue + EXPIRY_WINDOW_MS;
  await sleep(Math.max(0, firstDue - Date.now()));
  const from = cpuSample(processes);
  while (lateness.length < EXPIRING && Date.now() < lastDue + EXPIRY_SETTLE_MS) await sleep(200);
  const to = cpuSample(processes);
  const doneAfterLastDue = (Date.now() - lastDue) / 1000;
  await worker.close();
  return { lateness: ascending(lateness), doneAfterLastDue, cpu: [from, to] };
}

// ---------------------------------------------------------------- the app's database

/** What the inserted rows refer to: rows of the demo city, taken in turn. */
interface Refs {
  unitIds: number[];
  categoryCodes: string[];
  regionCodes: string[];
}

async function refsOf(pool: Pool): Promise<Refs> {
  const [units] = await pool.query<RowDataPacket[]>('SELECT id FROM units ORDER BY id');
  const [categories] = await pool.query<RowDataPacket[]>('SELECT code FROM categories ORDER BY code');
  const [regions] = await pool.query<RowDataPacket[]>('SELECT code FROM regions ORDER BY code');
  return {
    unitIds: units.map((row) => Number(row.id)),
    categoryCodes: categories.map((row) => String(row.code)),
    regionCodes: regions.map((row) => String(row.code)),
  };
}

interface Dues {
  /** The ticket's. */
  createdAt: Date;
  dispatchedAt: Date;
  signDueAt: Date;
  replyDueAt: Date;
}

/** The next id free in both tables: each inserted assignment has the id of its ticket. */
async function nextId(pool: Pool): Promise<number> {
  const [[row]] = await pool.query<RowDataPacket[]>(
    'SELECT GREATEST((SELECT COALESCE(MAX(id), 0) FROM tickets), (SELECT COALESCE(MAX(id), 0) FROM assignments)) + 1 AS id',
  );
  return Number(row!.id);
}

/**
 * Open assignments ids `firstId`..`firstId + count - 1`, each the only one of its ticket, in multi-row
 * INSERTs; with `planned`, also the `deadlines.plan` outbox rows a dispatch writes beside them.
 */
async function insertOpenAssignments(pool: Pool, refs: Refs, firstId: number, count: number, duesOf: (index: number) => Dues, { planned = false } = {}) {
  const hash = randomBytes(32).toString('hex');
  const insertBatch = async (from: number, to: number): Promise<void> => {
    const tickets: unknown[][] = [];
    const assignments: unknown[][] = [];
    const outbox: unknown[][] = [];
    for (let index = from; index < to; index++) {
      const id = firstId + index;
      const { createdAt, dispatchedAt, signDueAt, replyDueAt } = duesOf(index);
      const pick = <T>(items: readonly T[]): T => items[index % items.length]!;
      tickets.push([
        id,
        `B${String(id).padStart(12, '0')}`,
        hash,
        'phone',
        'complaint',
        pick(refs.categoryCodes),
        pick(refs.regionCodes),
        '海滨街道望海社区滨海路18号',
        '夜间施工噪音扰民',
        '小区旁工地每晚十一点后仍在施工，影响休息。',
        'normal',
        'dispatched',
        1,
        createdAt,
      ]);
      assignments.push([id, id, pick(refs.unitIds), 'primary', 'dispatched', dispatchedAt, signDueAt, replyDueAt, 1]);
      if (planned) outbox.push(['deadlines.plan', id, JSON.stringify({ subject: 'assignment', id, version: 1 } satisfies PlanJob)]);
    }
    await inTransaction(pool, async (connection) => {
      await connection.query(
        'INSERT INTO tickets (id, number, query_code_hash, channel, request_type, category_code, region_code, address, title, content, urgency, status, version, created_at) VALUES ?',
        [tickets],
      );
      await connection.query(
        'INSERT INTO assignments (id, ticket_id, unit_id, role, status, dispatched_at, sign_due_at, reply_due_at, version) VALUES ?',
        [assignments],
      );
      if (planned) await connection.query('INSERT INTO outbox (topic, aggregate_id, payload) VALUES ?', [outbox]);
    });
  };
  let next = 0;
  await Promise.all(
    Array.from({ length: INSERT_CONCURRENCY }, async () => {
      while (next < count) {
        const from = next;
        next = Math.min(count, next + ROWS_PER_INSERT);
        await insertBatch(from, next);
      }
    }),
  );
}

/** A fired sign-due: the assignment, its `sign_due_at` and its `sign_overdue` entry's `occurred_at` (epoch ms, both datetime(3)). */
interface Fired {
  assignmentId: number;
  dueAt: number;
  occurredAt: number;
}

async function firedSignDues(pool: Pool, firstId: number, lastId: number): Promise<Fired[]> {
  const [rows] = await pool.query<RowDataPacket[]>(
    'SELECT a.id, a.sign_due_at AS dueAt, e.occurred_at AS occurredAt FROM ticket_events e JOIN assignments a ON a.id = e.assignment_id ' +
      "WHERE e.type = 'sign_overdue' AND e.assignment_id BETWEEN ? AND ?",
    [firstId, lastId],
  );
  return rows.map((row) => ({ assignmentId: Number(row.id), dueAt: (row.dueAt as Date).getTime(), occurredAt: (row.occurredAt as Date).getTime() }));
}

/** `sign_overdue` entries on assignments inside (or, with `outside`, outside) ids firstId..lastId. */
async function signOverdueCount(pool: Pool, firstId: number, lastId: number, { outside = false } = {}): Promise<number> {
  const [[row]] = await pool.query<RowDataPacket[]>(
    `SELECT COUNT(*) AS n FROM ticket_events WHERE type = 'sign_overdue' AND assignment_id ${outside ? 'NOT ' : ''}BETWEEN ? AND ?`,
    [firstId, lastId],
  );
  return Number(row!.n);
}

/**
 * When the app's worker took each fired timer's job and when it was done with it (BullMQ's
 * `processedOn` and `finishedOn`, epoch ms), for the jobs BullMQ still keeps among the completed ones:
 * where the lateness was spent.
 */
async function jobTimes(redis: Redis, fired: readonly Fired[]): Promise<Map<number, { takenAt: number; finishedAt: number }>> {
  const times = new Map<number, { takenAt: number; finishedAt: number }>();
  for (let first = 0; first < fired.length; first += 1_000) {
    const batch = fired.slice(first, first + 1_000);
    const pipeline = redis.pipeline();
    for (const { assignmentId } of batch) pipeline.hmget(`${appDeadlines}:${timerId(SIGN_DUE, assignmentId, 1)}`, 'processedOn', 'finishedOn');
    const replies = (await pipeline.exec()) ?? [];
    batch.forEach(({ assignmentId }, index) => {
      const [error, reply] = replies[index]!;
      const [processedOn, finishedOn] = (reply ?? []) as (string | null)[];
      if (!error && processedOn && finishedOn) times.set(assignmentId, { takenAt: Number(processedOn), finishedAt: Number(finishedOn) });
    });
  }
  return times;
}

// ---------------------------------------------------------------- the run

const bench = new BenchRun();
const { redisPrefix } = bench;
/** Under the run's prefix, so that the clean-up deletes it too. */
const rawPrefix = `${redisPrefix}:raw`;
/** The app's deadline jobs: `{prefix}:deadlines:{jobId}`, the delayed ones in `{prefix}:deadlines:delayed`. */
const appDeadlines = `${redisPrefix}:${QUEUE_NAMES.deadlines}`;

let rawQueue: Queue | undefined;
let rawWorker: Worker | undefined;
bench.cleanup.add('closing the raw worker', () => rawWorker?.close(true));
bench.cleanup.add('closing the raw queue', () => rawQueue?.close());

interface Timed<T> {
  result: T;
  seconds: number;
  cpu: [CpuSample, CpuSample];
  work: { statements: number; commands: number };
}

async function main(): Promise<void> {
  const app = await bench.startApp({ DEADLINE_POLICY: POLICY.name }, { connectionLimit: INSERT_CONCURRENCY + 1 });
  const { port, pool, redis } = app;
  const processes = { app: app.pid, ...bench.servers };
  const queue = new Queue(QUEUE_NAMES.deadlines, { connection: producerConnection(bench.settings.redis.url), prefix: rawPrefix, defaultJobOptions: DEFAULT_JOB_OPTIONS });
  rawQueue = queue;
  const agent = new Agent({ keepAlive: true });
  const adminToken = await login(agent, port, ADMIN);

  /** Runs `what`, with the CPU by process and the servers' work (MySQL statements, Redis commands) over it. */
  const timed = async <T>(what: () => Promise<T>): Promise<Timed<T>> => {
    const workFrom = await serverWork(pool, redis);
    const from = cpuSample(processes);
    const started = performance.now();
    const result = await what();
    const seconds = (performance.now() - started) / 1000;
    const to = cpuSample(processes);
    const workTo = await serverWork(pool, redis);
    return { result, seconds, cpu: [from, to], work: { statements: workTo.statements - workFrom.statements, commands: workTo.commands - workFrom.commands } };
  };
  const reconcile = async (): Promise<Reconciliation> => {
    const reply = await send(agent, port, 'POST', '/api/deadlines/reconcile', undefined, adminToken, RECONCILE_TIMEOUT_MS);
    if (reply.status !== 200) throw new Error(`POST /api/deadlines/reconcile answered HTTP ${reply.status}: ${reply.body.slice(0, 300)}`);
    return JSON.parse(reply.body) as Reconciliation;
  };

  // ------------------------------------------------------------ set-up: the open assignments
  const refs = await refsOf(pool);
  const firstId = await nextId(pool);
  progress(`set-up: ${format(OPEN)} open assignments into MySQL`);
  const setupStarted = performance.now();
  const base = Date.now();
  await insertOpenAssignments(pool, refs, firstId, OPEN, (index) => {
    // Dispatched over the last day, in turn, so that the timers do not all share one instant; the
    // tickets registered over the last three weeks, so that today's intake is a day's worth.
    const dispatchedAt = base - (index % 86_400) * 1_000;
    return {
      createdAt: new Date(dispatchedAt - (index % 21) * DAY_MS),
      dispatchedAt: new Date(dispatchedAt),
      signDueAt: new Date(dispatchedAt + 2 * DAY_MS),
      replyDueAt: new Date(dispatchedAt + 21 * DAY_MS),
    };
  });
  const setupSeconds = (performance.now() - setupStarted) / 1000;

  // ------------------------------------------------------------ 1. scheduling
  progress(`raw: addBulk of ${format(OPEN)} delayed jobs, ${format(RAW_BATCH)} a call`);
  await queue.waitUntilReady();
  const rawMemoryBefore = await settledMemory(redis);
  const rawSchedule = await timed(() => addInBatches(queue, 0, OPEN, (index, now) => farJob(index, base, now)));
  const rawBytesPerJob = ((await settledMemory(redis)) - rawMemoryBefore) / OPEN;

  progress(`app: POST /api/deadlines/reconcile over ${format(OPEN)} open assignments`);
  const appMemoryBefore = await settledMemory(redis);
  const delayedBefore = await redis.zcard(`${appDeadlines}:delayed`);
  const schedule = await timed(reconcile);
  const appTimers = (await redis.zcard(`${appDeadlines}:delayed`)) - delayedBefore;
  const appBytesPerTimer = ((await settledMemory(redis)) - appMemoryBefore) / Math.max(1, appTimers);

  // ------------------------------------------------------------ 2. expiry
  progress(`raw: ${format(EXPIRING)} jobs due over ${EXPIRY_WINDOW_MS / 1000} s, a bare Worker (concurrency ${RAW_WORKER_CONCURRENCY})`);
  const raw = await rawExpiry(queue, processes);

  progress(`app: ${format(EXPIRING)} more open assignments due to be signed over ${EXPIRY_WINDOW_MS / 1000} s, from ${APP_EXPIRY_LEAD_MS / 1000} s on`);
  const expiringFirstId = firstId + OPEN;
  const expiringLastId = expiringFirstId + EXPIRING - 1;
  const firstDue = Date.now() + APP_EXPIRY_LEAD_MS;
  const lastDue = firstDue + EXPIRY_WINDOW_MS;
  const step = EXPIRY_WINDOW_MS / EXPIRING;
  const written = performance.now();
  await insertOpenAssignments(
    pool,
    refs,
    expiringFirstId,
    EXPIRING,
    (index) => ({
      createdAt: new Date(),
      dispatchedAt: new Date(),
      signDueAt: new Date(firstDue + Math.round(index * step)),
      replyDueAt: new Date(Date.now() + 21 * DAY_MS),
    }),
    { planned: true },
  );
  const writtenSeconds = (performance.now() - written) / 1000;
  // Planned: each one's sign-due timer is in Redis.
  const signDueIds = Array.from({ length: EXPIRING }, (_, index) => timerId(SIGN_DUE, expiringFirstId + index, 1));
  let plannedSeconds: number | undefined;
  while (Date.now() < lastDue) {
    if ((await existingJobs(redis, appDeadlines, signDueIds)) === EXPIRING) {
      plannedSeconds = (performance.now() - written) / 1000;
      break;
    }
    await sleep(1_000);
  }
  await sleep(Math.max(0, firstDue - Date.now()));
  const expiryFrom = cpuSample(processes);
  while ((await signOverdueCount(pool, expiringFirstId, expiringLastId)) < EXPIRING && Date.now() < lastDue + EXPIRY_SETTLE_MS) await sleep(1_000);
  const expiryTo = cpuSample(processes);
  const appDoneAfterLastDue = (Date.now() - lastDue) / 1000;
  const fired = await firedSignDues(pool, expiringFirstId, expiringLastId);
  const lateness = ascending(fired.map(({ dueAt, occurredAt }) => occurredAt - dueAt));
  const times = await jobTimes(redis, fired);
  /** Of the fired timers whose job BullMQ keeps, one span of each, sorted. */
  const spans = (span: (fired: Fired, job: { takenAt: number; finishedAt: number }) => number): number[] =>
    ascending(fired.flatMap((one) => (times.has(one.assignmentId) ? [span(one, times.get(one.assignmentId)!)] : [])));
  const waitedInQueue = spans(({ dueAt }, { takenAt }) => takenAt - dueAt);
  const untilOccurred = spans(({ occurredAt }, { takenAt }) => occurredAt - takenAt);
  const untilFinished = spans(({ occurredAt }, { finishedAt }) => finishedAt - occurredAt);
  const jobSeconds = spans((_, { takenAt, finishedAt }) => finishedAt - takenAt).reduce((sum, each) => sum + each, 0) / 1000;
  const firstTaken = Math.min(...[...times.values()].map(({ takenAt }) => takenAt));
  const lastFinished = Math.max(...[...times.values()].map(({ finishedAt }) => finishedAt));
  const strayOverdues = await signOverdueCount(pool, expiringFirstId, expiringLastId, { outside: true });

  // ------------------------------------------------------------ 3. after a flush
  progress(`closing all but ${format(KEPT_OPEN)} open assignments`);
  const firstClosedId = firstId + KEPT_OPEN;
  await pool.query("UPDATE assignments SET status = 'closed', version = version + 1 WHERE id >= ?", [firstClosedId]);
  await pool.query("UPDATE tickets SET status = 'closed', closed_at = UTC_TIMESTAMP(3), version = version + 1 WHERE id >= ?", [firstClosedId]);

  progress(`raw: emptied prefix, addBulk of ${format(KEPT_OPEN)} jobs`);
  await deleteRedisKeys(bench.settings.redis.url, rawPrefix);
  const rawReadd = await timed(() => addInBatches(queue, 0, KEPT_OPEN, (index, now) => farJob(index, base, now)));

  progress(`app: every key of ${redisPrefix} deleted, POST /api/deadlines/reconcile over ${format(KEPT_OPEN)} open assignments`);
  await deleteRedisKeys(bench.settings.redis.url, redisPrefix);
  const recovery = await timed(reconcile);
  const recoveredTimers = await redis.zcard(`${appDeadlines}:delayed`);
  agent.destroy();

  // ------------------------------------------------------------ the report
  const p = (values: number[], q: number): number | undefined => percentile(values, q);
  const appP99 = p(lateness, 99);
  const perSecond = (count: number, seconds: number): string => rate(count / seconds);
  const timersPerAssignment = schedule.result.timers / Math.max(1, schedule.result.assignments);
  /** The Redis server's CPU time over a phase per job it added, in µs: its floor for scheduling one timer. */
  const redisMicros = ({ seconds, cpu }: Timed<unknown>, count: number): string => {
    const redisCores = cpuBetween(...cpu).cores.find(([name]) => name === 'Redis')?.[1];
    return redisCores === undefined ? 'n/a' : `${format((redisCores * seconds * 1e6) / count)} µs`;
  };
  const rows: string[][] = [
    ['figure', 'measured: app', 'baseline: raw BullMQ', 'goal'],
    [
      `scheduling: ${format(OPEN)} open assignments, reconcile`,
      `${format(schedule.seconds, 1)} s: ${perSecond(schedule.result.assignments, schedule.seconds)} assignments, ` +
        `${perSecond(schedule.result.timers, schedule.seconds)} timers (${format(schedule.result.timers)})`,
      `${format(rawSchedule.seconds, 1)} s: ${perSecond(OPEN, rawSchedule.seconds)} jobs (${format(OPEN)})`,
      '',
    ],
    [
      'Redis used_memory per timer / job',
      `${format(appBytesPerTimer)} B (${format((appBytesPerTimer * appTimers) / 2 ** 20)} MiB for ${format(appTimers)})`,
      `${format(rawBytesPerJob)} B (${format((rawBytesPerJob * OPEN) / 2 ** 20)} MiB)`,
      '',
    ],
    [
      'work per timer / job: MySQL statements, Redis commands',
      `${format(schedule.work.statements / schedule.result.timers, 3)}, ${format(schedule.work.commands / schedule.result.timers, 2)}`,
      `${format(rawSchedule.work.statements / OPEN, 3)}, ${format(rawSchedule.work.commands / OPEN, 2)}`,
      '',
    ],
    ['Redis server CPU per timer / job', redisMicros(schedule, schedule.result.timers), redisMicros(rawSchedule, OPEN), ''],
    [`expiry: ${format(EXPIRING)} sign-dues over ${EXPIRY_WINDOW_MS / 1000} s, lateness p50`, ms(p(lateness, 50)), ms(p(raw.lateness, 50)), ''],
    [
      'lateness p99',
      ms(appP99),
      ms(p(raw.lateness, 99)),
      `≤ ${format(GOAL_LATENESS_P99_MS)} ms ${verdict(appP99 !== undefined && appP99 <= GOAL_LATENESS_P99_MS && lateness.length === EXPIRING)}`,
    ],
    ['lateness max', ms(lateness.at(-1)), ms(raw.lateness.at(-1)), ''],
    [
      `of which: due → worker took the job (processedOn), p50 / p99 (${format(waitedInQueue.length)} jobs kept)`,
      `${ms(p(waitedInQueue, 50))} / ${ms(p(waitedInQueue, 99))}`,
      `${ms(p(raw.lateness, 50))} / ${ms(p(raw.lateness, 99))}`,
      '',
    ],
    ['of which: took the job → occurred_at (2 reads), p50 / p99', `${ms(p(untilOccurred, 50))} / ${ms(p(untilOccurred, 99))}`, '', ''],
    [
      'then: occurred_at → job done (writes, commit, finishedOn), p50 / p99',
      `${ms(p(untilFinished, 50))} / ${ms(p(untilFinished, 99))}`,
      '',
      '',
    ],
    [
      `timer jobs worked at once (job time / wall time, concurrency ${RAW_WORKER_CONCURRENCY})`,
      times.size === 0 ? 'n/a' : format(jobSeconds / ((lastFinished - firstTaken) / 1000), 2),
      '',
      '',
    ],
    ['fired of due', `${format(lateness.length)} of ${format(EXPIRING)}`, `${format(raw.lateness.length)} of ${format(EXPIRING)}`, 'all'],
    [
      `after a flush: ${format(KEPT_OPEN)} open assignments, reconcile`,
      `${format(recovery.seconds, 1)} s: ${perSecond(recovery.result.assignments, recovery.seconds)} assignments, ` +
        `${perSecond(recovery.result.timers, recovery.seconds)} timers (${format(recovery.result.timers)})`,
      `${format(rawReadd.seconds, 1)} s: ${perSecond(KEPT_OPEN, rawReadd.seconds)} jobs (${format(KEPT_OPEN)}); ` +
        `${format(recovery.result.timers)} would take ${format(recovery.result.timers / (KEPT_OPEN / rawReadd.seconds), 1)} s`,
      `≤ ${GOAL_RECONCILE_SECONDS} s ${verdict(recovery.seconds <= GOAL_RECONCILE_SECONDS && recoveredTimers === recovery.result.timers)}`,
    ],
    [
      'work per timer / job: MySQL statements, Redis commands',
      `${format(recovery.work.statements / recovery.result.timers, 3)}, ${format(recovery.work.commands / recovery.result.timers, 2)}`,
      `${format(rawReadd.work.statements / KEPT_OPEN, 3)}, ${format(rawReadd.work.commands / KEPT_OPEN, 2)}`,
      '',
    ],
    ['Redis server CPU per timer / job', redisMicros(recovery, recovery.result.timers), redisMicros(rawReadd, KEPT_OPEN), ''],
  ];

  console.log(machineLine(app.facts, `load average before the run ${app.loadBefore}`));
  console.log(
    `app: dist/apps/all, deadline profile ${POLICY.name}, started in ${format(app.startupSeconds, 1)} s; set-up: ${format(OPEN)} open assignments ` +
      `(${format(timersPerAssignment, 1)} timers each) written in ${format(setupSeconds, 1)} s`,
  );
  console.log(`scheduling: reconcile answered ${JSON.stringify(schedule.result)}; ${format(appTimers)} delayed jobs added to Redis`);
  console.log(`  raw ${cpuSummary(...rawSchedule.cpu, { rest: true })}`);
  console.log(`  app ${cpuSummary(...schedule.cpu, { rest: true })}`);
  console.log(
    `expiry: raw jobs added ${RAW_EXPIRY_LEAD_MS / 1000} s before the first due, the last processed ${format(raw.doneAfterLastDue, 1)} s after the last due; ` +
      cpuSummary(...raw.cpu, { rest: true }),
  );
  console.log(
    `  app: ${format(EXPIRING)} assignments and their plan rows written in ${format(writtenSeconds, 1)} s, ` +
      `${plannedSeconds === undefined ? 'NOT ALL PLANNED before the last due' : `all sign-due timers in Redis ${format(plannedSeconds, 1)} s after the write`} ` +
      `(first due ${APP_EXPIRY_LEAD_MS / 1000} s after it); polled until ${format(appDoneAfterLastDue, 1)} s after the last due; ` +
      `sign_overdue on other assignments: ${format(strayOverdues)}; ${cpuSummary(expiryFrom, expiryTo, { rest: true })}`,
  );
  console.log(
    `after a flush: reconcile answered ${JSON.stringify(recovery.result)}; ${format(recoveredTimers)} delayed jobs in Redis after it\n` +
      `  raw ${cpuSummary(...rawReadd.cpu, { rest: true })}\n  app ${cpuSummary(...recovery.cpu, { rest: true })}`,
  );
  printProblems(app.log);
  printTable(rows);
}

await bench.run(main);
