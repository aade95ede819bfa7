/**
 * Knowledge search (知识库, issue 7) over 10,000 articles, beside three baselines measured in the same
 * run: the service's own statement sent straight to MySQL; the same search done with InnoDB FULLTEXT
 * over bigram tokens (the design the postings replaced — docs/architecture.md); and the naive
 * `LIKE '%…%'` scan that a search without any index would be. It starts the whole system
 * (`dist/apps/all`) as a child process on a fresh database and Redis prefix, and removes both at the
 * end, even after a failure or Ctrl-C. Node runs this file by stripping its types, and `#libs/*`
 * resolves to the compiled `dist/`:
 *
 *   npm run build && node_modules/.bin/node test/bench/knowledge-search.bench.ts
 *
 * Phases (two to three minutes on two cores):
 *   1. set-up, not measured: 10,000 articles and their postings written with straight SQL, the terms
 *      from `#libs/search-terms` as the app makes them — the demo city's answers, each for some place
 *      of the city and padded with sentences of other answers, so that common words are common; and
 *      the FULLTEXT baseline's table beside them; then a wait (bounded) for InnoDB to write out what
 *      the set-up dirtied and for the machine to be quiet, both printed — on a shared machine another
 *      process's burst would otherwise pass for the search's latency;
 *   2. latency: GET /api/knowledge?q=… as an operator, in an open loop at a fixed rate over a mix of
 *      queries (a word, a word inside longer phrases, two words, one character, a number, a long phrase,
 *      a common word found in half the articles, a word that is nowhere), counted from when each
 *      request was due;
 *   3. baseline: the service's statement (`knowledgeSearchStatement`) straight on a mysql2 pool, same mix and rate;
 *   4. baselines: the FULLTEXT search and the LIKE scan, same mix, one at a time (their own service time:
 *      at the fixed rate they would only queue);
 *   5. throughput: the HTTP search in a closed loop.
 * For each query the number of matches of each method is printed too: the postings and FULLTEXT find
 * what a substring scan finds (a Latin word is whole for them, any substring for LIKE).
 *
 * Timings depend on the machine, so nothing here asserts them; the table states the goal.
 */
import { Agent } from 'node:http';
import type { Pool, RowDataPacket } from 'mysql2/promise';
import { demoCity } from '#config/demo-city';
import { localDateOf } from '#libs/calendar';
import { escapeLike, knowledgeSearchStatement, knowledgeTermRows } from '#libs/persistence';
import { grams, queryTerms, type Gram } from '#libs/search-terms';
import { settleInnoDb, waitForQuiet } from './support/calm.ts';
import { OPERATOR } from './support/demo-tickets.ts';
import { closedLoop, Failures, login, openLoop, send } from './support/http.ts';
import { ascending, cpuSample, cpuSummary, format, machineLine, ms, percentile, printTable, rate, verdict } from './support/report.ts';
import { seededRandom } from './support/random.ts';
import { BenchRun, printProblems, progress } from './support/system.ts';

const ARTICLES = 10_000;
const INSERT_BATCH = 250;
const PAGE_SIZE = 20;
const WARMUP_REQUESTS = 300;
/**
 * The rate the latency is measured at: several times the peak of a large centre (500 seats, a search a
 * minute each, is about 8/s) plus the public page; the closed loop after it shows the ceiling.
 */
const FIXED_RATE = 50;
const FIXED_RATE_SECONDS = 20;
const ONE_AT_A_TIME_SECONDS = 8;
const LOAD_CONCURRENCY = 16;
const LOAD_SECONDS = 5;
const GOAL_P99_MS = 20;
const SETTLE_SECONDS = 60;
const QUIET_SECONDS = 120;
const QUIET_PERCENT = 25;

/** What operators type, from common to nowhere. */
const QUERIES = [
  '供暖',
  '社保卡 补办',
  '公积金提取',
  '居住证',
  '噪音投诉',
  '新生儿落户',
  '医保报销',
  '不动产登记',
  '停水通知',
  '垃圾分类',
  '办理',
  '暖',
  '12345',
  '冬季集中供暖时间',
  '异地就医 备案',
  '灯塔码头轮渡',
];
const POSTINGS_BATCH = 5_000;

