import { ratio } from './sums.js';
import type { CallCounts } from './call-counts.js';

/** What the service level divides by: GB/T 33358 uses offered; some cities use answered. */
export const SERVICE_LEVEL_DENOMINATORS = ['offered', 'answered'] as const;
export type ServiceLevelDenominator = (typeof SERVICE_LEVEL_DENOMINATORS)[number];

export interface CallFigureOptions {
  readonly serviceLevelDenominator: ServiceLevelDenominator;
}

/** Rates are fractions from 0 to 1, and `null` when nothing was there to divide by. */
export interface CallFigures {
  /** 接通率: answered ÷ offered (GB/T 33358: ≥ 95 % over 24 hours). */
  readonly answerRate: number | null;
  /** 服务水平: answered in time ÷ the chosen denominator. */
  readonly serviceLevel: number | null;
  /** 放弃率: abandoned ÷ offered, short abandons included. */
  readonly abandonRate: number | null;
  /** Short abandons (< 5 s by default), shown beside the abandon rate rather than taken out of it. */
  readonly shortAbandons: number;
  /** ASA 平均应答时间: the mean wait of answered calls. */
  readonly asaSeconds: number | null;
  /** AHT 平均处理时长: the mean talk and after-call work of handled calls. */
  readonly ahtSeconds: number | null;
  /** 漏接回拨率: abandoned calls called back ÷ abandoned calls. */
  readonly missedCallCallbackRate: number | null;
  readonly offered: number;
  readonly answered: number;
  readonly abandoned: number;
}

/**
 * The call figures of DOMAIN.md. Short abandons stay inside `abandoned` and the abandon rate: that rate
 * is abandoned ÷ offered as defined, and taking them out of one side only would leave offered calls
 * that are neither answered nor abandoned; they are counted apart so that a reader sees how much of
 * the rate is callers who hung up at once.
 */
export function callFigures(counts: CallCounts, { serviceLevelDenominator }: CallFigureOptions): CallFigures {
  return {
    answerRate: ratio(counts.answered, counts.offered),
    serviceLevel: ratio(counts.answeredInTime, counts[serviceLevelDenominator]),
    abandonRate: ratio(counts.abandoned, counts.offered),
    shortAbandons: counts.shortAbandoned,
    asaSeconds: ratio(counts.answeredWaitMs / 1000, counts.answered),
    ahtSeconds: ratio(counts.handleMs / 1000, counts.handled),
    missedCallCallbackRate: ratio(counts.calledBack, counts.abandoned),
    offered: counts.offered,
    answered: counts.answered,
    abandoned: counts.abandoned,
  };
}
