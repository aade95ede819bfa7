import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { addCounts, callFigures, ZERO_COUNTS, type CallCounts, type CountedCounts } from '#libs/metrics';
import { REDIS } from '#libs/platform';
import { SETTINGS, type Settings } from '#libs/settings';
import type { CallBoard } from './call-board.js';
import { dayKey, DAY_TTL_SECONDS, lastMinutes, minuteKey, MINUTE_TTL_SECONDS } from './buckets.js';

const FIELDS = Object.keys(ZERO_COUNTS) as (keyof CallCounts)[];

const countsOf = (hash: Record<string, string>): CallCounts =>
  Object.fromEntries(FIELDS.map((field) => [field, Number(hash[field] ?? 0)])) as unknown as CallCounts;

/**
 * The live call figures: running sums per minute and per day in Redis, changed by each call event's
 * delta, so a figure is a handful of hash reads however many calls a day has. MySQL stays the truth:
 * `CallLedger.rebuildFigures` writes them again from the calls table.
 */
@Injectable()
export class CallStats {
  private readonly prefix: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {
    this.prefix = settings.redis.prefix;
  }

  /** Adds the changes to their buckets, all or none (MULTI). */
  apply(changes: readonly CountedCounts[]): Promise<void> {
    return this.applyTo(this.redis.multi(), changes);
  }

  /**
   * Puts in place the counts of every call offered since `since` (at most a day ago): the buckets
   * from then to `now` are emptied and filled in one MULTI.
   */
  replaceSince(since: Date, now: Date, changes: readonly CountedCounts[]): Promise<void> {
    const minutes = lastMinutes(this.prefix, now, Math.ceil((now.getTime() - since.getTime()) / 60_000) + 1);
    const pipeline = this.redis.multi();
    pipeline.del(...new Set([...minutes, dayKey(this.prefix, since), dayKey(this.prefix, now)]));
    return this.applyTo(pipeline, changes);
  }

  async board(now = new Date()): Promise<CallBoard> {
    const hour = lastMinutes(this.prefix, now, 60);
    const pipeline = this.redis.pipeline();
    pipeline.hgetall(dayKey(this.prefix, now));
    for (const key of hour) pipeline.hgetall(key);
    const [results, [waiting], presence] = await Promise.all([
      pipeline.exec(),
      // A caller does not wait an hour: a call still waiting after that lost its end, and must not hold the figures up for ever.
      this.db.query("SELECT COUNT(*) AS n, MIN(offered_at) AS oldest FROM calls WHERE status = 'waiting' AND offered_at >= ?", [new Date(now.getTime() - 3600_000)]),
      this.db.query("SELECT state AS k, COUNT(*) AS n FROM operator_presence WHERE state <> 'offline' GROUP BY state"),
    ]);
    const hashes = (results ?? []).map(([error, hash]) => {
      if (error) throw error;
      return countsOf(hash as Record<string, string>);
    });
    const sum = (counts: CallCounts[]) => counts.reduce(addCounts, ZERO_COUNTS);
    const figures = (counts: CallCounts) => callFigures(counts, { serviceLevelDenominator: this.settings.calls.serviceLevelDenominator });
    const oldest = waiting.oldest ? new Date(waiting.oldest).getTime() : null;
    return {
      today: figures(hashes[0]!),
      last15Minutes: figures(sum(hashes.slice(1, 16))),
      lastHour: figures(sum(hashes.slice(1))),
      live: {
        waiting: Number(waiting.n),
        longestWaitSeconds: oldest === null ? 0 : Math.max(0, Math.round((now.getTime() - oldest) / 1000)),
        operatorsByState: Object.fromEntries(presence.map((row: { k: string; n: string }) => [row.k, Number(row.n)])),
      },
      serviceLevelDenominator: this.settings.calls.serviceLevelDenominator,
      at: now.toISOString(),
    };
  }

  /**
   * Summed by bucket first: a batch of calls touches a handful of buckets however many calls it has,
   * so it costs one HINCRBY per bucket and count, and one EXPIRE per bucket, not as many per call.
   */
  private async applyTo(pipeline: ReturnType<Redis['multi']>, changes: readonly CountedCounts[]): Promise<void> {
    const buckets = new Map<string, { ttl: number; counts: Record<keyof CallCounts, number> }>();
    // A batch's calls fall in a few minutes: their keys are named once a minute, not once a change.
    const keysOfMinute = new Map<number, readonly (readonly [string, number])[]>();
    for (const { at, counts } of changes) {
      const minute = Math.floor(at.getTime() / 60_000);
      let keys = keysOfMinute.get(minute);
      if (!keys) {
        keys = [[minuteKey(this.prefix, at), MINUTE_TTL_SECONDS], [dayKey(this.prefix, at), DAY_TTL_SECONDS]];
        keysOfMinute.set(minute, keys);
      }
      for (const [key, ttl] of keys) {
        let bucket = buckets.get(key);
        if (!bucket) buckets.set(key, (bucket = { ttl, counts: { ...ZERO_COUNTS } }));
        for (const field of FIELDS) bucket.counts[field] += counts[field];
      }
    }
    for (const [key, { ttl, counts }] of buckets) {
      for (const field of FIELDS) if (counts[field] !== 0) pipeline.hincrby(key, field, counts[field]);
      pipeline.expire(key, ttl);
    }
    await pipeline.exec();
  }
}
