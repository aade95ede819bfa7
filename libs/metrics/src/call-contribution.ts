import type { CallRecord } from '#libs/calls';
import { ZERO_COUNTS, type CallCounts } from './call-counts.js';

export interface CallMetricOptions {
  /** GB/T 33358: answered within 15 s; a wait of exactly the limit is within it. */
  readonly serviceLevelSeconds: number;
  /** A caller who hangs up sooner than this has barely waited: counted apart. */
  readonly shortAbandonSeconds: number;
}

export const DEFAULT_CALL_METRIC_OPTIONS: CallMetricOptions = { serviceLevelSeconds: 15, shortAbandonSeconds: 5 };

/** What the CTI's events do not say about a call. */
export interface CallExtras {
  /** After-call work (话后处理): the operator's time on the call's record once the caller has gone. */
  readonly wrapUpMs?: number;
  /** A missed call only: the centre has called the citizen back. */
  readonly calledBack?: boolean;
}

/**
 * The instant whose period a call counts in: its offer, or, when the CTI never sent that, its first
 * known instant, the earliest anyone can say it was in the queue. A late offer can move a call into
 * another period: its old contribution then leaves the old period and the new one enters the new.
 */
export function countedAt(record: CallRecord): Date {
  if (record.offeredAt !== null) return record.offeredAt;
  const known = [record.answeredAt, record.abandonedAt, record.endedAt, record.transferredAt].filter((at) => at !== null);
  return new Date(Math.min(...known.map((at) => at.getTime())));
}

/**
 * What one call adds to the counts of the period it is counted in (`countedAt`). A call counts as
 * offered at once; as answered (with its wait) from the answer, so that the live answer rate does not
 * wait for the talk to end; as handled (talk and after-call work) once it has ended; as abandoned (and
 * called back) if so. An `ended` call without an answer claims neither an answer nor an abandon. A
 * call whose offer never came has waited 0, as `countedAt` says it was first seen when answered or
 * abandoned. Contributions add up, so a store keeps running sums and moves a call's counts with
 * `countsMoved` when a late event changes it.
 */
export function callContribution(record: CallRecord, extras: CallExtras, options: CallMetricOptions = DEFAULT_CALL_METRIC_OPTIONS): CallCounts {
  const offered = { ...ZERO_COUNTS, offered: 1 };
  const waitMs = record.waitMs ?? 0;
  if (record.status === 'abandoned') {
    return {
      ...offered,
      abandoned: 1,
      shortAbandoned: waitMs < options.shortAbandonSeconds * 1000 ? 1 : 0,
      calledBack: extras.calledBack === true ? 1 : 0,
    };
  }
  if (record.answeredAt === null) return offered;
  const answered = {
    ...offered,
    answered: 1,
    answeredInTime: waitMs <= options.serviceLevelSeconds * 1000 ? 1 : 0,
    answeredWaitMs: waitMs,
  };
  // Only an answered call that has ended has a talk time (see foldCall).
  if (record.talkMs === null) return answered;
  return { ...answered, handled: 1, handleMs: record.talkMs + (extras.wrapUpMs ?? 0) };
}
