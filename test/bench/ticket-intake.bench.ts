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
import { Agent } from 'node:http';
import type { Pool, RowDataPacket } from 'mysql2/promise';
import { dataSourceOptions } from '#libs/persistence';
import { newOutcome, OPERATOR, register, registeredFrom, routedBetween, statusesOf, waitUntilRouted } from './support/demo-tickets.ts';
import { closedLoop, login, openLoop } from './support/http.ts';
import { rawIntakeBaseline } from './support/intake-baseline.ts';
import { ascending, cpuSample, cpuSummary, format, machineLine, ms, percentile, printTable, rate, verdict } from './support/report.ts';
import { BenchRun, printProblems, progress } from './support/system.ts';

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
/** Longest wait for a phase's tickets to leave `registered`. */
const DRAIN_TIMEOUT_MS = 60_000;

// ---------------------------------------------------------------- the database

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

// ---------------------------------------------------------------- the run

const bench = new BenchRun();
const appOptions = dataSourceOptions(bench.settings.db) as { extra?: { connectionLimit?: number } };
// mysql2's default pool is 10; the app sets its own.
const POOL_SIZE = appOptions.extra?.connectionLimit ?? 10;

async function main(): Promise<void> {
  const app = await bench.startApp();
  const { port, pool } = app;
  progress(`baseline: raw MySQL transactions, ${BASELINE_CONCURRENCY} at once on a pool of ${POOL_SIZE}, ${BASELINE_SECONDS} s`);
  const raw = await rawIntakeBaseline(bench, POOL_SIZE, {
    concurrency: BASELINE_CONCURRENCY,
    seconds: BASELINE_SECONDS,
    fixedRate: FIXED_RATE,
    fixedRateSeconds: BASELINE_FIXED_RATE_SECONDS,
  });

  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  const token = await login(agent, port, OPERATOR);

  progress(`warm-up: ${WARMUP_REQUESTS} tickets`);
  const warmup = newOutcome();
  await closedLoop(16, (sent) => sent < WARMUP_REQUESTS, () => register(agent, port, token, performance.now(), warmup));
  if (warmup.ids.length === 0) throw new Error(`no ticket registered during the warm-up:\n    ${warmup.failures.describe()}`);
  const warmupLeft = await waitUntilRouted(pool, 0, DRAIN_TIMEOUT_MS);
  const warmupStatuses = await statusesOf(pool, 0, Math.max(...warmup.ids));

  // Throughput: a closed loop, then until its tickets are routed.
  progress(`throughput: ${LOAD_CONCURRENCY} clients for ${LOAD_SECONDS} s, then until routed`);
  const load = newOutcome();
  const firstLoadId = Math.max(...warmup.ids) + 1;
  const loadCpu = cpuSample({ app: app.pid });
  const loadStartedWall = Date.now();
  const loadStarted = performance.now();
  const loadSeconds = await closedLoop(
    LOAD_CONCURRENCY,
    (_sent, startedAt) => performance.now() - startedAt < LOAD_SECONDS * 1000,
    () => register(agent, port, token, performance.now(), load),
  );
  const loadCpuEnd = cpuSample({ app: app.pid });
  const backlogAtEnd = await registeredFrom(pool, firstLoadId);
  const loadLeft = await waitUntilRouted(pool, firstLoadId, DRAIN_TIMEOUT_MS);
  const drainedAfter = (performance.now() - loadStarted) / 1000;
  const drainCpuEnd = cpuSample({ app: app.pid });
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
  const fixed = newOutcome();
  const firstFixedId = lastLoadId + 1;
  const fixedCpu = cpuSample({ app: app.pid });
  const openAgent = new Agent({ keepAlive: true, maxSockets: Infinity });
  const fixedRun = await openLoop(FIXED_RATE, FIXED_RATE_SECONDS, (dueAt) => register(openAgent, port, token, dueAt, fixed));
  const fixedCpuEnd = cpuSample({ app: app.pid });
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

  console.log(machineLine(app.facts));
  console.log(
    `app: dist/apps/all, pool ${POOL_SIZE} connections, started in ${format(app.startupSeconds, 1)} s (migrations + demo city); ` +
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
  printProblems(app.log);
  printTable(rows);
}

await bench.run(main);
