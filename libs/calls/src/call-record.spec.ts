import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { foldCall, type CallRecord } from './call-record.js';
import type { CtiEvent } from './cti-event.js';
import { T0, callEvents, event } from './testing/call-events.js';

const at = (seconds: number): Date => new Date(T0.getTime() + seconds * 1000);

describe('foldCall: the record of a call from its events', () => {
  it('an answered call, in full', () => {
    const events = [event('offered', 0), event('answered', 12, { operatorId: 7 }), event('ended', 192, { operatorId: 7 })];
    expect(foldCall(events)).toEqual({
      callId: 'C1',
      callerNumber: '13800138000',
      line: '12345',
      queue: 'general',
      offeredAt: at(0),
      answeredAt: at(12),
      answeredBy: 7,
      abandonedAt: null,
      endedAt: at(192),
      transferredAt: null,
      transferTo: null,
      status: 'ended',
      waitMs: 12_000,
      talkMs: 180_000,
    });
  });

  it.each<{ why: string; events: CtiEvent[]; record: Partial<CallRecord> }>([
    {
      why: 'answered and ended',
      events: [event('offered', 0), event('answered', 12, { operatorId: 7 }), event('ended', 192)],
      record: { status: 'ended', answeredBy: 7, waitMs: 12_000, talkMs: 180_000 },
    },
    {
      why: 'the same call, its events arriving backwards',
      events: [event('ended', 192), event('answered', 12, { operatorId: 7 }), event('offered', 0)],
      record: { status: 'ended', answeredBy: 7, waitMs: 12_000, talkMs: 180_000 },
    },
    { why: 'still in the queue', events: [event('offered', 0)], record: { status: 'waiting', waitMs: null, talkMs: null } },
    {
      why: 'with an operator',
      events: [event('answered', 8, { operatorId: 3 }), event('offered', 0)],
      record: { status: 'talking', answeredBy: 3, waitMs: 8_000, talkMs: null },
    },
    {
      why: 'abandoned after 3 s',
      events: [event('offered', 0), event('abandoned', 3)],
      record: { status: 'abandoned', abandonedAt: at(3), waitMs: 3_000, talkMs: null },
    },
    {
      why: 'abandoned after 95 s',
      events: [event('abandoned', 95), event('offered', 0)],
      record: { status: 'abandoned', waitMs: 95_000, talkMs: null },
    },
    {
      why: 'answered, transferred to 120 as a three-way call, ended: a transfer is a fact, not a status',
      events: [event('offered', 0), event('answered', 5), event('transferred', 40, { transferTo: '120', threeWay: true }), event('ended', 100)],
      record: { status: 'ended', transferredAt: at(40), transferTo: '120', waitMs: 5_000, talkMs: 95_000 },
    },
    {
      why: 'transferred to a department, not yet ended',
      events: [event('transferred', 60, { transferTo: 'department' }), event('answered', 5), event('offered', 0)],
      record: { status: 'talking', transferTo: 'department', talkMs: null },
    },
    {
      why: 'no offered event: no wait, and the caller from the next event',
      events: [event('answered', 12, { callerNumber: '13900139000' }), event('ended', 72)],
      record: { status: 'ended', offeredAt: null, callerNumber: '13900139000', waitMs: null, talkMs: 60_000 },
    },
    {
      why: 'no offered event on an abandon',
      events: [event('abandoned', 4)],
      record: { status: 'abandoned', offeredAt: null, waitMs: null },
    },
    {
      why: 'the caller, line and queue come from the offered event',
      events: [event('answered', 12, { callerNumber: '13900139000', queue: 'enterprise' }), event('offered', 0, { line: '12315' })],
      record: { callerNumber: '13800138000', line: '12315', queue: 'general' },
    },
    {
      why: 'contradiction: ended without an answer ends the call but claims no answer',
      events: [event('offered', 0), event('ended', 30)],
      record: { status: 'ended', answeredAt: null, endedAt: at(30), waitMs: null, talkMs: null },
    },
    {
      why: 'contradiction: abandoned after an answer is the caller hanging up on the operator',
      events: [event('offered', 0), event('answered', 10), event('abandoned', 70)],
      record: { status: 'ended', abandonedAt: at(70), endedAt: null, waitMs: 10_000, talkMs: 60_000 },
    },
    {
      why: 'contradiction: abandoned after an answer, and ended: the talk runs to the end',
      events: [event('offered', 0), event('answered', 10), event('abandoned', 70), event('ended', 80)],
      record: { status: 'ended', waitMs: 10_000, talkMs: 70_000 },
    },
    {
      why: 'contradiction: an answer stamped after the abandon still outranks it',
      events: [event('offered', 0), event('abandoned', 9), event('answered', 10)],
      record: { status: 'ended', waitMs: 10_000, talkMs: 0 },
    },
    {
      why: 'an abandon that the CTI also closes with an end is an abandon',
      events: [event('offered', 0), event('abandoned', 20), event('ended', 20)],
      record: { status: 'abandoned', waitMs: 20_000, talkMs: null },
    },
    {
      why: 'clock skew: answered 300 ms before its offer waited 0',
      events: [event('offered', 0), event('answered', -0.3), event('ended', 60)],
      record: { status: 'ended', waitMs: 0, talkMs: 60_300 },
    },
    {
      why: 'clock skew: ended before its answer talked 0',
      events: [event('offered', 0), event('answered', 10), event('ended', 9.5)],
      record: { status: 'ended', waitMs: 10_000, talkMs: 0 },
    },
    {
      why: 'two answers: the earlier counts, as in the store',
      events: [event('answered', 14, { operatorId: 9 }), event('offered', 0), event('answered', 11, { operatorId: 4 })],
      record: { status: 'talking', answeredAt: at(11), answeredBy: 4, waitMs: 11_000 },
    },
    {
      why: 'a transfer without a target',
      events: [event('answered', 0), event('transferred', 30)],
      record: { transferredAt: at(30), transferTo: null },
    },
  ])('$why', ({ events, record }) => {
    expect(foldCall(events)).toMatchObject(record);
  });

  it('two answers at the same instant: the same one counts in either order', () => {
    const first = event('answered', 11, { operatorId: 4 });
    const second = event('answered', 11, { operatorId: 9 });
    expect(foldCall([first, second])).toEqual(foldCall([second, first]));
  });

  it.each([
    ['no events', []],
    ['events of two calls', [event('offered', 0), event('answered', 5, { callId: 'C2' })]],
  ])('refuses %s', (_why, events) => {
    expect(() => foldCall(events)).toThrow(RangeError);
  });
});

