import { describe, expect, it } from '@jest/globals';
import { ZERO_COUNTS, type CallCounts } from './call-counts.js';
import { callFigures, type CallFigures, type ServiceLevelDenominator } from './call-figures.js';

const MINUTE = 60_000;

// A day on target: 1,000 calls offered, 960 answered (816 within 15 s) after 8 s on average, 40
// abandoned (12 within 5 s), 30 of them called back, 950 handled in 3 minutes each with wrap-up.
const DAY: CallCounts = {
  offered: 1000,
  answered: 960,
  answeredInTime: 816,
  abandoned: 40,
  shortAbandoned: 12,
  answeredWaitMs: 960 * 8_000,
  handled: 950,
  handleMs: 950 * 3 * MINUTE,
  calledBack: 30,
};

describe('callFigures', () => {
  it('a day on target, in full', () => {
    expect(callFigures(DAY, { serviceLevelDenominator: 'offered' })).toEqual({
      answerRate: 0.96,
      serviceLevel: 0.816,
      abandonRate: 0.04,
      shortAbandons: 12,
      asaSeconds: 8,
      ahtSeconds: 180,
      missedCallCallbackRate: 0.75,
      offered: 1000,
      answered: 960,
      abandoned: 40,
    });
  });

  it.each<{ why: string; counts: Partial<CallCounts>; denominator?: ServiceLevelDenominator; figures: Partial<CallFigures> }>([
    { why: 'the service level over answered calls instead', counts: DAY, denominator: 'answered', figures: { serviceLevel: 0.85, answerRate: 0.96 } },
    {
      why: 'nothing offered: every rate and mean is null, never NaN',
      counts: {},
      figures: { answerRate: null, serviceLevel: null, abandonRate: null, asaSeconds: null, ahtSeconds: null, missedCallCallbackRate: null, shortAbandons: 0 },
    },
    {
      why: 'nothing offered, service level over answered',
      counts: {},
      denominator: 'answered',
      figures: { serviceLevel: null },
    },
    {
      why: 'three calls still waiting: rates of 0, means null',
      counts: { offered: 3 },
      figures: { answerRate: 0, serviceLevel: 0, abandonRate: 0, asaSeconds: null, ahtSeconds: null, missedCallCallbackRate: null },
    },
    { why: 'three calls still waiting, service level over answered', counts: { offered: 3 }, denominator: 'answered', figures: { serviceLevel: null } },
    {
      why: 'calls in progress are in offered only',
      counts: { offered: 10, answered: 6, answeredInTime: 6, handled: 6, abandoned: 1 },
      figures: { answerRate: 0.6, serviceLevel: 0.6, abandonRate: 0.1 },
    },
    {
      why: 'short abandons are inside the abandon rate and shown apart',
      counts: { offered: 10, answered: 8, abandoned: 2, shortAbandoned: 2 },
      figures: { abandonRate: 0.2, shortAbandons: 2, abandoned: 2 },
    },
    {
      why: 'every call abandoned, none called back',
      counts: { offered: 4, abandoned: 4, shortAbandoned: 1 },
      figures: { answerRate: 0, abandonRate: 1, missedCallCallbackRate: 0, asaSeconds: null },
    },
    {
      why: 'ASA: waits of 3, 5, 10 and 12 s average 7.5 s',
      counts: { offered: 4, answered: 4, answeredInTime: 4, handled: 4, answeredWaitMs: 30_000 },
      figures: { asaSeconds: 7.5, serviceLevel: 1 },
    },
    {
      why: 'AHT: 3 min of talk and 30 s of wrap-up each',
      counts: { offered: 2, answered: 2, handled: 2, handleMs: 2 * (3 * MINUTE + 30_000) },
      figures: { ahtSeconds: 210 },
    },
    {
      why: 'a single call answered after 16 s: answered, not in time',
      counts: { offered: 1, answered: 1, handled: 1, answeredWaitMs: 16_000 },
      figures: { answerRate: 1, serviceLevel: 0, asaSeconds: 16 },
    },
    {
      why: 'missed calls: 6 of 8 called back',
      counts: { offered: 20, answered: 12, abandoned: 8, calledBack: 6 },
      figures: { missedCallCallbackRate: 0.75, abandonRate: 0.4 },
    },
  ])('$why', ({ counts, denominator = 'offered', figures }) => {
    expect(callFigures({ ...ZERO_COUNTS, ...counts }, { serviceLevelDenominator: denominator })).toMatchObject(figures);
  });
});
