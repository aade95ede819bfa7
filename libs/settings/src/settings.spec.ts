import { describe, expect, it } from '@jest/globals';
import { loadSettings, SettingsError } from './settings.js';

describe('loadSettings', () => {
  it('runs on the local services with no environment at all', () => {
    const settings = loadSettings({});
    expect(settings.db).toEqual({
      type: 'mariadb',
      host: '127.0.0.1',
      port: 3306,
      username: 'root',
      password: '',
      database: 'hotline12345',
    });
    expect(settings.redis).toEqual({ url: 'redis://127.0.0.1:6379', prefix: 'hotline' });
    expect(settings.port).toBe(3000);
    expect(settings.queues.jobLockMs).toBe(30_000);
    expect(settings.scoreWeights).toEqual({ response: 0.2, resolution: 0.4, satisfaction: 0.4 });
  });

  it('reads every variable it documents', () => {
    const settings = loadSettings({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      CTI_SECRET: 'c'.repeat(40),
      PORT: '8080',
      DB_TYPE: 'mysql',
      DB_NAME: 'city',
      REDIS_PREFIX: '{hotline}',
      JWT_TTL_SECONDS: '600',
      JOB_LOCK_MS: '5000',
      SCORE_WEIGHTS: '0.3,0.35,0.35',
    });
    expect(settings.scoreWeights).toEqual({ response: 0.3, resolution: 0.35, satisfaction: 0.35 });
    expect(settings).toMatchObject({ env: 'production', port: 8080, jwt: { ttlSeconds: 600 }, queues: { jobLockMs: 5000 } });
    expect(settings.db).toMatchObject({ type: 'mysql', database: 'city' });
    expect(settings.redis.prefix).toBe('{hotline}');
  });

  it.each([
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }, 'CTI_SECRET'],
    [{ CTI_SECRET: 'short' }, 'CTI_SECRET'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DB_TYPE: 'postgres' }, 'DB_TYPE'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ JOB_LOCK_MS: '10' }, 'JOB_LOCK_MS'],
    [{ SCORE_WEIGHTS: '0.2,0.4' }, 'SCORE_WEIGHTS'],
    [{ SCORE_WEIGHTS: '0.5,0.5,0.5' }, 'SCORE_WEIGHTS'],
    [{ SCORE_WEIGHTS: '0.2,0.4,x' }, 'SCORE_WEIGHTS'],
    [{ SCORE_WEIGHTS: '-0.2,0.6,0.6' }, 'SCORE_WEIGHTS'],
  ])('refuses %j naming %s', (env, variable) => {
    expect(() => loadSettings(env)).toThrow(SettingsError);
    expect(() => loadSettings(env)).toThrow(new RegExp(`^${variable}:`));
  });
});
