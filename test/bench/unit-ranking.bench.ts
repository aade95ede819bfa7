/**
 * The monthly ranking of units (月度排名, issue 8) over a year of a large city's work: 5,000,000 tickets
 * (Beijing took 21.4 million requests in 2023; this is a city a quarter of its size) and 400 units,
 * beside the same figures counted straight from the facts in the same run — through the time indexes,
 * and as a plain full scan (`USE INDEX ()`). It starts the whole system (`dist/apps/all`) as a child
 * process on a fresh database and Redis prefix, and removes both at the end, even after a failure or
 * Ctrl-C. Node runs this file by stripping its types, and `#libs/*` resolves to the compiled `dist/`:
 *
 *   npm run build && node_modules/.bin/node test/bench/unit-ranking.bench.ts
 *
 * BENCH_TICKETS sets another size (e.g. 200000 for a quick look). Phases (about 15 minutes at 5 million
 * on two cores, most of it the set-up):
 *   1. set-up, not measured: units added to the demo city's up to 400; 2025's tickets spread evenly over
 *      the year, one primary assignment each (1 in 20 returned, 1 in 25 a redo, late signs and replies
 *      in a share that differs by unit), and a finished callback for 7 in 10 (1 in 9 unreached), all
 *      with straight SQL from MariaDB's SEQUENCE engine, in chunks;
 *   2. the daily figures of the whole year rebuilt through the API (`POST /api/figures/rebuild`, a month
 *      a call), timed: what a deployment onto a year of history costs once;
 *   3. the ranking of one month's street offices over HTTP (`GET /api/figures/ranking`), timed;
 *   4. baselines: the same month's counts straight from the facts (`unitFactsStatement`), by the time
 *      indexes and as a plain full scan, each timed, and checked equal to what the ranking used.
 *
 * Timings depend on the machine, so nothing here asserts them; the table states the goal.
 */
import { Agent } from 'node:http';
import type { Pool, RowDataPacket } from 'mysql2/promise';
import { monthDays } from '#libs/calendar';
import { storedFiguresStatement, unitCountsRows, unitFactsStatement, type UnitCountsRow } from '#libs/persistence';
import { settleInnoDb, waitForQuiet } from './support/calm.ts';
import { ADMIN, LEADER } from './support/demo-tickets.ts';
import { getJson, login, send } from './support/http.ts';
import { ascending, format, machineLine, ms, percentile, printTable, verdict } from './support/report.ts';
import { BenchRun, printProblems, progress } from './support/system.ts';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 5_000_000);
const UNITS = 400;
const YEAR = { from: '2025-01-01', to: '2025-12-31' };
const MONTH = '2025-06';
const MONTH_DAYS = monthDays(MONTH);
const TIER = 'street';
const CHUNK = 250_000;
const RANKING_RUNS = 10;
const BASELINE_RUNS = 3;
const GOAL_MS = 2_000;
const REBUILD_TIMEOUT_MS = 300_000;
const SETTLE_SECONDS = 120;
const QUIET_SECONDS = 120;
const QUIET_PERCENT = 25;

const bench = new BenchRun();

/** Adds street and community offices under the demo city's districts until there are `UNITS`. */
async function addUnits(pool: Pool): Promise<number> {
  const [[{ count }]] = await pool.query<RowDataPacket[]>('SELECT COUNT(*) AS count FROM units');
  const [districts] = await pool.query<RowDataPacket[]>("SELECT id, path, region_code FROM units WHERE tier = 'district' ORDER BY id");
  const missing = UNITS - Number(count);
  for (let index = 0; index < missing; index++) {
    const district = districts[index % districts.length]!;
    const tier = index % 3 === 0 ? 'street' : 'community';
    const [inserted] = await pool.query<{ insertId: number } & RowDataPacket[]>(
      "INSERT INTO units (code, name, tier, kind, region_code, parent_id, path) VALUES (?, ?, ?, 'government', ?, ?, '')",
      [`BENCH-${index}`, `基准单位${index}`, tier, district.region_code, district.id],
    );
    await pool.query('UPDATE units SET path = ? WHERE id = ?', [`${district.path}${inserted.insertId}/`, inserted.insertId]);
  }
  // A slot per unit, so that the generated rows spread over the units by `seq % UNITS`.
  await pool.query('CREATE TABLE bench_unit_slots (slot int UNSIGNED PRIMARY KEY, unit_id int UNSIGNED NOT NULL)');
  await pool.query('INSERT INTO bench_unit_slots SELECT ROW_NUMBER() OVER (ORDER BY id) - 1, id FROM units');
  const [[{ slots }]] = await pool.query<RowDataPacket[]>('SELECT COUNT(*) AS slots FROM bench_unit_slots');
  return Number(slots);
}

