import { describe, expect, it } from '@jest/globals';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { ZERO_COUNTS, type CallCounts } from '#libs/metrics';
import type { Settings } from '#libs/settings';
import { DAY_TTL_SECONDS, MINUTE_TTL_SECONDS } from './buckets.js';
import type { CountedCounts } from '#libs/metrics';
import { CallStats } from './call-stats.js';

/** A MULTI that writes down its commands. */
function recordingRedis() {
  const commands: (string | number)[][] = [];
  const multi = {
    hincrby: (key: string, field: string, by: number) => void commands.push(['hincrby', key, field, by]),
    expire: (key: string, seconds: number) => void commands.push(['expire', key, seconds]),
    del: (...keys: string[]) => void commands.push(['del', ...keys]),
    exec: async () => [],
  };
  return { redis: { multi: () => multi } as unknown as Redis, commands };
}

const statsOn = (redis: Redis) => new CallStats(redis, {} as DataSource, { redis: { prefix: 'p' } } as Settings);
const counts = (partial: Partial<CallCounts>): CallCounts => ({ ...ZERO_COUNTS, ...partial });

describe('CallStats.apply', () => {
  it('sums a batch of changes per bucket: one HINCRBY per bucket and count, one EXPIRE per bucket', async () => {
    const { redis, commands } = recordingRedis();
    const changes: CountedCounts[] = [
      { at: new Date('2026-11-23T01:15:10Z'), counts: counts({ offered: 1 }) },
      // The same call answered: out of its old contribution, into its new.
      { at: new Date('2026-11-23T01:15:10Z'), counts: counts({ offered: -1 }) },
      { at: new Date('2026-11-23T01:15:10Z'), counts: counts({ offered: 1, answered: 1, answeredInTime: 1, answeredWaitMs: 8_000 }) },
      { at: new Date('2026-11-23T01:15:59Z'), counts: counts({ offered: 1, abandoned: 1, shortAbandoned: 1 }) },
      { at: new Date('2026-11-23T01:16:00Z'), counts: counts({ offered: 1 }) },
    ];
    await statsOn(redis).apply(changes);
    expect(commands).toEqual([
      ['hincrby', 'p:calls:m:202611230915', 'offered', 2],
      ['hincrby', 'p:calls:m:202611230915', 'answered', 1],
      ['hincrby', 'p:calls:m:202611230915', 'answeredInTime', 1],
      ['hincrby', 'p:calls:m:202611230915', 'abandoned', 1],
      ['hincrby', 'p:calls:m:202611230915', 'shortAbandoned', 1],
      ['hincrby', 'p:calls:m:202611230915', 'answeredWaitMs', 8_000],
      ['expire', 'p:calls:m:202611230915', MINUTE_TTL_SECONDS],
      ['hincrby', 'p:calls:d:20261123', 'offered', 3],
      ['hincrby', 'p:calls:d:20261123', 'answered', 1],
      ['hincrby', 'p:calls:d:20261123', 'answeredInTime', 1],
      ['hincrby', 'p:calls:d:20261123', 'abandoned', 1],
      ['hincrby', 'p:calls:d:20261123', 'shortAbandoned', 1],
      ['hincrby', 'p:calls:d:20261123', 'answeredWaitMs', 8_000],
      ['expire', 'p:calls:d:20261123', DAY_TTL_SECONDS],
      ['hincrby', 'p:calls:m:202611230916', 'offered', 1],
      ['expire', 'p:calls:m:202611230916', MINUTE_TTL_SECONDS],
    ]);
  });

  it('adds to each bucket what the changes add up to, across midnight in Shanghai', async () => {
    const { redis, commands } = recordingRedis();
    await statsOn(redis).apply([
      { at: new Date('2026-11-23T15:59:59.999Z'), counts: counts({ offered: 1, handled: 1, handleMs: 90_000 }) },
      { at: new Date('2026-11-23T16:00:00Z'), counts: counts({ offered: 1 }) },
    ]);
    const totals = new Map<string, number>();
    for (const [command, key, field, by] of commands) if (command === 'hincrby') totals.set(`${key} ${field}`, by as number);
    expect(Object.fromEntries(totals)).toEqual({
      'p:calls:m:202611232359 offered': 1,
      'p:calls:m:202611232359 handled': 1,
      'p:calls:m:202611232359 handleMs': 90_000,
      'p:calls:d:20261123 offered': 1,
      'p:calls:d:20261123 handled': 1,
      'p:calls:d:20261123 handleMs': 90_000,
      'p:calls:m:202611240000 offered': 1,
      'p:calls:d:20261124 offered': 1,
    });
  });
});
