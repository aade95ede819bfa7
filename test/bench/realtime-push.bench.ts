/**
 * Live pushes to consoles, end to end, beside a raw Socket.IO broadcast to the same clients measured in
 * the same run (issue 4). It starts the whole system (`dist/apps/all`) as a child process on a fresh
 * database and Redis prefix, with a JWT secret of its own so that it can sign its clients' tokens, and
 * removes everything at the end, even after a failure or Ctrl-C.
 * Node runs this file by stripping its types, and `#libs/*` resolves to the compiled `dist/`:
 *
 *   npm run build && node_modules/.bin/node test/bench/realtime-push.bench.ts
 *
 * Set-up: tickets registered over HTTP and routed by the demo rules until there are enough with one
 * open assignment (status `dispatched`); the units they went to are the rooms, and 1,000 synthetic
 * unit handlers (tokens signed here) are spread evenly over those units' rooms, `unit:{id}`.
 * Phases (about a minute and a half on two cores), each with the same 1,000 clients, in the same rooms,
 * connected afresh in this process (socket.io-client, websocket transport), and the same sequence of
 * rooms at 200 events/s (a 1 s warm-up, then 10 s counted):
 *   1. raw Socket.IO: a bare `socket.io` server in a child process (no Nest, no Redis, no database)
 *      broadcasts a `ticket` event stamped with the time just before the emit;
 *   2. raw Socket.IO with the Redis adapter, the events sent through a Redis emitter (no database):
 *      the hop the app's pushes take, without the rest of the app;
 *   3. the app: POST /api/tickets/:id/sign as a handler of the assigned unit, in an open loop on a
 *      timer; each commit's outbox row is relayed through the Redis emitter to `unit:{id}`, stamped
 *      `occurredAt`, the decision time just before the commit.
 * Every client records, for every `signed` push it receives, its receipt time minus the stamp: the
 * delay from the change to the screen. Deliveries are counted against the clients in the room, for
 * the events that happened (the app: the signs whose push is in the outbox, i.e. that committed).
 * For the app the outbox also tells how much of the delay was spent before the relay had published
 * the push to Redis (`published_at` − `occurredAt`).
 * The machine's CPU is shown by process (the app or raw server, the MySQL and Redis servers when
 * local, this process) and what is left (anything else: on a shared machine, other work).
 *
 * Timings depend on the machine, so nothing here asserts them; the table states the goals.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Agent } from 'node:http';
import { monitorEventLoopDelay, type ELDHistogram } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { JwtService } from '@nestjs/jwt';
import type { Redis } from 'ioredis';
import type { Pool, RowDataPacket } from 'mysql2/promise';
import { io, type Socket } from 'socket.io-client';
import type { AccessTokenClaims } from '#libs/auth';
import { ROOMS, type TicketPush } from '#libs/realtime';
import { ADMIN, newOutcome, OPERATOR, register, statusesOf, waitUntilRouted } from './support/demo-tickets.ts';
import { closedLoop, Failures, getJson, login, openLoop, send } from './support/http.ts';
import { shuffled } from './support/random.ts';
import type { RawRun, RawServerMessage } from './support/raw-socket-server.ts';
import { ascending, cpuSample, cpuSummary, format, machineLine, ms, percentile, printTable, verdict, type CpuSample } from './support/report.ts';
import { BenchRun, printProblems, progress, ROOT, serverWork, stopApp } from './support/system.ts';

const CLIENTS = 1_000;
// BENCH_RATE runs the same phases at another rate, to find where the app keeps up on a given machine.
const RATE = Number(process.env.BENCH_RATE ?? 200);
const SECONDS = 10;
const WARMUP_SECONDS = 1;
const GOAL_P99_MS = 100;
const GOAL_RATIO = 1.5;
/** Sockets connecting at once, so that 1,000 handshakes do not all hit the app in the same instant. */
const CONNECT_CONCURRENCY = 50;
const REGISTER_CONCURRENCY = 32;
/** After the last event was sent (and, for the app, answered): the longest wait for its deliveries. */
const SETTLE_TIMEOUT_MS = 5_000;
const ROUTING_TIMEOUT_MS = 60_000;
const RAW_SERVER = 'test/bench/support/raw-socket-server.ts';

// ---------------------------------------------------------------- tokens