// ---------------------------------------------------------------- the articles

const random = seededRandom(7);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const localDate = (offsetDays: number): string => localDateOf(new Date(Date.now() + offsetDays * 86_400_000));

interface Synthetic {
  title: string;
  content: string;
  keywords: string;
  categoryCode: string | null;
  validFrom: string;
  validTo: string | null;
  ownerUnitId: number | null;
  isPublic: boolean;
}

/** 10,000 articles made of the demo city's: each answer for some place, padded with sentences of others. */
function syntheticArticles(unitIds: Map<string, number>): Synthetic[] {
  const templates = demoCity.articles;
  const sentences = templates.flatMap((article) => article.content.split(/(?<=[。；])/).filter((sentence) => sentence.length > 8));
  const places = demoCity.regions.map((region) => region.name);
  return Array.from({ length: ARTICLES }, () => {
    const template = pick(templates);
    const place = pick(places);
    const roll = random();
    return {
      title: `${place}${template.title}`.slice(0, 200),
      content: [`${place}：`, template.content, pick(sentences), pick(sentences), pick(sentences)].join(''),
      keywords: template.keywords,
      categoryCode: template.categoryCode,
      // One in twenty is not valid yet, one in ten has expired: the search leaves them out.
      validFrom: roll < 0.05 ? localDate(30) : '2025-01-01',
      validTo: roll > 0.9 ? localDate(-30) : null,
      ownerUnitId: unitIds.get(template.ownerUnitCode) ?? null,
      isPublic: random() < 0.95,
    };
  });
}

/** The articles, then their postings (`knowledge_terms`), as the app writes them but in large batches. */
async function insertArticles(pool: Pool, articles: readonly Synthetic[]): Promise<void> {
  const columns = (a: Synthetic) => [a.title, a.content, a.categoryCode, a.keywords, a.validFrom, a.validTo, a.ownerUnitId, a.isPublic];
  const [[{ next }]] = await pool.query<RowDataPacket[]>('SELECT COALESCE(MAX(id), 0) + 1 AS next FROM knowledge_articles');
  const firstId = Number(next);
  for (let start = 0; start < articles.length; start += INSERT_BATCH) {
    await pool.query('INSERT INTO knowledge_articles (title, content, category_code, keywords, valid_from, valid_to, owner_unit_id, is_public) VALUES ?', [
      articles.slice(start, start + INSERT_BATCH).map(columns),
    ]);
  }
  const [[{ last }]] = await pool.query<RowDataPacket[]>('SELECT MAX(id) AS last FROM knowledge_articles');
  if (Number(last) - firstId + 1 !== articles.length) throw new Error('the articles did not get consecutive ids');
  let batch: unknown[][] = [];
  const pending: Promise<unknown>[] = [];
  const flush = async () => {
    const rows = batch;
    batch = [];
    await pool.query(
      'INSERT INTO knowledge_terms (term, article_id, occurrences, in_title, in_keywords, valid_from, valid_to, is_public, category_code) VALUES ?',
      [rows],
    );
  };
  for (const [index, article] of articles.entries()) {
    for (const row of knowledgeTermRows({ ...article, id: firstId + index })) {
      batch.push([row.term, row.articleId, row.occurrences, row.inTitle, row.inKeywords, row.validFrom, row.validTo, row.isPublic, row.categoryCode]);
    }
    // Two batches in flight: the pool's connections write while the next batch is made.
    if (batch.length >= POSTINGS_BATCH) {
      pending.push(flush());
      if (pending.length >= 2) await pending.shift();
    }
  }
  pending.push(flush());
  await Promise.all(pending);
}

// ---------------------------------------------------------------- the baselines

