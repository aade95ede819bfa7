/**
 * Letters to the mayor's mailbox over HTTP — submissions with captcha verification, then their routing —
 * beside the raw rate of the same intake transaction with a captcha check in Redis, measured in the same
 * run (issue 7). It starts the whole system (`dist/apps/all`) as a child process on a fresh database and
 * Redis prefix (rate limits raised: one client address sends everything), and removes both at the end.
 *
 *   npm run build && node_modules/.bin/node test/bench/letter-intake.bench.ts
 *
 * Phases (about a minute on two cores):
 *   1. baseline: raw MySQL, one transaction = GETDEL of a Redis key (the captcha check) + INSERT tickets,
 *      ticket_events, outbox + COMMIT; closed loop (32 at once, 5 s) for transactions/s;
 *   2. captchas: GET /api/public/captcha for every letter the next phase may send, 16 at once, each
 *      answer read from Redis as a person reads the image — timed on its own, not in the submissions;
 *   3. throughput: POST /api/public/letters in a closed loop (64 at once, keep-alive, 10 s), each with a
 *      captcha of phase 2, then until every letter has been routed: letters/s, and routed letters/s
 *      from the first request to the last routing.
 *
 * Timings depend on the machine, so nothing here asserts them; the table states the goal.
 */
import { Agent } from 'node:http';
import type { RowDataPacket } from 'mysql2/promise';
import { dataSourceOptions } from '#libs/persistence';
import { newOutcome, nextTicket, registeredFrom, routedBetween, statusesOf, waitUntilRouted, type Outcome } from './support/demo-tickets.ts';
import { closedLoop, send } from './support/http.ts';
import { rawIntakeBaseline } from './support/intake-baseline.ts';
import { ascending, cpuSample, cpuSummary, format, machineLine, ms, percentile, printTable, rate, verdict } from './support/report.ts';
import { BenchRun, printProblems, progress } from './support/system.ts';

const BASELINE_CONCURRENCY = 32;
const BASELINE_SECONDS = 5;
const LOAD_CONCURRENCY = 64;
const LOAD_SECONDS = 10;
/** Captchas fetched before the load: more than the load can send at twice the goal. */
const CAPTCHAS = 10_000;
const CAPTCHA_CONCURRENCY = 16;
const WARMUP_LETTERS = 300;
const GOAL_LETTERS_PER_SECOND = 500;
const DRAIN_TIMEOUT_MS = 60_000;

interface Captcha {
  captchaId: string;
  captchaAnswer: string;
}

/** A letter of the demo cycle, as the public page sends it. */
function nextLetter(captcha: Captcha): Record<string, unknown> {
  const ticket = nextTicket();
  return {
    ...captcha,
    name: ticket.citizenName,
    phone: ticket.citizenPhone,
    regionCode: ticket.regionCode,
    address: ticket.address,
    categoryCode: ticket.categoryCode,
    requestType: ticket.requestType,
    title: ticket.title,
    content: ticket.content,
    agreeToPublish: true,
  };
}

const bench = new BenchRun();
const appOptions = dataSourceOptions(bench.settings.db) as { extra?: { connectionLimit?: number } };
const POOL_SIZE = appOptions.extra?.connectionLimit ?? 10;