/** Tokens with the API's claims, signed with the library and the key the app checks them with (libs/auth). */
const mintToken = (secret: string, claims: AccessTokenClaims): string => new JwtService({ secret, signOptions: { expiresIn: 3600 } }).sign({ ...claims });

// Synthetic users: no rows behind them, which the API does not need (the token is the user).
const handlerClaims = (index: number, unitId: number): AccessTokenClaims => ({
  sub: 1_000_000 + index,
  username: `bench.handler.${index}`,
  name: `压测承办人${index}`,
  role: 'unit_handler',
  unitId,
});
const signerClaims = (unitId: number): AccessTokenClaims => ({
  sub: 2_000_000 + unitId,
  username: `bench.signer.${unitId}`,
  name: `压测签收人${unitId}`,
  role: 'unit_handler',
  unitId,
});

// ---------------------------------------------------------------- the clients

/** Deliveries of the counted events to the clients of one phase. */
class Reception {
  /** Counted event (ticket id) → how many clients should get it: those in its unit's room. */
  readonly expected = new Map<number, number>();
  readonly delivered = new Map<number, number>();
  readonly delays: number[] = [];
  /** Every event received, counted or not, by name (`ticket:signed`, `caseload`, `snapshot`…). */
  readonly events = new Map<string, number>();
  expectedTotal = 0;
  received = 0;
  /** Deliveries of a counted event beyond the clients in the room (a client hearing it twice). */
  extra = 0;
  private lastDeliveryAt = 0;

  expect(ticketId: number, clients: number): void {
    this.expected.set(ticketId, clients);
    this.expectedTotal += clients;
  }

  /** Only these events happened (the app: the signs that committed): the others are not owed. */
  happened(ticketIds: ReadonlySet<number>): void {
    for (const [ticketId, clients] of this.expected) {
      if (ticketIds.has(ticketId)) continue;
      this.expected.delete(ticketId);
      this.expectedTotal -= clients;
    }
  }

  onTicket(push: TicketPush, at: number): void {
    const name = `ticket:${push.events.join('+')}`;
    this.events.set(name, (this.events.get(name) ?? 0) + 1);
    const clients = this.expected.get(push.ticketId);
    if (clients === undefined || !push.events.includes('signed')) return;
    const count = (this.delivered.get(push.ticketId) ?? 0) + 1;
    this.delivered.set(push.ticketId, count);
    if (count > clients) {
      this.extra++;
      return;
    }
    this.received++;
    this.lastDeliveryAt = performance.now();
    this.delays.push(at - Date.parse(push.occurredAt));
  }

  onOther(event: string): void {
    this.events.set(event, (this.events.get(event) ?? 0) + 1);
  }

  /**
   * Resolves once every expected delivery has arrived, or none came for `quietMs` (a failed request's
   * event never comes), or after `timeoutMs`.
   */
  async settle(timeoutMs: number, quietMs = 2_000): Promise<void> {
    const startedAt = performance.now();
    while (this.received < this.expectedTotal) {
      const now = performance.now();
      if (now - startedAt >= timeoutMs || now - Math.max(startedAt, this.lastDeliveryAt) >= quietMs) return;
      await sleep(20);
    }
  }
}

/** Every socket this process has open, so that the clean-up can close what a failure left. */
const openSockets = new Set<Socket>();

function connectOne(url: string, auth: Record<string, unknown>, reception: Reception): Promise<Socket> {
  const socket = io(url, { auth, transports: ['websocket'], reconnection: false, forceNew: true, timeout: 30_000 });
  openSockets.add(socket);
  socket.on('ticket', (push: TicketPush) => reception.onTicket(push, Date.now()));
  socket.onAny((event: string) => {
    if (event !== 'ticket') reception.onOther(event);
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      openSockets.delete(socket);
      reject(new Error(`socket refused: ${error.message} ${JSON.stringify((error as { data?: unknown }).data ?? '')}`));
    });
  });
}

/** Connects one socket per handshake, `CONNECT_CONCURRENCY` at a time; returns them and the seconds it took. */
async function connectAll(url: string, auths: Record<string, unknown>[], reception: Reception): Promise<{ sockets: Socket[]; seconds: number }> {
  const startedAt = performance.now();
  const sockets: Socket[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONNECT_CONCURRENCY }, async () => {
      while (next < auths.length) {
        const index = next++;
        sockets[index] = await connectOne(url, auths[index]!, reception);
      }
    }),
  );
  return { sockets, seconds: (performance.now() - startedAt) / 1000 };
}

