import type { ConnectionOptions, RedisOptions } from 'bullmq';

// Reconnect every second at most: BullMQ's default backs off to 20 s, which would leave queues idle
// for that long after a short Redis restart. A connection attempt a second costs nothing.
const retryStrategy = (attempt: number): number => Math.min(attempt * 100, 1000);

/**
 * What producers (queues, the socket emitter) connect with: a command fails at once while Redis is
 * away (`enableOfflineQueue: false`) or after 2 s if it hangs, instead of waiting for a reconnect, so
 * a caller holding row locks or an HTTP request is never parked behind an outage.
 */
export const failFastOptions = {
  retryStrategy,
  enableOfflineQueue: false,
  commandTimeout: 2000,
} satisfies RedisOptions;

/**
 * A BullMQ queue's connection: fail-fast, and without the version check. BullMQ sends that (INFO)
 * once, when the queue is made, and keeps its outcome for the queue's life; under fail-fast options a
 * Redis restart during that first command would leave the queue failing every later command.
 * Workers, which wait out restarts, still check.
 */
export const producerConnection = (url: string): RedisOptions => ({ url, ...failFastOptions, skipVersionCheck: true });

/**
 * What a worker makes of its queue's connection: the same server, but commands wait for the
 * reconnect (`maxRetriesPerRequest: null`, offline queue on), so finishing a job survives a Redis
 * restart; and no command timeout, which would cut the worker's blocking reads short.
 */
export function workerConnection(queue: ConnectionOptions): ConnectionOptions {
  const { enableOfflineQueue: _offline, commandTimeout: _timeout, skipVersionCheck: _check, ...rest } = queue as RedisOptions;
  return { ...rest, maxRetriesPerRequest: null };
}
