/**
 * The system under test as a child process (`dist/apps/all`) on its own database and Redis prefix,
 * and the clean-up that removes all of it at the end, even after a failure or Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { Agent } from 'node:http';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { createPool, type Pool, type RowDataPacket } from 'mysql2/promise';
import { createDatabase, dropDatabase, identifier, onServer } from '#libs/persistence';
import { loadSettings, type Settings } from '#libs/settings';
import { freePort } from '../../support/free-port.ts';
import { send } from './http.ts';
import { format, pidOf } from './report.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const APP_ENTRY = 'dist/apps/all/src/main.js';
const STARTUP_TIMEOUT_MS = 90_000;

export const progress = (message: string): void => void process.stderr.write(`[bench] ${message}\n`);

// ---------------------------------------------------------------- the app under test

export interface AppLog {
  lines: string[];
  /** Warnings and errors, by message. */
  problems: Map<string, number>;
}

function assertBuilt(): void {
  if (!existsSync(`${ROOT}${APP_ENTRY}`)) throw new Error(`${APP_ENTRY} is missing: run npm run build first`);
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

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited. */
export async function stopApp(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** The app's warnings and errors, most frequent first, one a line. */
function problemsOf(log: AppLog, limit = 10): string[] {
  return [...log.problems]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([message, count]) => `${count} × ${message}`);
}

// ---------------------------------------------------------------- the database and Redis

export type Db = { host: string; port: number; user: string; password: string };
const dbOf = (settings: Settings): Db => ({
  host: settings.db.host,
  port: settings.db.port,
  user: settings.db.username,
  password: settings.db.password,
});

export async function deleteRedisKeys(url: string, prefix: string): Promise<void> {
  const client = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length > 0) await client.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    client.disconnect();
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

/**
 * The database and Redis servers' pids when they run on this machine, named as the CPU figures show
 * them (`MySQL server`, `Redis`); a remote server is left out.
 */
function localServerPids(settings: Settings): Record<string, number> {
  const isLocal = (host: string): boolean => ['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host);
  const redisAddress = new URL(settings.redis.url);
  const servers: Record<string, number> = {};
  const databasePid = isLocal(settings.db.host) ? pidOf(['mariadbd', 'mysqld']) : undefined;
  if (databasePid !== undefined) servers['MySQL server'] = databasePid;
  const redisPid = isLocal(redisAddress.hostname) ? pidOf(['redis-server'], `:${redisAddress.port || 6379}`) : undefined;
  if (redisPid !== undefined) servers['Redis'] = redisPid;
  return servers;
}

/** A server status counter (`SHOW GLOBAL STATUS`), e.g. `Questions`, `Innodb_row_lock_waits`. */
export async function globalStatus(pool: Pool, name: string): Promise<number> {
  const [[row]] = await pool.query<RowDataPacket[]>('SHOW GLOBAL STATUS LIKE ?', [name]);
  return Number(row?.Value ?? NaN);
}

/** Statements MySQL and commands Redis have run so far, server-wide: the difference over a phase is its work. */
export async function serverWork(pool: Pool, redis: Redis): Promise<{ statements: number; commands: number }> {
  const commands = /total_commands_processed:(\d+)/.exec(await redis.info('stats'))?.[1];
  return { statements: await globalStatus(pool, 'Questions'), commands: Number(commands) };
}

// ---------------------------------------------------------------- clean-up

type Step = { what: string; step: () => unknown };

/**
 * Steps that undo what a run made (close connections, stop processes, drop databases, delete keys),
 * run once, each whatever the others did; on SIGINT or SIGTERM too, then the process exits. Those
 * `add`ed run in the order added, then those added with `addLast`, in theirs, so that what the app
 * uses goes only once the app has stopped.
 */
export class Cleanup {
  private readonly steps: Step[] = [];
  private readonly lastSteps: Step[] = [];
  private running: Promise<void> | undefined;

  constructor() {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        console.error(`\n${signal}: cleaning up`);
        void this.run().finally(() => process.exit(130));
      });
    }
  }

  add(what: string, step: () => unknown): void {
    this.steps.push({ what, step });
  }

  addLast(what: string, step: () => unknown): void {
    this.lastSteps.push({ what, step });
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      const problems: string[] = [];
      for (const steps of [this.steps, this.lastSteps]) {
        // By index: a step added while the clean-up runs runs too.
        for (let index = 0; index < steps.length; index++) {
          const { what, step } = steps[index]!;
          try {
            await step();
          } catch (error) {
            problems.push(`${what}: ${(error as Error).message}`);
          }
        }
      }
      if (problems.length > 0) console.error(`clean-up problems:\n  ${problems.join('\n  ')}`);
    })();
    return this.running;
  }
}

/** The app's warnings and errors, if it logged any, under a heading. */
export function printProblems(log: AppLog, print: (line: string) => void = console.log, limit = 10): void {
  if (log.problems.size === 0) return;
  print('app warnings and errors (LOG_LEVEL=warn):');
  for (const problem of problemsOf(log, limit)) print(`    ${problem}`);
}

// ---------------------------------------------------------------- a run