async function disconnectAll(sockets: readonly Socket[]): Promise<void> {
  for (const socket of sockets) {
    socket.disconnect();
    openSockets.delete(socket);
  }
  // Let the server see them go before the next phase connects its own.
  await sleep(500);
}

// ---------------------------------------------------------------- the raw Socket.IO server

interface RawServer {
  child: ChildProcess;
  port: number;
  run(rooms: string[], firstId: number): Promise<Extract<RawServerMessage, { type: 'done' }>>;
}

async function startRawServer(args: string[]): Promise<RawServer> {
  const child = spawn(process.execPath, [RAW_SERVER, ...args], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  bench.cleanup.add(`stopping the raw server (${args[0]})`, () => stopApp(child, 2_000));
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code, signal) => reject(new Error(`the raw server (${args[0]}) exited (${code ?? signal}) before it was ready`)));
    child.once('message', (message: RawServerMessage) => (message.type === 'ready' ? resolve(message.port) : reject(new Error('unexpected message'))));
  });
  return {
    child,
    port,
    run: (rooms, firstId) =>
      new Promise((resolve, reject) => {
        const onExit = (): void => reject(new Error(`the raw server (${args[0]}) exited during a run`));
        child.once('exit', onExit);
        child.once('message', (message: RawServerMessage) => {
          child.off('exit', onExit);
          if (message.type === 'done') resolve(message);
          else reject(new Error('unexpected message'));
        });
        const run: RawRun = { type: 'run', rooms, firstId, perSecond: RATE };
        child.send(run);
      }),
  };
}

// ---------------------------------------------------------------- the app's tickets

interface Signable {
  ticketId: number;
  unitId: number;
}

/** Tickets whose only assignment is open and unsigned (`dispatched`): a handler of its unit can sign. */
async function signableTickets(pool: Pool): Promise<Signable[]> {
  const [rows] = await pool.query<RowDataPacket[]>(
    'SELECT t.id AS ticketId, MIN(a.unit_id) AS unitId FROM tickets t JOIN assignments a ON a.ticket_id = t.id ' +
      "WHERE t.status = 'dispatched' GROUP BY t.id HAVING COUNT(*) = 1 AND MIN(a.status) = 'dispatched' ORDER BY t.id",
  );
  return rows.map((row) => ({ ticketId: Number(row.ticketId), unitId: Number(row.unitId) }));
}

/**
 * The `signed` pushes of the given tickets in the outbox after row `afterId`: which signs committed,
 * and for those published, the time from the decision (occurredAt) to the relay marking the row
 * published, after its PUBLISH to Redis was acknowledged and before the relay's transaction commits
 * (both instants by the app's clock).
 */
async function signPushesOf(pool: Pool, afterId: number, ticketIds: ReadonlySet<number>): Promise<{ committed: Set<number>; publishDelays: number[] }> {
  const [rows] = await pool.query<RowDataPacket[]>("SELECT payload, published_at AS publishedAt FROM outbox WHERE id > ? AND topic = 'ticket.pushed'", [afterId]);
  const committed = new Set<number>();
  const publishDelays: number[] = [];
  for (const row of rows) {
    // A JSON column is a string on MariaDB (an alias of LONGTEXT), parsed already on MySQL.
    const push = (typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload) as TicketPush;
    if (!ticketIds.has(push.ticketId) || !push.events.includes('signed')) continue;
    committed.add(push.ticketId);
    if (row.publishedAt instanceof Date) publishDelays.push(row.publishedAt.getTime() - Date.parse(push.occurredAt));
  }
  return { committed, publishDelays };
}

/** Waits until the app's CPU stays below a tenth of a core for half a second (or `timeoutMs` passed). */
async function waitUntilQuiet(pid: number | undefined, timeoutMs = 15_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const from = cpuSample({ app: pid });
    await sleep(500);
    const to = cpuSample({ app: pid });
    const [ticksFrom, ticksTo] = [from.processes[0]![1], to.processes[0]![1]];
    if (ticksFrom === undefined || ticksTo === undefined) return;
    if ((ticksTo - ticksFrom) / 100 / ((to.at - from.at) / 1000) < 0.1) return;
  }
}