/**
 * InnoDB FULLTEXT over the same grams: its parser splits only at spaces and punctuation and drops tokens
 * under `innodb_ft_min_token_size` (3), so each gram is written as ASCII — `z` + 5 hex digits per CJK
 * character, `y` + the hex of a word's UTF-8 — and the title's grams once more with a `t` in front.
 */
const ftToken = (gram: Pick<Gram, 'kind' | 'text'>, title = false): string =>
  (title ? 't' : '') +
  (gram.kind === 'cjk'
    ? `z${Array.from(gram.text, (char) => char.codePointAt(0)!.toString(16).padStart(5, '0')).join('')}`
    : `y${Buffer.from(gram.text).toString('hex')}`);

const ftDocument = (article: { title: string; keywords: string; content: string }): string =>
  [
    ...[article.title, article.keywords, article.content].flatMap((text) => grams(text).map((gram) => ftToken(gram))),
    ...grams(article.title).map((gram) => ftToken(gram, true)),
  ].join(' ');

/** Every article (the demo city's too) in a table of its own with a FULLTEXT index over its tokens. */
async function createFulltextBaseline(pool: Pool): Promise<void> {
  await pool.query(
    'CREATE TABLE bench_knowledge_fulltext (id int UNSIGNED NOT NULL PRIMARY KEY, valid_from date NULL, valid_to date NULL, search_terms mediumtext NOT NULL) ENGINE=InnoDB',
  );
  const [articles] = await pool.query<RowDataPacket[]>('SELECT id, title, keywords, content, valid_from, valid_to FROM knowledge_articles');
  for (let start = 0; start < articles.length; start += INSERT_BATCH) {
    const rows = articles.slice(start, start + INSERT_BATCH).map((article) => [article.id, article.valid_from, article.valid_to, ftDocument(article as never)]);
    await pool.query('INSERT INTO bench_knowledge_fulltext (id, valid_from, valid_to, search_terms) VALUES ?', [rows]);
  }
  // Built once over all the rows, as a DBA would for a bulk load.
  await pool.query('CREATE FULLTEXT INDEX ft_bench_search_terms ON bench_knowledge_fulltext (search_terms)');
}

/** The FULLTEXT search with the service's contract: every gram, title matches first, the number of matches. */
function fulltextStatement(q: string, today: string): { sql: string; params: unknown[] } {
  const term = (asked: { term: string; prefix: boolean }, title: boolean) => ftToken(grams(asked.term)[0]!, title) + (asked.prefix ? '*' : '');
  const asked = queryTerms(q);
  const match = asked.map((entry) => `+${term(entry, false)}`).join(' ');
  const title = asked.map((entry) => `+${term(entry, true)}`).join(' ');
  return {
    sql:
      'SELECT f.id, COUNT(*) OVER () AS total, MATCH (f.search_terms) AGAINST (? IN BOOLEAN MODE) AS relevance, ' +
      'MATCH (f.search_terms) AGAINST (? IN BOOLEAN MODE) AS title_relevance FROM bench_knowledge_fulltext f ' +
      'WHERE MATCH (f.search_terms) AGAINST (? IN BOOLEAN MODE) AND (f.valid_from IS NULL OR f.valid_from <= ?) AND (f.valid_to IS NULL OR f.valid_to >= ?) ' +
      'ORDER BY title_relevance > 0 DESC, relevance DESC, f.id DESC LIMIT ? OFFSET 0',
    params: [match, title, match, today, today, PAGE_SIZE],
  };
}

/** The service's statement for an operator's first page (libs/persistence/src/knowledge-search.ts). */
const postingsStatement = (q: string, today: string) =>
  knowledgeSearchStatement({ terms: queryTerms(q), visibility: { validOn: today, publicOnly: false } }, 0, PAGE_SIZE);

