import { describe, expect, it } from '@jest/globals';
import { foldCall, type CallRecord, type CtiEvent } from '#libs/calls';
import fc from 'fast-check';
import { T0, callEvents, event } from '../../calls/src/testing/call-events.js';
import { DEFAULT_CALL_METRIC_OPTIONS, callContribution, countedAt, type CallExtras, type CallMetricOptions } from './call-contribution.js';
import { ZERO_COUNTS, addCounts, subtractCounts, type CallCounts } from './call-counts.js';

const at = (seconds: number): Date => new Date(T0.getTime() + seconds * 1000);
const OFFERED_ONLY: CallCounts = { ...ZERO_COUNTS, offered: 1 };
const answered = (waitMs: number, handleMs: number, inTime = true): CallCounts => ({
  ...OFFERED_ONLY,
  answered: 1,
  answeredInTime: inTime ? 1 : 0,
  answeredWaitMs: waitMs,
  handled: 1,
  handleMs,
});
const abandoned = (short: boolean, calledBack = false): CallCounts => ({
  ...OFFERED_ONLY,
  abandoned: 1,
  shortAbandoned: short ? 1 : 0,
  calledBack: calledBack ? 1 : 0,
});

describe('callContribution: what one call adds to its period', () => {
  it.each<{ why: string; events: CtiEvent[]; extras?: CallExtras; options?: CallMetricOptions; counts: CallCounts }>([
    {
      why: 'answered at exactly 15 s: within 15 s',
      events: [event('offered', 0), event('answered', 15), event('ended', 195)],
      counts: answered(15_000, 180_000),
    },
    {
      why: 'answered at 15.001 s: late',
      events: [event('offered', 0), event('answered', 15.001), event('ended', 195)],
      counts: answered(15_001, 179_999, false),
    },
    {
      why: 'a city with a 20 s service level: 18 s is in time',
      events: [event('offered', 0), event('answered', 18), event('ended', 78)],
      options: { ...DEFAULT_CALL_METRIC_OPTIONS, serviceLevelSeconds: 20 },
      counts: answered(18_000, 60_000),
    },
    {
      why: 'handle time is talk and after-call work',
      events: [event('offered', 0), event('answered', 3), event('ended', 183)],
      extras: { wrapUpMs: 30_000 },
      counts: answered(3_000, 210_000),
    },
    { why: 'abandoned at 4.999 s: short', events: [event('offered', 0), event('abandoned', 4.999)], counts: abandoned(true) },
    { why: 'abandoned at exactly 5 s: not short', events: [event('offered', 0), event('abandoned', 5)], counts: abandoned(false) },
    {
      why: 'abandoned and called back',
      events: [event('offered', 0), event('abandoned', 40)],
      extras: { calledBack: true },
      counts: abandoned(false, true),
    },
    {
      why: 'a call-back counts for missed calls only',
      events: [event('offered', 0), event('answered', 5), event('ended', 65)],
      extras: { calledBack: true },
      counts: answered(5_000, 60_000),
    },
    { why: 'waiting: offered only', events: [event('offered', 0)], counts: OFFERED_ONLY },
    {
      why: 'talking: answered at once, handled once it ends',
      events: [event('offered', 0), event('answered', 5)],
      extras: { wrapUpMs: 9_000 },
      counts: { ...OFFERED_ONLY, answered: 1, answeredInTime: 1, answeredWaitMs: 5_000 },
    },
    { why: 'ended without an answer: offered only', events: [event('offered', 0), event('ended', 30)], counts: OFFERED_ONLY },
    {
      why: 'abandoned after an answer: answered, handled up to the hang-up',
      events: [event('offered', 0), event('answered', 10), event('abandoned', 70)],
      counts: answered(10_000, 60_000),
    },
    { why: 'no offer: answered with no wait', events: [event('answered', 12), event('ended', 72)], counts: answered(0, 60_000) },
    { why: 'no offer: abandoned with no wait, so short', events: [event('abandoned', 30)], counts: abandoned(true) },
    {
      why: 'clock skew: answered before its offer waited 0',
      events: [event('offered', 0), event('answered', -0.2), event('ended', 60)],
      counts: answered(0, 60_200),
    },
  ])('$why', ({ events, extras = {}, options, counts }) => {
    expect(callContribution(foldCall(events), extras, options)).toEqual(counts);
  });
});