// ---------------------------------------------------------------- the run

const bench = new BenchRun();
const jwtSecret = randomBytes(32).toString('hex');
bench.cleanup.add('closing the sockets', () => {
  for (const socket of openSockets) socket.close();
  openSockets.clear();
});

/** What one phase measured. */
interface PhaseResult {
  name: string;
  reception: Reception;
  delays: number[];
  connectSeconds: number;
  sendSeconds: number;
  worstLagMs: number;
  cpu: [CpuSample, CpuSample];
  /** This process's event-loop delay during the counted seconds: how busy the clients' side was. */
  loop: ELDHistogram;
  signLatencies?: number[];
  /** The app only: decision (occurredAt) → outbox row marked published, its PUBLISH to Redis acknowledged. */
  publishDelays?: number[];
  /** The app only: the outbox rows written from the counted events on, by topic (what the relay had to publish). */
  outboxTopics?: string;
  signFailures?: Failures;
  /** The app only: MySQL statements and Redis commands (server-wide) per counted event. */
  workPerEvent?: { statements: number; commands: number };
}

/** The sequence of events: the rooms (and, for the app, the tickets) of the warm-up and of the count. */
interface Plan {
  warmup: Signable[];
  counted: Signable[];
  clientUnits: number[];
  clientsPerUnit: Map<number, number>;
}

async function rawPhase(name: string, args: string[], plan: Plan, appPid: number | undefined): Promise<PhaseResult> {
  progress(`${name}: starting the server, connecting ${format(CLIENTS)} clients`);
  const server = await startRawServer(args);
  const reception = new Reception();
  plan.counted.forEach(({ unitId }, index) => reception.expect(1 + index, plan.clientsPerUnit.get(unitId)!));
  const { sockets, seconds: connectSeconds } = await connectAll(
    `http://127.0.0.1:${server.port}`,
    plan.clientUnits.map((unitId) => ({ room: ROOMS.unit(unitId) })),
    reception,
  );
  await sleep(500);
  progress(`${name}: ${WARMUP_SECONDS} s warm-up, then ${SECONDS} s at ${RATE} events/s`);
  await server.run(
    plan.warmup.map(({ unitId }) => ROOMS.unit(unitId)),
    1_000_000,
  );
  await sleep(500);
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const from = cpuSample({ 'raw server': server.child.pid, app: appPid, ...bench.servers });
  const done = await server.run(
    plan.counted.map(({ unitId }) => ROOMS.unit(unitId)),
    1,
  );
  const to = cpuSample({ 'raw server': server.child.pid, app: appPid, ...bench.servers });
  loop.disable();
  await reception.settle(SETTLE_TIMEOUT_MS);
  await disconnectAll(sockets);
  await stopApp(server.child, 2_000);
  return {
    name,
    reception,
    delays: ascending(reception.delays),
    connectSeconds,
    sendSeconds: done.seconds,
    worstLagMs: done.worstLagMs,
    cpu: [from, to],
    loop,
  };
}

/** The synthetic users' rows: the app refuses a token whose user it cannot find. */
async function registerUsers(pool: Pool, users: readonly AccessTokenClaims[]): Promise<void> {
  await pool.query('INSERT INTO users (id, username, display_name, password_hash, role, unit_id) VALUES ?', [
    users.map((user) => [user.sub, user.username, user.name, '-', user.role, user.unitId]),
  ]);
}

