import { combineCounts } from './sums.js';

/**
 * The sums that every call figure is a ratio of. They add up across calls and periods, so a store can
 * keep them as running totals and a report can merge hours into days.
 */
export interface CallCounts {
  readonly offered: number;
  readonly answered: number;
  readonly answeredInTime: number;
  readonly abandoned: number;
  /** Inside `abandoned` as well. */
  readonly shortAbandoned: number;
  /** The waits of the answered calls, summed. */
  readonly answeredWaitMs: number;
  /** Answered calls that have ended. */
  readonly handled: number;
  /** The talk and after-call work of the handled calls, summed. */
  readonly handleMs: number;
  /** Abandoned calls called back (漏接回拨). */
  readonly calledBack: number;
}

export const ZERO_COUNTS: CallCounts = {
  offered: 0,
  answered: 0,
  answeredInTime: 0,
  abandoned: 0,
  shortAbandoned: 0,
  answeredWaitMs: 0,
  handled: 0,
  handleMs: 0,
  calledBack: 0,
};

export const addCounts = (a: CallCounts, b: CallCounts): CallCounts => combineCounts(a, b, (x, y) => x + y);

/** `a − b`: the change to apply to running totals when a call's contribution goes from `b` to `a`. */
export const subtractCounts = (a: CallCounts, b: CallCounts): CallCounts => combineCounts(a, b, (x, y) => x - y);
