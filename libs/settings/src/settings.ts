/**
 * Everything a deployment sets, read once from the environment. Defaults run the system on one
 * machine against the local MariaDB and Redis; production must set JWT_SECRET.
 */
export interface DatabaseSettings {
  type: 'mysql' | 'mariadb';
  host: string;
  port: number;
  username: string;
  password: string;
  database: string;
}

export interface Settings {
  env: 'development' | 'test' | 'production';
  host: string;
  port: number;
  db: DatabaseSettings;
  redis: { url: string; prefix: string };
  /**
   * How long a worker's hold on a job lasts between renewals. A job whose worker died (killed, out of
   * memory, cut off) is worked again by another after one to two of these.
   */
  queues: { jobLockMs: number };
  /** The key the contact-centre (CTI) system signs its call events with (HMAC-SHA256). */
  cti: { secret: string };
  /** 服务水平: calls answered within 15 s divided by the calls offered (GB/T 33358) or, as some cities report it, by those answered. */
  calls: { serviceLevelDenominator: 'offered' | 'answered' };
  /** 综合评分: the weights of the response, resolution and satisfaction rates (0.2 / 0.4 / 0.4 by default). */
  scoreWeights: { response: number; resolution: number; satisfaction: number };
  jwt: { secret: string; ttlSeconds: number };
  /**
   * The public mailbox's guards against abuse: letters per client IP an hour and per phone number a
   * day, and how many wrong query codes for one ticket number lock its look-ups for how long.
   */
  mailbox: { lettersPerIpPerHour: number; lettersPerPhonePerDay: number; followFailures: number; followLockoutSeconds: number };
  /** The city's deadline profile (`config/policies`): checked against the profiles when the app starts. */
  deadlinePolicy: string;
  /** Where the built web console is (`npm run build:console`), relative to the working directory. */
  consoleDir: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

export class SettingsError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`${variable}: ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

const DEV_JWT_SECRET = 'hotline-12345-development-secret-change-me';
const DEV_CTI_SECRET = 'hotline-12345-development-cti-key-change-me';

/** A key production must set: at least 32 characters, never the development default. */
const secretOf = (env: Env, name: string, development: string, production: boolean): string => {
  const secret = text(env, name, production ? '' : development);
  if (secret.length < 32) throw new SettingsError(name, 'must be set to at least 32 characters');
  return secret;
};

const oneOf = <T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T => {
  const value = env[name] ?? fallback;
  if (!allowed.includes(value as T)) throw new SettingsError(name, `must be one of ${allowed.join(', ')}`);
  return value as T;
};

const integer = (env: Env, name: string, fallback: number, min: number, max: number): number => {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new SettingsError(name, `must be a whole number from ${min} to ${max}`);
  }
  return value;
};

const text = (env: Env, name: string, fallback: string): string => env[name] ?? fallback;

/** `response,resolution,satisfaction`, each from 0 to 1, summing to 1. */
const scoreWeights = (env: Env): Settings['scoreWeights'] => {
  const parts = text(env, 'SCORE_WEIGHTS', '0.2,0.4,0.4').split(',').map(Number);
  const [response, resolution, satisfaction] = parts;
  const valid = parts.length === 3 && parts.every((part) => Number.isFinite(part) && part >= 0 && part <= 1);
  if (!valid || Math.abs(response! + resolution! + satisfaction! - 1) > 1e-9) {
    throw new SettingsError('SCORE_WEIGHTS', 'must be three weights from 0 to 1 summing to 1, e.g. 0.2,0.4,0.4');
  }
  return { response: response!, resolution: resolution!, satisfaction: satisfaction! };
};

export function loadSettings(env: Env = process.env): Settings {
  const runtime = oneOf(env, 'NODE_ENV', ['development', 'test', 'production'], 'development');
  const production = runtime === 'production';
  return {
    env: runtime,
    host: text(env, 'HOST', '0.0.0.0'),
    port: integer(env, 'PORT', 3000, 0, 65535),
    db: {
      type: oneOf(env, 'DB_TYPE', ['mysql', 'mariadb'], 'mariadb'),
      host: text(env, 'DB_HOST', '127.0.0.1'),
      port: integer(env, 'DB_PORT', 3306, 1, 65535),
      username: text(env, 'DB_USER', 'root'),
      password: text(env, 'DB_PASSWORD', ''),
      database: text(env, 'DB_NAME', 'hotline12345'),
    },
    redis: { url: text(env, 'REDIS_URL', 'redis://127.0.0.1:6379'), prefix: text(env, 'REDIS_PREFIX', 'hotline') },
    queues: { jobLockMs: integer(env, 'JOB_LOCK_MS', 30_000, 1_000, 600_000) },
    // Eight hours: one operator shift, so a console is not logged out mid-call.
    jwt: { secret: secretOf(env, 'JWT_SECRET', DEV_JWT_SECRET, production), ttlSeconds: integer(env, 'JWT_TTL_SECONDS', 8 * 3600, 60, 7 * 24 * 3600) },
    cti: { secret: secretOf(env, 'CTI_SECRET', DEV_CTI_SECRET, production) },
    calls: { serviceLevelDenominator: oneOf(env, 'SERVICE_LEVEL_OF', ['offered', 'answered'], 'offered') },
    scoreWeights: scoreWeights(env),
    mailbox: {
      lettersPerIpPerHour: integer(env, 'LETTERS_PER_IP_PER_HOUR', 20, 1, 1_000_000),
      lettersPerPhonePerDay: integer(env, 'LETTERS_PER_PHONE_PER_DAY', 5, 1, 1_000_000),
      followFailures: integer(env, 'FOLLOW_FAILURES', 5, 1, 100),
      followLockoutSeconds: integer(env, 'FOLLOW_LOCKOUT_SECONDS', 15 * 60, 1, 24 * 3600),
    },
    deadlinePolicy: text(env, 'DEADLINE_POLICY', 'guangdong'),
    consoleDir: text(env, 'CONSOLE_DIR', 'dist/console'),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
  };
}

/** The injection token under which a Nest app provides its `Settings`. */
export const SETTINGS = 'HOTLINE_SETTINGS';
