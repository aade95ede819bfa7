import { ratio } from './sums.js';
import type { UnitCounts } from './unit-counts.js';

/** Fractions from 0 to 1, `null` when there was nothing to divide by. */
export interface TicketRates {
  /** 响应率: signed by their sign-due ÷ sign-dues that fell in the period. */
  readonly responseRate: number | null;
  /** 解决率: reached with `solved` ÷ reached. */
  readonly resolutionRate: number | null;
  /** 满意率: satisfied or basically satisfied ÷ reached. */
  readonly satisfactionRate: number | null;
  /** 按时办结率: replies by their (extended) reply-due ÷ replies. */
  readonly onTimeRate: number | null;
  /** 退单率: returned ÷ dispatched. */
  readonly returnRate: number | null;
}

export const ticketRates = (counts: UnitCounts): TicketRates => ({
  responseRate: ratio(counts.signedInTime, counts.signDue),
  resolutionRate: ratio(counts.solved, counts.reached),
  satisfactionRate: ratio(counts.satisfied, counts.reached),
  onTimeRate: ratio(counts.repliedInTime, counts.replies),
  returnRate: ratio(counts.returned, counts.dispatched),
});
