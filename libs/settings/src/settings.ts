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
  jwt: { secret: string; ttlSeconds: number };
  /** The city's deadline profile (`config/policies`): checked against the profiles when the app starts. */
  deadlinePolicy: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

export class SettingsError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`${variable}: ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

const DEV_JWT_SECRET = 'hotline-12345-development-secret-change-me';

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

export function loadSettings(env: Env = process.env): Settings {
  const runtime = oneOf(env, 'NODE_ENV', ['development', 'test', 'production'], 'development');
  const secret = text(env, 'JWT_SECRET', runtime === 'production' ? '' : DEV_JWT_SECRET);
  if (secret.length < 32) throw new SettingsError('JWT_SECRET', 'must be set to at least 32 characters');
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
    // Eight hours: one operator shift, so a console is not logged out mid-call.
    jwt: { secret, ttlSeconds: integer(env, 'JWT_TTL_SECONDS', 8 * 3600, 60, 7 * 24 * 3600) },
    deadlinePolicy: text(env, 'DEADLINE_POLICY', 'guangdong'),
    logLevel: oneOf(env, 'LOG_LEVEL', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
  };
}

/** The injection token under which a Nest app provides its `Settings`. */
export const SETTINGS = 'HOTLINE_SETTINGS';
