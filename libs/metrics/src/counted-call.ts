import type { CallRecord } from '#libs/calls';
import { callContribution, countedAt, DEFAULT_CALL_METRIC_OPTIONS, type CallExtras, type CallMetricOptions } from './call-contribution.js';
import { subtractCounts, ZERO_COUNTS, type CallCounts } from './call-counts.js';

/** Counts and the instant whose period they belong to: what a store adds to that period's running sums. */
export interface CountedCounts {
  readonly at: Date;
  readonly counts: CallCounts;
}

/** A call's contribution, in the period it is counted in. */
export const countedCall = (record: CallRecord, extras: CallExtras, options: CallMetricOptions = DEFAULT_CALL_METRIC_OPTIONS): CountedCounts => ({
  at: countedAt(record),
  counts: callContribution(record, extras, options),
});

/**
 * What the running sums must add when a call's counts go from `before` to `after` (null: not counted
 * yet, or no more): the old counts taken out of the old period, the new put into the new one — which
 * may differ, when a late offer moves the call.
 */
export function countsMoved(before: CountedCounts | null, after: CountedCounts | null): CountedCounts[] {
  return [...(before ? [{ at: before.at, counts: subtractCounts(ZERO_COUNTS, before.counts) }] : []), ...(after ? [after] : [])];
}
