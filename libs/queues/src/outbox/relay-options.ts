/** How the outbox relay paces itself; `QueuesModule.forRoot` takes overrides. */
export interface OutboxRelayOptions {
  /** How often to look for rows nobody nudged about (another instance's, or left by a crash). */
  pollIntervalMs: number;
  /** Rows claimed and published per transaction. */
  batchSize: number;
  /** Longest a publish may hold its claimed rows before they are counted as failed. */
  publishTimeoutMs: number;
  /** Ceiling of the backoff between attempts while publishing fails. */
  maxBackoffMs: number;
  /** Published rows older than this are deleted. */
  retentionMs: number;
  /** How often to delete them. */
  purgeIntervalMs: number;
}

export const DEFAULT_RELAY_OPTIONS: OutboxRelayOptions = {
  pollIntervalMs: 250,
  batchSize: 200,
  publishTimeoutMs: 2000,
  maxBackoffMs: 2000,
  retentionMs: 7 * 24 * 3600 * 1000,
  purgeIntervalMs: 3600 * 1000,
};

export const OUTBOX_RELAY_OPTIONS = 'HOTLINE_OUTBOX_RELAY_OPTIONS';

/** The wait after `failures` failed passes in a row: doubling from the poll interval up to the ceiling. */
export const backoffMs = (options: OutboxRelayOptions, failures: number): number =>
  Math.min(options.pollIntervalMs * 2 ** failures, options.maxBackoffMs);
