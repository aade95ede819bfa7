/**
 * A unit's inbox over years of its work: the list a handler's console asks on every push, as it asks
 * it now (`order=urgency&withAssignments=true`: one request) beside what it asked before in the same
 * run (the newest first, then each row's ticket detail: 21 requests), and beside the bare list
 * (newest first, no assignments) as the floor. It starts the whole system (`dist/apps/all`) on a fresh
 * database and Redis prefix and removes both at the end:
 *
 *   npm run build && node_modules/.bin/node test/bench/unit-inbox.bench.ts
 *
 * Set-up, not measured: BENCH_TICKETS (default 50,000) closed tickets of 海滨街道办事处 spread over
 * three years, with their closed assignments, the same number for another street office (so that the
 * unit filter has something to skip), and 300 open ones of 海滨's, of every urgency, with reply dues
 * spread over the next two weeks — written with straight SQL from MariaDB's SEQUENCE engine.
 * Timings depend on the machine, so nothing here asserts them; issue 9 sets no goal for this list.
 */
import { Agent } from 'node:http';
import type { Pool, RowDataPacket } from 'mysql2/promise';
import { DEMO_PASSWORD } from '#config/demo-city';
import { getJson, login } from './support/http.ts';
import { ascending, format, machineLine, ms, percentile, printTable } from './support/report.ts';
import { BenchRun, printProblems, progress } from './support/system.ts';

const CLOSED = Number(process.env.BENCH_TICKETS ?? 50_000);
const OPEN = 300;
const PAGE_SIZE = 20;
const RUNS = 40;
const HANDLER = { username: 'haibin.handler', password: DEMO_PASSWORD };

const bench = new BenchRun();

interface Page {
  total: number;
  items: { id: number }[];
}

/** `count` tickets of `unitId` from id `idBase` on, closed or open, one primary assignment each. */
async function insertTickets(pool: Pool, unitId: number, idBase: number, count: number, open: boolean): Promise<void> {
  const facts = open
    ? `SELECT ${idBase} + seq AS id, seq, NOW() - INTERVAL seq MINUTE AS t, NOW() + INTERVAL (seq * 67) MINUTE AS due FROM seq_1_to_${count}`
    : `SELECT ${idBase} + seq AS id, seq, NOW() - INTERVAL 3 YEAR + INTERVAL FLOOR(seq * ${(3 * 365 * 86_400) / count}) SECOND AS t, NULL AS due FROM seq_1_to_${count}`;
  const connection = await pool.getConnection();
  try {
    await connection.query('SET SESSION foreign_key_checks = 0, unique_checks = 0');
    await connection.query(
      `INSERT INTO tickets (id, number, query_code_hash, channel, request_type, category_code, region_code, address, title, content, urgency, status, version, created_at, updated_at, closed_at)
       SELECT id, CONCAT('I', id), REPEAT('0', 64), 'phone', 'complaint', '010101', '379901001001', '基准地址', '基准工单', '收件箱基准的合成工单',
         ELT(1 + seq % 5, 'normal', 'normal', 'normal', 'urgent', 'critical'), ${open ? "'handling'" : "'closed'"}, 3, t, t, ${open ? 'NULL' : 't + INTERVAL 9 DAY'}
       FROM (${facts}) f`,
    );
    await connection.query(
      `INSERT INTO assignments (ticket_id, unit_id, role, status, dispatched_at, sign_due_at, reply_due_at, redo, signed_at, replied_at, extension_days, version)
       SELECT id, ?, 'primary', ${open ? "'handling'" : "'closed'"}, t, t + INTERVAL 2 HOUR, COALESCE(due, t + INTERVAL 7 DAY), FALSE, t + INTERVAL 1 HOUR,
         ${open ? 'NULL' : 't + INTERVAL 5 DAY'}, 0, 1
       FROM (${facts}) f`,
      [unitId],
    );
  } finally {
    connection.release();
  }
}

async function unitId(pool: Pool, code: string): Promise<number> {
  const [[row]] = await pool.query<RowDataPacket[]>('SELECT id FROM units WHERE code = ?', [code]);
  return Number(row!.id);
}

async function timedRuns(once: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    await once();
    times.push(performance.now() - started);
  }
  return ascending(times);
}

async function main(): Promise<void> {
  const app = await bench.startApp();
  const { port, pool } = app;
  const [street, other] = await Promise.all([unitId(pool, 'S-379901001'), unitId(pool, 'S-379901002')]);
  progress(`set-up: ${format(CLOSED)} closed tickets each for two street offices, ${OPEN} open for one (not measured)`);
  await insertTickets(pool, street, 1_000_000, CLOSED, false);
  await insertTickets(pool, other, 2_000_000, CLOSED, false);
  await insertTickets(pool, street, 3_000_000, OPEN, true);
  await pool.query('ANALYZE TABLE tickets, assignments');

  const agent = new Agent({ keepAlive: true });
  const token = await login(agent, port, HANDLER);
  const list = (query: string) => getJson<Page>(agent, port, `/api/tickets?unitId=${street}&page=1&pageSize=${PAGE_SIZE}${query}`, token);
  const before = async () => {
    const page = await list('');
    // The console asked the details 4 at a time.
    for (let start = 0; start < page.items.length; start += 4) {
      await Promise.all(page.items.slice(start, start + 4).map((item) => getJson(agent, port, `/api/tickets/${item.id}`, token)));
    }
  };
  const variants: [string, () => Promise<unknown>][] = [
    ['baseline: newest first, no assignments (1 request)', () => list('')],
    ['before: newest first, then each row\'s detail, 4 at a time (21 requests)', before],
    ['now: withAssignments=true, newest first (1 request)', () => list('&withAssignments=true')],
    ['now: order=urgency&withAssignments=true, the inbox (1 request)', () => list('&order=urgency&withAssignments=true')],
  ];
  progress('warming up');
  for (const [, once] of variants) await once();
  const results: [string, number[]][] = [];
  for (const [name, once] of variants) {
    progress(name);
    results.push([name, await timedRuns(once)]);
  }
  const total = (await list('')).total;

  console.log(machineLine(app.facts, `one handler, keep-alive HTTP on loopback, ${RUNS} runs each, one after another`));
  printProblems(app.log);
  console.log(`\nthe unit's list: ${format(total)} tickets (${OPEN} open), a page of ${PAGE_SIZE}; ${format(2 * CLOSED + OPEN)} tickets in the table\n`);
  printTable([
    ['what the inbox asks', 'p50', 'p99'],
    ...results.map(([name, times]) => [name, ms(percentile(times, 50)), ms(percentile(times, 99))]),
  ]);
}

await bench.run(main);
