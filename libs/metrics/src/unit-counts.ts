import { combineCounts } from './sums.js';

/**
 * The sums a unit's ticket figures are ratios of, for one period (DOMAIN.md, "Tickets"). Each fact
 * counts in the period it fell in: a sign-due when it fell, a reply when it was sent, a dispatch when
 * it was made, a callback when it ended. Sums add up across days and units, so a daily rollup can be
 * merged into any range and any tier.
 */
export interface UnitCounts {
  /** Assignments whose sign-due fell in the period. */
  readonly signDue: number;
  /** Of those, signed by their sign-due (签收). */
  readonly signedInTime: number;
  /** Replies sent in the period. */
  readonly replies: number;
  /** Of those, sent by their reply-due, extended by any approved extension (延期). */
  readonly repliedInTime: number;
  /** Assignments dispatched in the period. */
  readonly dispatched: number;
  /** Of those, returned (退单) with the centre's approval. */
  readonly returned: number;
  /** Callbacks that reached the citizen (回访). */
  readonly reached: number;
  /** Of those, `solved` (已解决). */
  readonly solved: number;
  /** Of those, satisfied or basically satisfied (满意 / 基本满意). */
  readonly satisfied: number;
  /** Callbacks that did not reach anyone (anonymous, unreachable): flagged, left out of the denominators. */
  readonly unreached: number;
}

export const ZERO_UNIT_COUNTS: UnitCounts = {
  signDue: 0,
  signedInTime: 0,
  replies: 0,
  repliedInTime: 0,
  dispatched: 0,
  returned: 0,
  reached: 0,
  solved: 0,
  satisfied: 0,
  unreached: 0,
};

export const UNIT_COUNT_NAMES = Object.keys(ZERO_UNIT_COUNTS) as readonly (keyof UnitCounts)[];

export const addUnitCounts = (a: UnitCounts, b: UnitCounts): UnitCounts => combineCounts(a, b, (x, y) => x + y);

export const sumUnitCounts = (all: Iterable<UnitCounts>): UnitCounts => [...all].reduce(addUnitCounts, ZERO_UNIT_COUNTS);