describe('countedAt: the instant whose period a call counts in', () => {
  it.each<{ why: string; events: CtiEvent[]; counted: Date }>([
    { why: 'its offer', events: [event('offered', 0), event('answered', 12)], counted: at(0) },
    { why: 'its offer, even with an answer stamped earlier', events: [event('offered', 0), event('answered', -1)], counted: at(0) },
    { why: 'no offer: its answer', events: [event('ended', 72), event('answered', 12)], counted: at(12) },
    { why: 'no offer: its abandon', events: [event('abandoned', 30)], counted: at(30) },
    { why: 'no offer: the earliest of what is known', events: [event('ended', 90), event('transferred', 40)], counted: at(40) },
  ])('$why', ({ events, counted }) => {
    expect(countedAt(foldCall(events))).toEqual(counted);
  });
});

interface Call {
  readonly record: CallRecord;
  readonly wrapUpMs: number;
  readonly calledBack: boolean;
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);

/** The counts of a list of calls by their definitions, with no contribution in sight. */
function countDirectly(calls: readonly Call[], { serviceLevelSeconds, shortAbandonSeconds }: CallMetricOptions): CallCounts {
  const wait = ({ record }: Call): number => record.waitMs ?? 0;
  const answeredCalls = calls.filter(({ record }) => record.answeredAt !== null);
  const answeredAndEnded = answeredCalls.filter(({ record }) => record.status === 'ended');
  const abandonedCalls = calls.filter(({ record }) => record.status === 'abandoned');
  return {
    offered: calls.length,
    answered: answeredCalls.length,
    answeredInTime: answeredCalls.filter((call) => wait(call) <= serviceLevelSeconds * 1000).length,
    abandoned: abandonedCalls.length,
    shortAbandoned: abandonedCalls.filter((call) => wait(call) < shortAbandonSeconds * 1000).length,
    answeredWaitMs: sum(answeredCalls.map(wait)),
    handled: answeredAndEnded.length,
    handleMs: sum(answeredAndEnded.map(({ record, wrapUpMs }) => record.talkMs! + wrapUpMs)),
    calledBack: abandonedCalls.filter((call) => call.calledBack).length,
  };
}

const options: fc.Arbitrary<CallMetricOptions> = fc.record({
  serviceLevelSeconds: fc.integer({ min: 5, max: 30 }),
  shortAbandonSeconds: fc.integer({ min: 1, max: 10 }),
});
const extras = fc.record({ wrapUpMs: fc.integer({ min: 0, max: 120_000 }), calledBack: fc.boolean() });

describe('contributions add up', () => {
  it('the sum of the contributions of a list of calls is its direct count', () => {
    const call: fc.Arbitrary<Call> = fc.tuple(callEvents(), extras).map(([events, more]) => ({ record: foldCall(events), ...more }));
    fc.assert(
      fc.property(fc.array(call, { maxLength: 30 }), options, (calls, chosen) => {
        const total = calls.map(({ record, ...more }) => callContribution(record, more, chosen)).reduce(addCounts, ZERO_COUNTS);
        expect(total).toEqual(countDirectly(calls, chosen));
      }),
      { numRuns: 300 },
    );
  });

  it('running totals kept by deltas, event by event in any order, end at the sum of the final contributions', () => {
    const calls = fc
      .array(extras, { minLength: 1, maxLength: 10 })
      .chain((list) => fc.tuple(...list.map((more, index) => callEvents(`C${index}`).map((events) => ({ events, ...more })))));
    const inAnyOrder = <T>(items: T[]) => fc.shuffledSubarray(items, { minLength: items.length });
    fc.assert(
      fc.property(
        calls.chain((list) => fc.tuple(fc.constant(list), inAnyOrder(list.flatMap(({ events }) => events)))),
        options,
        ([list, arrival], chosen) => {
          const extrasOf = new Map(list.map(({ events, ...more }) => [events[0]!.callId, more]));
          const contributionOf = (events: readonly CtiEvent[]): CallCounts =>
            events.length === 0 ? ZERO_COUNTS : callContribution(foldCall(events), extrasOf.get(events[0]!.callId)!, chosen);
          const seen = new Map<string, CtiEvent[]>();
          let totals = ZERO_COUNTS;
          for (const next of arrival) {
            const before = seen.get(next.callId) ?? [];
            const after = [...before, next];
            seen.set(next.callId, after);
            totals = addCounts(totals, subtractCounts(contributionOf(after), contributionOf(before)));
          }
          expect(totals).toEqual(list.map(({ events }) => contributionOf(events)).reduce(addCounts, ZERO_COUNTS));
        },
      ),
      { numRuns: 200 },
    );
  });
});