describe('foldCall: order and repetition do not matter', () => {
  const arrivals = (events: CtiEvent[]) =>
    fc
      .array(fc.constantFrom(...events), { maxLength: 5 })
      .chain((repeats) => fc.shuffledSubarray([...events, ...repeats], { minLength: events.length + repeats.length }));

  it('every order of a set of events, with any of them repeated, folds to the same record', () => {
    fc.assert(
      fc.property(
        callEvents().chain((events) => fc.tuple(fc.constant(events), arrivals(events))),
        ([events, arrival]) => {
          expect(foldCall(arrival)).toEqual(foldCall(events));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a later second event of a type changes nothing, whatever it says', () => {
    const rival = (events: CtiEvent[]) =>
      fc.record({
        of: fc.constantFrom(...events),
        laterMs: fc.integer({ min: 1, max: 60_000 }),
        operatorId: fc.integer({ min: 41, max: 80 }),
        callerNumber: fc.constant('13700137000'),
      });
    fc.assert(
      fc.property(
        callEvents().chain((events) => fc.tuple(fc.constant(events), fc.array(rival(events), { minLength: 1, maxLength: 5 }))),
        ([events, rivals]) => {
          const later = rivals.map(({ of, laterMs, ...content }) => ({ ...of, ...content, at: new Date(of.at.getTime() + laterMs) }));
          expect(foldCall([...later, ...events])).toEqual(foldCall(events));
        },
      ),
    );
  });
});