/** Without an index: every part of the query somewhere in title, keywords or content, newest first. */
function likeStatement(q: string, today: string): { sql: string; params: unknown[] } {
  const parts = q.split(/\s+/).filter(Boolean);
  const escaped = (part: string) => `%${escapeLike(part)}%`;
  return {
    sql:
      'SELECT a.id, COUNT(*) OVER () AS total FROM knowledge_articles a WHERE ' +
      parts.map(() => '(a.title LIKE ? OR a.keywords LIKE ? OR a.content LIKE ?)').join(' AND ') +
      ' AND (a.valid_from IS NULL OR a.valid_from <= ?) AND (a.valid_to IS NULL OR a.valid_to >= ?) ORDER BY a.id DESC LIMIT ?',
    params: [...parts.flatMap((part) => [escaped(part), escaped(part), escaped(part)]), today, today, PAGE_SIZE],
  };
}

/** Each query in turn, one at a time, for `seconds` (and at least once each): latencies and matches. */
async function oneAtATime(pool: Pool, statementOf: (q: string) => { sql: string; params: unknown[] }, seconds: number) {
  const latencies: number[] = [];
  const totals = new Map<string, number>();
  const byQuery = new Map<string, number[]>();
  let index = 0;
  await closedLoop(
    1,
    (_sent, startedAt) => performance.now() - startedAt < seconds * 1000 || index < QUERIES.length,
    async () => {
      const q = QUERIES[index++ % QUERIES.length]!;
      const started = performance.now();
      totals.set(q, await totalOf(pool, statementOf(q)));
      const latency = performance.now() - started;
      latencies.push(latency);
      byQuery.set(q, [...(byQuery.get(q) ?? []), latency]);
    },
  );
  return { latencies: ascending(latencies), totals, byQuery };
}


async function totalOf(pool: Pool, statement: { sql: string; params: unknown[] }): Promise<number> {
  const [rows] = await pool.query<RowDataPacket[]>(statement.sql, statement.params);
  return rows.length === 0 ? 0 : Number(rows[0]!.total);
}

// ---------------------------------------------------------------- the run

const bench = new BenchRun();