async function appPhase(port: number, pool: Pool, redis: Redis, plan: Plan, appPid: number | undefined): Promise<PhaseResult> {
  const name = 'app';
  await registerUsers(pool, [
    ...plan.clientUnits.map((unitId, index) => handlerClaims(index, unitId)),
    ...[...plan.clientsPerUnit.keys()].map(signerClaims),
  ]);
  progress(`${name}: connecting ${format(CLIENTS)} clients`);
  const reception = new Reception();
  for (const { ticketId, unitId } of plan.counted) reception.expect(ticketId, plan.clientsPerUnit.get(unitId)!);
  const { sockets, seconds: connectSeconds } = await connectAll(
    `http://127.0.0.1:${port}`,
    plan.clientUnits.map((unitId, index) => ({ token: mintToken(jwtSecret, handlerClaims(index, unitId)) })),
    reception,
  );
  // The snapshots on connect, and the counters they may trigger, are not part of the count.
  await sleep(1_000);
  const signers = new Map([...plan.clientsPerUnit.keys()].map((unitId) => [unitId, mintToken(jwtSecret, signerClaims(unitId))]));
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  const sign = async (ticket: Signable, dueAt: number, latencies: number[], failures: Failures): Promise<void> => {
    try {
      const reply = await send(agent, port, 'POST', `/api/tickets/${ticket.ticketId}/sign`, {}, signers.get(ticket.unitId));
      if (reply.status === 200) latencies.push(performance.now() - dueAt);
      else failures.add(`HTTP ${reply.status}`, reply.body);
    } catch (error) {
      failures.addError(error);
    }
  };
  progress(`${name}: ${WARMUP_SECONDS} s warm-up, then ${SECONDS} s at ${RATE} signs/s`);
  const warmupFailures = new Failures();
  await openLoop(RATE, WARMUP_SECONDS, (dueAt, index) => sign(plan.warmup[index]!, dueAt, [], warmupFailures));
  if (warmupFailures.total > 0) progress(`${name}: ${warmupFailures.total} warm-up signs failed:\n    ${warmupFailures.describe()}`);
  await sleep(500);
  const signLatencies: number[] = [];
  const signFailures = new Failures();
  const [[outboxMark]] = await pool.query<RowDataPacket[]>('SELECT COALESCE(MAX(id), 0) AS id FROM outbox');
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const workFrom = await serverWork(pool, redis);
  const from = cpuSample({ app: appPid, ...bench.servers });
  const run = await openLoop(RATE, SECONDS, (dueAt, index) => sign(plan.counted[index]!, dueAt, signLatencies, signFailures));
  const to = cpuSample({ app: appPid, ...bench.servers });
  loop.disable();
  await reception.settle(SETTLE_TIMEOUT_MS);
  const workTo = await serverWork(pool, redis);
  const { committed, publishDelays } = await signPushesOf(pool, Number(outboxMark!.id), new Set(plan.counted.map(({ ticketId }) => ticketId)));
  reception.happened(committed);
  const [topics] = await pool.query<RowDataPacket[]>(
    'SELECT topic, COUNT(*) AS n, SUM(published_at IS NULL) AS unpublished FROM outbox WHERE id > ? GROUP BY topic ORDER BY n DESC',
    [outboxMark!.id],
  );
  const outboxTopics = topics
    .map((row) => `${row.topic} ${format(Number(row.n))}${Number(row.unpublished) > 0 ? ` (${format(Number(row.unpublished))} unpublished)` : ''}`)
    .join(', ');
  agent.destroy();
  await disconnectAll(sockets);
  return {
    name,
    reception,
    delays: ascending(reception.delays),
    connectSeconds,
    sendSeconds: run.seconds,
    worstLagMs: run.worstLagMs,
    cpu: [from, to],
    loop,
    signLatencies: ascending(signLatencies),
    signFailures,
    publishDelays: ascending(publishDelays),
    outboxTopics,
    workPerEvent: {
      statements: (workTo.statements - workFrom.statements) / plan.counted.length,
      commands: (workTo.commands - workFrom.commands) / plan.counted.length,
    },
  };
}