/**
 * One chunk of the year: tickets `first`..`last`, their assignments and their callbacks. A ticket's
 * dispatch falls at its share of the year; how well a unit does depends on its slot (`unit_bias`,
 * 0–9), and which of its tickets go wrong on the ticket's rank among the unit's (`k`, and `roll` 0–99 from it).
 */
async function insertChunk(pool: Pool, first: number, last: number, idBase: number, categoryCode: string, regionCode: string): Promise<void> {
  const secondsPerTicket = (365 * 86_400) / TICKETS;
  // `k`: the ticket's rank among its unit's, so that what befalls a ticket does not follow from its unit.
  const facts = `SELECT ${idBase} + seq AS id, slots.unit_id, seq % ${UNITS} % 10 AS unit_bias, FLOOR(seq / ${UNITS}) AS k, FLOOR(seq / ${UNITS}) * 37 % 100 AS roll,
      TIMESTAMP('2024-12-31 16:00:00') + INTERVAL FLOOR(seq * ${secondsPerTicket}) SECOND AS t
    FROM seq_${first}_to_${last} JOIN bench_unit_slots slots ON slots.slot = seq % ${UNITS}`;
  const connection = await pool.getConnection();
  try {
    await connection.query('SET SESSION foreign_key_checks = 0, unique_checks = 0');
    await connection.query(
      `INSERT INTO tickets (id, number, query_code_hash, channel, request_type, category_code, region_code, address, title, content, urgency, status, version, created_at, updated_at, closed_at)
       SELECT id, CONCAT('B', id), REPEAT('0', 64), 'phone', ELT(1 + k % 3, 'consult', 'complaint', 'help'), ?, ?, '基准地址', '基准工单', '年度排名基准的合成工单', 'normal', 'closed', 3, t, t, t + INTERVAL 9 DAY
       FROM (${facts}) f`,
      [categoryCode, regionCode],
    );
    await connection.query(
      `INSERT INTO assignments (ticket_id, unit_id, role, status, dispatched_at, sign_due_at, reply_due_at, redo, signed_at, replied_at, extension_days, version)
       SELECT id, unit_id, 'primary', IF(k % 20 = 0, 'returned', 'closed'), t, t + INTERVAL 2 HOUR, t + INTERVAL 7 DAY, k % 25 = 0,
         IF(k % 20 = 0, NULL, t + INTERVAL IF(roll < 5 + unit_bias * 2, 3, 1) HOUR),
         IF(k % 20 = 0, NULL, t + INTERVAL IF(roll < 3 + unit_bias, 8, 5) DAY), 0, 1
       FROM (${facts}) f`,
    );
    await connection.query(
      `INSERT INTO callback_tasks (ticket_id, ticket_version, status, due_at, outcome, unit_id, redo, reached, solved, satisfaction, done_at)
       SELECT id, 1, 'done', t + INTERVAL 8 DAY, IF(k % 9 = 0, 'unreachable', 'closed'), unit_id, k % 25 = 0, k % 9 <> 0,
         IF(k % 9 = 0, NULL, CASE WHEN roll < 60 + unit_bias * 3 THEN 'solved' WHEN roll < 85 THEN 'partly_solved' ELSE 'not_solved' END),
         IF(k % 9 = 0, NULL, CASE WHEN roll < 70 + unit_bias * 2 THEN 'satisfied' WHEN roll < 92 THEN 'basically_satisfied' ELSE 'dissatisfied' END),
         t + INTERVAL 6 DAY
       FROM (${facts}) f WHERE k % 10 < 7 AND k % 20 <> 0`,
    );
  } finally {
    connection.release();
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

const byKey = (rows: readonly UnitCountsRow[]) => JSON.stringify(rows.map((row) => [row.unitId, row.redo, row.counts]).sort());

async function main(): Promise<void> {
  const app = await bench.startApp({}, { connectionLimit: 2, charset: 'utf8mb4_unicode_ci' });
  const { port, pool } = app;

  progress(`set-up: ${UNITS} units, ${format(TICKETS)} tickets of ${YEAR.from.slice(0, 4)} with assignments and callbacks (not measured)`);
  const setupStarted = performance.now();
  const slots = await addUnits(pool);
  const [[leaf]] = await pool.query<RowDataPacket[]>('SELECT c.code FROM categories c WHERE NOT EXISTS (SELECT 1 FROM categories k WHERE k.parent_code = c.code) LIMIT 1');
  const [[region]] = await pool.query<RowDataPacket[]>('SELECT code FROM regions ORDER BY LENGTH(code) DESC LIMIT 1');
  const [[{ base }]] = await pool.query<RowDataPacket[]>('SELECT COALESCE(MAX(id), 0) AS base FROM tickets');
  for (let first = 1; first <= TICKETS; first += CHUNK) {
    const last = Math.min(TICKETS, first + CHUNK - 1);
    await insertChunk(pool, first, last, Number(base), String(leaf!.code), String(region!.code));
    progress(`  ${format(last)} of ${format(TICKETS)} tickets (${format((performance.now() - setupStarted) / 1000)} s)`);
  }
  await pool.query('ANALYZE TABLE tickets, assignments, callback_tasks'); // fresh statistics, for the plans and the sizes printed
  const setupSeconds = (performance.now() - setupStarted) / 1000;
  const [sizes] = await pool.query<RowDataPacket[]>(
    "SELECT table_name AS name, table_rows AS estimate, (data_length + index_length) / 1048576 AS mib FROM information_schema.TABLES WHERE table_schema = DATABASE() AND table_name IN ('tickets', 'assignments', 'callback_tasks')",
  );
  const [[{ assignments }]] = await pool.query<RowDataPacket[]>('SELECT COUNT(*) AS assignments FROM assignments');
  const [[{ callbacks }]] = await pool.query<RowDataPacket[]>('SELECT COUNT(*) AS callbacks FROM callback_tasks');
  const [[{ bufferPool }]] = await pool.query<RowDataPacket[]>('SELECT @@innodb_buffer_pool_size / 1048576 AS bufferPool');
  progress('waiting for InnoDB to write out the set-up');
  const settled = await settleInnoDb(pool, SETTLE_SECONDS);
  const calm = await waitForQuiet(QUIET_SECONDS, QUIET_PERCENT);

  const agent = new Agent({ keepAlive: true });
  progress(`rebuilding the daily figures of ${YEAR.from}..${YEAR.to} through the API, a month a call`);
  const admin = await login(agent, port, ADMIN);
  const rebuildTimes: number[] = [];
  for (let month = 1; month <= 12; month++) {
    const { from, to } = monthDays(`${YEAR.from.slice(0, 4)}-${String(month).padStart(2, '0')}`);
    const rebuild = await timed(() => send(agent, port, 'POST', '/api/figures/rebuild', { from, to }, admin, REBUILD_TIMEOUT_MS));
    if (rebuild.result.status !== 200) throw new Error(`rebuild of ${from}..${to} answered HTTP ${rebuild.result.status}: ${rebuild.result.body}`);
    rebuildTimes.push(rebuild.ms);
  }
  const [[{ figureRows }]] = await pool.query<RowDataPacket[]>('SELECT COUNT(*) AS figureRows FROM unit_daily_figures');

  progress(`ranking ${MONTH}'s ${TIER} offices over HTTP, ${RANKING_RUNS} times after one to warm up`);
  const leader = await login(agent, port, LEADER);
  const rankingPath = `/api/figures/ranking?month=${MONTH}&tier=${TIER}`;
  const ranked = await getJson<{ rank: number | null }[]>(agent, port, rankingPath, leader);
  const rankingTimes: number[] = [];
  for (let run = 0; run < RANKING_RUNS; run++) rankingTimes.push((await timed(() => getJson(agent, port, rankingPath, leader))).ms);
  const ranking = ascending(rankingTimes);
  const stored = storedFiguresStatement(MONTH_DAYS.from, MONTH_DAYS.to);
  const readTimes: number[] = [];
  let fromFigures: UnitCountsRow[] = [];
  for (let run = 0; run < RANKING_RUNS; run++) {
    const read = await timed(async () => unitCountsRows((await pool.query<RowDataPacket[]>(stored.sql, stored.parameters))[0]));
    readTimes.push(read.ms);
    fromFigures = read.result;
  }

  const straight = async (hint: string, label: string) => {
    const statement = unitFactsStatement(MONTH_DAYS.from, MONTH_DAYS.to, hint);
    const times: number[] = [];
    let rows: UnitCountsRow[] = [];
    for (let run = 0; run < BASELINE_RUNS; run++) {
      progress(`baseline: ${label}, run ${run + 1} of ${BASELINE_RUNS}`);
      const counted = await timed(async () => unitCountsRows((await pool.query<RowDataPacket[]>(statement.sql, statement.parameters))[0]));
      times.push(counted.ms);
      rows = counted.result;
    }
    return { times: ascending(times), equal: byKey(rows) === byKey(fromFigures) };
  };
  const indexed = await straight('', 'straight from the facts by the time indexes');
  const fullScan = await straight('USE INDEX ()', 'a plain full scan');

  console.log(machineLine(app.facts, `innodb_buffer_pool_size ${format(Number(bufferPool))} MiB (server default, untouched)`));
  const mib = (name: string) => format(Number(sizes.find((table) => table.name === name)?.mib ?? NaN));
  console.log(
    `data: ${format(TICKETS)} tickets of ${YEAR.from.slice(0, 4)} (tickets ${mib('tickets')} MiB), ${format(Number(assignments))} assignments (${mib('assignments')} MiB), ` +
      `${format(Number(callbacks))} callbacks (${mib('callback_tasks')} MiB), ${slots} units; written in ${format(setupSeconds)} s; then ${format(settled.seconds)} s for InnoDB ` +
      `to write out the set-up and ${format(calm.seconds)} s for the machine to be quiet (${format(calm.busyPercent)}% busy before measuring)`,
  );
  console.log(
    `the year's daily figures: ${format(Number(figureRows))} rows, rebuilt in ${format(rebuildTimes.reduce((sum, each) => sum + each, 0) / 1000, 1)} s ` +
      `(a month a call, the longest ${format(Math.max(...rebuildTimes) / 1000, 1)} s; once, on deployment over history; ` +
      `afterwards the last 7 days every 5 minutes). Ranking of ${MONTH}: ${ranked.length} ${TIER} offices, ${ranked.filter((row) => row.rank !== null).length} ranked.`,
  );
  printProblems(app.log);
  console.log('');
  printTable([
    ['figure', 'measured', 'baseline: by the time indexes', 'baseline: plain full scan', 'goal'],
    [
      `monthly ranking of a tier (${format(TICKETS)} tickets, ${slots} units)`,
      `HTTP p50 ${ms(percentile(ranking, 50))}, max ${ms(ranking.at(-1))}; its SQL p50 ${ms(percentile(ascending(readTimes), 50))}`,
      `${ms(percentile(indexed.times, 50))} (median of ${BASELINE_RUNS})`,
      `${ms(percentile(fullScan.times, 50))} (median of ${BASELINE_RUNS})`,
      `≤ ${format(GOAL_MS)} ms ${verdict((ranking.at(-1) ?? Infinity) <= GOAL_MS)}`,
    ],
    ['the same counts', '', indexed.equal ? 'equal' : 'DIFFERENT', fullScan.equal ? 'equal' : 'DIFFERENT', ''],
  ]);
  if (!indexed.equal || !fullScan.equal) process.exitCode = 1;
}

await bench.run(main);