async function main(): Promise<void> {
  // As large as the app's own pool, for the straight-SQL baseline.
  const app = await bench.startApp({}, { connectionLimit: 20, charset: 'utf8mb4_unicode_ci' });
  const { port, pool } = app;
  const [[ft]] = await pool.query<RowDataPacket[]>('SELECT @@innodb_ft_min_token_size AS min');

  progress(`set-up: ${format(ARTICLES)} articles and their postings by straight SQL, and the FULLTEXT baseline (not measured)`);
  const insertStarted = performance.now();
  const [units] = await pool.query<RowDataPacket[]>('SELECT id, code FROM units');
  const articles = syntheticArticles(new Map(units.map((unit) => [String(unit.code), Number(unit.id)])));
  await insertArticles(pool, articles);
  const insertSeconds = (performance.now() - insertStarted) / 1000;
  const fulltextStarted = performance.now();
  await createFulltextBaseline(pool);
  const fulltextSeconds = (performance.now() - fulltextStarted) / 1000;
  const [[sizes]] = await pool.query<RowDataPacket[]>(
    'SELECT (SELECT COUNT(*) FROM knowledge_articles) AS articles, (SELECT AVG(CHAR_LENGTH(content)) FROM knowledge_articles) AS content, ' +
      '(SELECT COUNT(*) FROM knowledge_terms) AS postings',
  );
  const [tables] = await pool.query<RowDataPacket[]>(
    'SELECT table_name AS name, (data_length + index_length) / 1048576 AS mib FROM information_schema.TABLES WHERE table_schema = DATABASE() ' +
      "AND table_name IN ('knowledge_articles', 'knowledge_terms', 'bench_knowledge_fulltext')",
  );
  const mib = (name: string) => format(Number(tables.find((table) => table.name === name)?.mib ?? NaN));
  const today = localDate(0);
  progress('waiting for InnoDB to write out the set-up');
  const settled = await settleInnoDb(pool, SETTLE_SECONDS);
  progress(`waiting (at most ${QUIET_SECONDS} s) for the machine to be under ${QUIET_PERCENT}% busy`);
  const calm = await waitForQuiet(QUIET_SECONDS, QUIET_PERCENT);

  const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
  const token = await login(agent, port, OPERATOR);
  const failures = new Failures();
  const totals = new Map<string, number>();
  /** Latencies by query, of the fixed-rate phase. */
  const httpByQuery = new Map<string, number[]>();
  const httpSearch = async (index: number, dueAt: number, latencies?: number[], byQuery?: Map<string, number[]>): Promise<void> => {
    const q = QUERIES[index % QUERIES.length]!;
    try {
      const reply = await send(agent, port, 'GET', `/api/knowledge?q=${encodeURIComponent(q)}&pageSize=${PAGE_SIZE}`, undefined, token);
      if (reply.status !== 200) return failures.add(`HTTP ${reply.status}`, reply.body);
      const latency = performance.now() - dueAt;
      latencies?.push(latency);
      if (byQuery) byQuery.set(q, [...(byQuery.get(q) ?? []), latency]);
      totals.set(q, (JSON.parse(reply.body) as { total: number }).total);
    } catch (error) {
      failures.addError(error);
    }
  };

  progress(`warm-up: ${WARMUP_REQUESTS} searches`);
  let warm = 0;
  await closedLoop(4, (sent) => sent < WARMUP_REQUESTS, () => httpSearch(warm++, performance.now()));

  progress(`latency: ${FIXED_RATE} searches/s over HTTP for ${FIXED_RATE_SECONDS} s`);
  const httpLatencies: number[] = [];
  const httpCpu = cpuSample({ app: app.pid, ...bench.servers });
  const httpRun = await openLoop(FIXED_RATE, FIXED_RATE_SECONDS, (dueAt, index) => httpSearch(index, dueAt, httpLatencies, httpByQuery));
  const httpCpuEnd = cpuSample({ app: app.pid, ...bench.servers });

  progress(`baseline: the service's statement on MySQL, ${FIXED_RATE}/s for ${FIXED_RATE_SECONDS} s`);
  const sqlLatencies: number[] = [];
  const sqlByQuery = new Map<string, number[]>();
  for (const q of QUERIES) await totalOf(pool, postingsStatement(q, today));
  await openLoop(FIXED_RATE, FIXED_RATE_SECONDS, async (dueAt, index) => {
    const q = QUERIES[index % QUERIES.length]!;
    const statement = postingsStatement(q, today);
    await pool.query(statement.sql, statement.params);
    const latency = performance.now() - dueAt;
    sqlLatencies.push(latency);
    sqlByQuery.set(q, [...(sqlByQuery.get(q) ?? []), latency]);
  });

  progress(`baseline: FULLTEXT, one at a time for ${ONE_AT_A_TIME_SECONDS} s`);
  for (const q of QUERIES) await totalOf(pool, fulltextStatement(q, today));
  const fulltext = await oneAtATime(pool, (q) => fulltextStatement(q, today), ONE_AT_A_TIME_SECONDS);
  progress(`baseline: LIKE '%…%' scan, one at a time for ${ONE_AT_A_TIME_SECONDS} s`);
  const like = await oneAtATime(pool, (q) => likeStatement(q, today), ONE_AT_A_TIME_SECONDS);

  progress(`throughput: ${LOAD_CONCURRENCY} clients for ${LOAD_SECONDS} s`);
  let loaded = 0;
  const loadLatencies: number[] = [];
  const loadSeconds = await closedLoop(
    LOAD_CONCURRENCY,
    (_sent, startedAt) => performance.now() - startedAt < LOAD_SECONDS * 1000,
    () => httpSearch(loaded++, performance.now(), loadLatencies),
  );
  agent.destroy();

  // ------------------------------------------------------------ the report
  const http = ascending(httpLatencies);
  const sql = ascending(sqlLatencies);
  const load = ascending(loadLatencies);
  const p99 = percentile(http, 99);
  const rows: string[][] = [
    ['figure', 'measured: GET /api/knowledge', 'baseline: same SQL on MySQL', 'baseline: InnoDB FULLTEXT', "baseline: LIKE '%…%' scan", 'goal'],
    [
      'search p50',
      `${ms(percentile(http, 50))} at ${FIXED_RATE}/s`,
      `${ms(percentile(sql, 50))} at ${FIXED_RATE}/s`,
      `${ms(percentile(fulltext.latencies, 50))} one at a time`,
      `${ms(percentile(like.latencies, 50))} one at a time`,
      '',
    ],
    [
      'search p99',
      ms(p99),
      ms(percentile(sql, 99)),
      ms(percentile(fulltext.latencies, 99)),
      ms(percentile(like.latencies, 99)),
      `≤ ${GOAL_P99_MS} ms ${verdict(p99 !== undefined && p99 <= GOAL_P99_MS && failures.total === 0)}`,
    ],
    ['search max', ms(http.at(-1)), ms(sql.at(-1)), ms(fulltext.latencies.at(-1)), ms(like.latencies.at(-1)), ''],
    [
      'searches/s',
      `${rate(load.length / loadSeconds)} (${LOAD_CONCURRENCY} clients; p50 ${ms(percentile(load, 50))}, p99 ${ms(percentile(load, 99))})`,
      '',
      `${rate(fulltext.latencies.length / ONE_AT_A_TIME_SECONDS)} (1 client)`,
      `${rate(like.latencies.length / ONE_AT_A_TIME_SECONDS)} (1 client)`,
      '',
    ],
    ['failed requests', `${format(failures.total)} of ${format(warm + httpLatencies.length + loaded)}`, '', '', '', ''],
  ];

  console.log(machineLine(app.facts));
  console.log(
    `articles: ${format(Number(sizes!.articles))} (demo city + ${format(ARTICLES)}), content ${format(Number(sizes!.content))} characters on average; ` +
      `${format(Number(sizes!.postings))} postings; written in ${format(insertSeconds, 1)} s (FULLTEXT table ${format(fulltextSeconds, 1)} s); ` +
      `knowledge_articles ${mib('knowledge_articles')} MiB, knowledge_terms ${mib('knowledge_terms')} MiB, FULLTEXT table ${mib('bench_knowledge_fulltext')} MiB ` +
      `(innodb_ft_min_token_size=${ft!.min}, server defaults untouched); then ${format(settled.seconds)} s for InnoDB to write out the set-up ` +
      `(${format(settled.dirty)} of ${format(settled.total)} buffer pool pages dirty at the start), and ${format(calm.seconds)} s for the machine ` +
      `to be quiet (${format(calm.busyPercent)}% busy before measuring)`,
  );
  console.log(
    `queries, in turn: ${QUERIES.join(' | ')}; first pages of ${PAGE_SIZE}, articles valid today; HTTP times from when each request was due ` +
      `(worst send lag ${format(httpRun.worstLagMs, 1)} ms); ${cpuSummary(httpCpu, httpCpuEnd, { rest: true })}`,
  );
  if (failures.total > 0) console.log(`failures:\n    ${failures.describe()}`);
  printProblems(app.log);
  const p = (values: number[] | undefined, at: number) => ms(percentile(ascending(values ?? []), at));
  console.log('\nby query: matches (articles valid today) by each method, and times (HTTP and SQL at the fixed rate, p50 / p99; the others one at a time, p50):');
  printTable([
    ['query', 'matches: postings', 'FULLTEXT', 'LIKE', 'HTTP', 'same SQL', 'FULLTEXT', 'LIKE'],
    ...QUERIES.map((q) => [
      q,
      format(totals.get(q) ?? NaN),
      format(fulltext.totals.get(q) ?? NaN),
      format(like.totals.get(q) ?? NaN),
      `${p(httpByQuery.get(q), 50)} / ${p(httpByQuery.get(q), 99)}`,
      `${p(sqlByQuery.get(q), 50)} / ${p(sqlByQuery.get(q), 99)}`,
      p(fulltext.byQuery.get(q), 50),
      p(like.byQuery.get(q), 50),
    ]),
  ]);
  console.log('');
  printTable(rows);
}

await bench.run(main);