async function main(): Promise<void> {
  const app = await bench.startApp({ JWT_SECRET: jwtSecret });
  const { port, pool, redis, pid: appPid } = app;
  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  const operatorToken = await login(agent, port, OPERATOR);
  const adminToken = await login(agent, port, ADMIN);
  const units = new Map(
    (await getJson<{ id: number; code: string; name: string }[]>(agent, port, '/api/units', adminToken)).map((unit) => [unit.id, unit]),
  );

  // Tickets to sign: registered and routed by the demo rules, until enough have one open assignment.
  const needed = RATE * (WARMUP_SECONDS + SECONDS);
  const registration = newOutcome();
  const registrationStarted = performance.now();
  let signable: Signable[] = [];
  for (let round = 0; round < 4 && signable.length < needed; round++) {
    const batch = Math.ceil((needed - signable.length) * 1.05) + 50;
    progress(`registering ${format(batch)} tickets and waiting until they are routed`);
    const before = registration.ids.length;
    await closedLoop(REGISTER_CONCURRENCY, (sent) => sent < batch, () => register(agent, port, operatorToken, performance.now(), registration));
    if (registration.ids.length === before) throw new Error(`no ticket registered:\n    ${registration.failures.describe()}`);
    const left = await waitUntilRouted(pool, 0, ROUTING_TIMEOUT_MS);
    if (left > 0) throw new Error(`${left} tickets not routed after ${ROUTING_TIMEOUT_MS / 1000} s`);
    signable = await signableTickets(pool);
  }
  const registrationSeconds = (performance.now() - registrationStarted) / 1000;
  const ticketStatuses = await statusesOf(pool, 0, Math.max(...registration.ids));
  if (signable.length < needed) throw new Error(`only ${signable.length} of ${needed} tickets can be signed (${ticketStatuses})`);

  // The rooms: the units of the tickets to sign, the clients spread evenly over them.
  const schedule = shuffled(signable, 12345).slice(0, needed);
  const eventsPerUnit = new Map<number, number>();
  for (const { unitId } of schedule) eventsPerUnit.set(unitId, (eventsPerUnit.get(unitId) ?? 0) + 1);
  const roomUnits = [...eventsPerUnit.keys()].sort((a, b) => eventsPerUnit.get(b)! - eventsPerUnit.get(a)!);
  const clientUnits = Array.from({ length: CLIENTS }, (_, index) => roomUnits[index % roomUnits.length]!);
  const clientsPerUnit = new Map<number, number>();
  for (const unitId of clientUnits) clientsPerUnit.set(unitId, (clientsPerUnit.get(unitId) ?? 0) + 1);
  const plan: Plan = { warmup: schedule.slice(0, RATE * WARMUP_SECONDS), counted: schedule.slice(RATE * WARMUP_SECONDS), clientUnits, clientsPerUnit };
  agent.destroy();

  await waitUntilQuiet(appPid);
  const raw = await rawPhase('raw Socket.IO', ['plain'], plan, appPid);
  const viaRedis = await rawPhase('raw + Redis adapter/emitter', ['redis', bench.settings.redis.url, `${bench.redisPrefix}:raw-socket.io`], plan, appPid);
  await waitUntilQuiet(appPid);
  const measured = await appPhase(port, pool, redis, plan, appPid);

  // ------------------------------------------------------------ the report
  const phases = [measured, raw, viaRedis] as const;
  const p = (phase: PhaseResult, q: number): number | undefined => percentile(phase.delays, q);
  const ratio = (q: number): number | undefined => {
    const [ours, theirs] = [p(measured, q), p(raw, q)];
    return ours === undefined || theirs === undefined ? undefined : ours / Math.max(theirs, 1);
  };
  const times = (value: number | undefined): string => (value === undefined ? 'n/a' : `${format(value, 1)}×`);
  const within = (phase: PhaseResult, limit: number): string =>
    phase.delays.length === 0 ? 'n/a' : `${format((100 * phase.delays.filter((delay) => delay <= limit).length) / phase.delays.length, 2)}%`;
  const deliveries = (phase: PhaseResult): string =>
    `${format(phase.reception.received)} of ${format(phase.reception.expectedTotal)}${phase.reception.extra > 0 ? ` (+${phase.reception.extra} twice)` : ''}`;
  const p99 = p(measured, 99);
  const p99Ratio = ratio(99);
  const complete = measured.reception.received === measured.reception.expectedTotal;
  const row = (figure: string, value: (phase: PhaseResult) => string, ratioCell: string, goal: string): string[] => [
    figure,
    value(measured),
    value(raw),
    ratioCell,
    value(viaRedis),
    goal,
  ];
  const rows: string[][] = [
    ['figure', 'measured: app', 'raw Socket.IO', 'ratio', 'raw + Redis adapter/emitter', 'goal'],
    row('push delay p50 (change → client)', (phase) => ms(p(phase, 50)), times(ratio(50)), ''),
    row(
      'push delay p99 (change → client)',
      (phase) => ms(p(phase, 99)),
      times(p99Ratio),
      `≤ ${GOAL_P99_MS} ms ${verdict(p99 !== undefined && p99 <= GOAL_P99_MS && complete)}; ` +
        `≤ ${format(GOAL_RATIO, 1)}× raw ${verdict(p99Ratio !== undefined && p99Ratio <= GOAL_RATIO && complete)}`,
    ),
    row('push delay max', (phase) => ms(phase.delays.at(-1)), times(ratio(100)), ''),
    row(
      'of which: change → relay published to Redis, p50 / p99',
      (phase) => (phase.publishDelays ? `${ms(percentile(phase.publishDelays, 50))} / ${ms(percentile(phase.publishDelays, 99))}` : ''),
      '',
      '',
    ),
    row(`deliveries within ${GOAL_P99_MS} ms`, (phase) => within(phase, GOAL_P99_MS), '', ''),
    row('deliveries received of expected', deliveries, '', 'all'),
    row(
      'deliveries per event (clients in the room)',
      (phase) => format(phase.reception.expectedTotal / Math.max(1, phase.reception.expected.size), 1),
      '',
      '',
    ),
    row(
      `events at ${RATE}/s: sent, happened; all done after`,
      (phase) => `${format(plan.counted.length)}, ${format(phase.reception.expected.size)}; ${format(phase.sendSeconds, 1)} s`,
      '',
      `${format(plan.counted.length)}; ${SECONDS} s`,
    ),
    row('worst send lag (open loop behind its clock)', (phase) => ms(phase.worstLagMs), '', ''),
    row(
      `sign: HTTP response p50 / p99 (from due)`,
      (phase) => (phase.signLatencies ? `${ms(percentile(phase.signLatencies, 50))} / ${ms(percentile(phase.signLatencies, 99))}` : ''),
      '',
      '',
    ),
    row(
      'work per event: MySQL statements / Redis commands (server-wide, until delivered)',
      (phase) => (phase.workPerEvent ? `${format(phase.workPerEvent.statements, 1)} / ${format(phase.workPerEvent.commands, 1)}` : ''),
      '',
      '',
    ),
    row('sign: failed requests', (phase) => (phase.signFailures ? `${format(phase.signFailures.total)} of ${format(plan.counted.length)}` : ''), '', ''),
  ];

  const roomList = roomUnits
    .map((unitId) => `${units.get(unitId)?.code ?? unitId} (${clientsPerUnit.get(unitId)} clients, ${eventsPerUnit.get(unitId)} events)`)
    .join(', ');
  console.log(machineLine(app.facts, `load average before the run ${app.loadBefore}`));
  console.log(
    `app: dist/apps/all, started in ${format(app.startupSeconds, 1)} s (migrations + demo city); ${format(registration.ids.length)} tickets registered and routed ` +
      `in ${format(registrationSeconds, 1)} s (${ticketStatuses}), ${format(signable.length)} signable (one open assignment)`,
  );
  console.log(`rooms: ${format(CLIENTS)} clients over ${roomUnits.length} unit rooms: ${roomList}`);
  console.log(
    `events: the same sequence of rooms in every phase, ${format(plan.warmup.length)} warm-up then ${format(plan.counted.length)} counted at ${RATE}/s; ` +
      'delay = receipt (Date.now() in this process) − the stamp (the app: occurredAt, the decision just before the commit; raw: just before the emit)',
  );
  for (const phase of phases) {
    const others = [...phase.reception.events]
      .filter(([event]) => event !== 'ticket:signed')
      .map(([event, count]) => `${event} ${format(count)}`)
      .join(', ');
    console.log(
      `  ${phase.name}: ${format(CLIENTS)} clients connected in ${format(phase.connectSeconds, 1)} s; ` +
        `while the counted events were sent and answered (${format((phase.cpu[1].at - phase.cpu[0].at) / 1000, 1)} s) ${cpuSummary(...phase.cpu, { rest: true })}; ` +
        `this process's event-loop delay p99 ${ms(phase.loop.percentile(99) / 1e6)}, max ${ms(phase.loop.max / 1e6)}` +
        `${others ? `; other events received (whole phase): ${others}` : ''}` +
        `${phase.outboxTopics ? `; outbox rows written from the counted events on: ${phase.outboxTopics}` : ''}`,
    );
  }
  if (measured.signFailures && measured.signFailures.total > 0) console.log(`sign failures:\n    ${measured.signFailures.describe()}`);
  printProblems(app.log);
  printTable(rows);
}

await bench.run(main);