async function main(): Promise<void> {
  const app = await bench.startApp({ LETTERS_PER_IP_PER_HOUR: '1000000', LETTERS_PER_PHONE_PER_DAY: '1000000' });
  const { port, pool, redis } = app;
  const captchaKey = (id: string) => `${bench.redisPrefix}:captcha:${id}`;

  progress(`baseline: raw MySQL intake transactions with a Redis GETDEL, ${BASELINE_CONCURRENCY} at once, ${BASELINE_SECONDS} s`);
  let probe = 0;
  const raw = await rawIntakeBaseline(
    bench,
    POOL_SIZE,
    { concurrency: BASELINE_CONCURRENCY, seconds: BASELINE_SECONDS, fixedRate: 200, fixedRateSeconds: 2 },
    () => redis.getdel(`${bench.redisPrefix}:bench-captcha:${probe++}`),
  );

  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  progress(`captchas: ${format(CAPTCHAS)} fetched, ${CAPTCHA_CONCURRENCY} at once`);
  const captchas: Captcha[] = [];
  const captchaCpu = cpuSample({ app: app.pid });
  const captchaSeconds = await closedLoop(
    CAPTCHA_CONCURRENCY,
    (sent) => sent < CAPTCHAS,
    async () => {
      const reply = await send(agent, port, 'GET', '/api/public/captcha');
      if (reply.status !== 200) throw new Error(`GET /api/public/captcha: HTTP ${reply.status} ${reply.body}`);
      const { id } = JSON.parse(reply.body) as { id: string };
      captchas.push({ captchaId: id, captchaAnswer: (await redis.get(captchaKey(id)))! });
    },
  );
  const captchaCpuEnd = cpuSample({ app: app.pid });

  const submit = async (outcome: Outcome): Promise<void> => {
    const captcha = captchas.pop();
    if (!captcha) return;
    const startedAt = performance.now();
    try {
      const reply = await send(agent, port, 'POST', '/api/public/letters', nextLetter(captcha));
      if (reply.status === 201) {
        outcome.ids.push(outcome.ids.length);
        outcome.latencies.push(performance.now() - startedAt);
      } else outcome.failures.add(`HTTP ${reply.status}`, reply.body);
    } catch (error) {
      outcome.failures.addError(error);
    }
  };
  const lastTicketId = async (): Promise<number> => {
    const [rows] = await pool.query<RowDataPacket[]>('SELECT COALESCE(MAX(id), 0) AS id FROM tickets');
    return Number(rows[0]!.id);
  };

  progress(`warm-up: ${WARMUP_LETTERS} letters`);
  const warmup = newOutcome();
  await closedLoop(16, (sent) => sent < WARMUP_LETTERS, () => submit(warmup));
  if (warmup.ids.length === 0) throw new Error(`no letter taken during the warm-up:\n    ${warmup.failures.describe()}`);
  await waitUntilRouted(pool, 0, DRAIN_TIMEOUT_MS);

  progress(`throughput: ${LOAD_CONCURRENCY} clients for ${LOAD_SECONDS} s, then until routed`);
  const load = newOutcome();
  const firstId = (await lastTicketId()) + 1;
  const loadCpu = cpuSample({ app: app.pid });
  const startedWall = Date.now();
  const loadSeconds = await closedLoop(
    LOAD_CONCURRENCY,
    (_sent, startedAt) => performance.now() - startedAt < LOAD_SECONDS * 1000 && captchas.length > 0,
    () => submit(load),
  );
  const loadCpuEnd = cpuSample({ app: app.pid });
  const backlogAtEnd = await registeredFrom(pool, firstId);
  const left = await waitUntilRouted(pool, firstId, DRAIN_TIMEOUT_MS);
  const lastId = await lastTicketId();
  const routed = await routedBetween(pool, firstId, lastId);
  const statuses = await statusesOf(pool, firstId, lastId);
  agent.destroy();

  const lettersPerSecond = load.ids.length / loadSeconds;
  const endToEndSeconds = routed.last ? (routed.last.getTime() - startedWall) / 1000 : LOAD_SECONDS;
  const routedPerSecond = routed.routed / endToEndSeconds;
  const latencies = ascending(load.latencies);
  const rows: string[][] = [
    ['figure', 'measured', 'baseline: raw MySQL + Redis GETDEL', 'goal'],
    [
      `letters/s with captcha verification (${LOAD_CONCURRENCY} clients, ${LOAD_SECONDS} s)`,
      `${rate(lettersPerSecond)} (${format((100 * lettersPerSecond) / raw.perSecond)}% of raw)`,
      `${rate(raw.perSecond)} transactions`,
      `≥ ${rate(GOAL_LETTERS_PER_SECOND)} ${verdict(lettersPerSecond >= GOAL_LETTERS_PER_SECOND)}`,
    ],
    [
      'end to end, routed letters/s',
      `${rate(routedPerSecond)} (${format(routed.routed)} in ${format(endToEndSeconds, 1)} s)`,
      `${rate(raw.perSecond)} transactions`,
      `≥ ${rate(GOAL_LETTERS_PER_SECOND)} ${verdict(routedPerSecond >= GOAL_LETTERS_PER_SECOND && left === 0)}`,
    ],
    ['HTTP response p50 / p99 under full load', `${ms(percentile(latencies, 50))} / ${ms(percentile(latencies, 99))}`, `${ms(percentile(raw.latencies, 50))} / ${ms(percentile(raw.latencies, 99))} per transaction at 200/s`, ''],
    ['captchas made (GET /api/public/captcha), 16 clients', `${rate(CAPTCHAS / captchaSeconds)}`, '', ''],
    ['failed letters', `${format(load.failures.total)} of ${format(load.ids.length + load.failures.total)}`, '', ''],
  ];

  console.log(machineLine(app.facts));
  console.log(`baseline: ${format(raw.committed)} transactions by ${BASELINE_CONCURRENCY} clients on ${POOL_SIZE} connections in ${BASELINE_SECONDS} s`);
  console.log(`captchas: ${format(CAPTCHAS)} in ${format(captchaSeconds, 1)} s; ${cpuSummary(captchaCpu, captchaCpuEnd)}`);
  console.log(
    `throughput: ${format(load.ids.length)} letters in ${format(loadSeconds, 1)} s; ${format(backlogAtEnd)} still registered when the load stopped; ` +
      `${left === 0 ? `all routed ${format(endToEndSeconds, 1)} s after the first request` : `${format(left)} NOT ROUTED`} (${statuses}); ${cpuSummary(loadCpu, loadCpuEnd)}`,
  );
  if (load.failures.total > 0) console.log(`failures:\n    ${load.failures.describe()}`);
  printProblems(app.log);
  printTable(rows);
}

await bench.run(main);