/** The app of a run, started and answering, with connections of the bench's own to its servers. */
export interface RunningApp {
  port: number;
  pid: number | undefined;
  log: AppLog;
  startupSeconds: number;
  /** The load average before the app started (`0.52 0.61 0.70`): anything else running shows in it. */
  loadBefore: string;
  /** On the app's database, for the bench's own queries. */
  pool: Pool;
  redis: Redis;
  /** The MySQL and Redis servers' versions and durability settings, for the report. */
  facts: string;
}

/** A raw baseline's database: empty copies of some of the app's tables, and a pool on it. */
export interface TableCopies {
  name: string;
  pool: Pool;
  /** Ends the pool and drops the database (the clean-up does too, if it comes to that). */
  drop: () => Promise<void>;
}

/**
 * One run of a bench: the settings (from the environment, as the app reads them), a database
 * `h12345_bench_{id}` and a Redis prefix `bench:{id}` of its own, and the clean-up that stops the app,
 * drops the run's databases and deletes every key under the prefix, whatever happened.
 */
export class BenchRun {
  readonly settings: Settings = loadSettings(process.env);
  readonly db: Db = dbOf(this.settings);
  readonly id = randomBytes(4).toString('hex');
  readonly database = `h12345_bench_${this.id}`;
  /** Every key of the run is under it: the app's, and a baseline's under `{prefix}:raw…`. */
  readonly redisPrefix = `bench:${this.id}`;
  /** The database and Redis servers, when they run on this machine: their share of the CPU is shown too. */
  readonly servers = localServerPids(this.settings);
  /** Steps `add`ed run before the app is stopped, its databases dropped and its keys deleted. */
  readonly cleanup = new Cleanup();
  private app: { child: ChildProcess; log: AppLog } | undefined;

  constructor() {
    this.cleanup.addLast('stopping the app', () => this.app && stopApp(this.app.child));
    this.cleanup.addLast(`dropping ${this.database}`, () => this.dropDatabase(this.database));
    this.cleanup.addLast(`deleting Redis keys ${this.redisPrefix}*`, () => deleteRedisKeys(this.settings.redis.url, this.redisPrefix));
  }

  /**
   * Starts the app (`dist/apps/all`, LOG_LEVEL=warn) on the run's database and prefix, with `env`
   * besides, and waits until /health answers; then opens a pool (`pool`: its options beside the
   * database's) and a Redis connection for the bench, which the clean-up closes.
   */
  async startApp(env: Record<string, string> = {}, pool: { connectionLimit?: number; charset?: string } = {}): Promise<RunningApp> {
    assertBuilt();
    const loadBefore = loadavg();
    const port = await freePort();
    progress(`starting the app on port ${port} (database ${this.database}, Redis prefix ${this.redisPrefix})`);
    const startedAt = performance.now();
    this.app = startApp({ DB_NAME: this.database, REDIS_PREFIX: this.redisPrefix, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env });
    const { child, log } = this.app;
    await waitForHealth(child, log, port);
    const startupSeconds = (performance.now() - startedAt) / 1000;
    const appPool = createPool({ ...this.db, database: this.database, connectionLimit: 2, timezone: 'Z', ...pool });
    const redis = new Redis(this.settings.redis.url, { maxRetriesPerRequest: 1 });
    this.cleanup.add("closing the bench's pool and Redis connection", async () => {
      redis.disconnect();
      await appPool.end();
    });
    return {
      port,
      pid: child.pid,
      log,
      startupSeconds,
      loadBefore: loadBefore.map((load) => format(load, 2)).join(' '),
      pool: appPool,
      redis,
      facts: await serverFacts(appPool, redis),
    };
  }

  /**
   * A database `{database}_raw` with empty copies of the app's `tables` (`CREATE TABLE … LIKE`: columns
   * and indexes, not foreign keys), the shape of the rows the app writes, for a raw baseline; and a
   * pool of `connectionLimit` connections on it.
   */
  async tableCopies(tables: readonly string[], connectionLimit: number): Promise<TableCopies> {
    const name = `${this.database}_raw`;
    this.cleanup.addLast(`dropping ${name}`, () => this.dropDatabase(name));
    await createDatabase({ ...this.settings.db, database: name });
    for (const table of tables) {
      await onServer(this.settings.db, `CREATE TABLE ${identifier(name)}.${identifier(table)} LIKE ${identifier(this.database)}.${identifier(table)}`);
    }
    const pool = createPool({ ...this.db, database: name, connectionLimit, timezone: 'Z', charset: 'utf8mb4_unicode_ci' });
    return {
      name,
      pool,
      drop: async () => {
        await pool.end();
        await this.dropDatabase(name);
      },
    };
  }

  /** Runs the bench's `main`: on failure says why (with what the app logged) and sets a failing exit code; cleans up either way. */
  async run(main: () => Promise<void>): Promise<void> {
    try {
      await main();
    } catch (error) {
      console.error(`bench failed: ${(error as Error).stack ?? error}`);
      if (this.app) printProblems(this.app.log, console.error, Infinity);
      process.exitCode = 1;
    } finally {
      await this.cleanup.run();
    }
  }

  private dropDatabase(name: string): Promise<void> {
    return dropDatabase({ ...this.settings.db, database: name });
  }
}
