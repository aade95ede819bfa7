// Test data for the call and metric specs (not exported from the library).
import fc from 'fast-check';
import { CALL_TRANSFER_TARGETS, CTI_EVENT_TYPES, type CtiEvent, type CtiEventType } from '../cti-event.js';

/** Monday 2 March 2026, 09:00 in Asia/Shanghai: the start of the morning peak. */
export const T0 = new Date('2026-03-02T09:00:00+08:00');

/** An event of call C1 at `seconds` after T0. */
export const event = (type: CtiEventType, seconds: number, more: Partial<CtiEvent> = {}): CtiEvent => ({
  callId: 'C1',
  type,
  at: new Date(T0.getTime() + seconds * 1000),
  callerNumber: '13800138000',
  line: '12345',
  queue: 'general',
  ...more,
});

// Within two minutes of T0 and independent of each other, so that waits straddle the 5 s and 15 s
// thresholds and every order of the events, skewed and contradictory ones included, turns up.
const ctiEvent = (callId: string, type: CtiEventType): fc.Arbitrary<CtiEvent> =>
  fc.record({
    callId: fc.constant(callId),
    type: fc.constant(type),
    at: fc.integer({ min: 0, max: 120_000 }).map((ms) => new Date(T0.getTime() + ms)),
    callerNumber: fc.constantFrom('13800138000', '13900139000'),
    line: fc.constantFrom('12345', '12315'),
    queue: fc.constantFrom('general', 'enterprise'),
    operatorId: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
    transferTo: fc.option(fc.constantFrom(...CALL_TRANSFER_TARGETS), { nil: undefined }),
    threeWay: fc.option(fc.boolean(), { nil: undefined }),
  });

/** At most one event of each type, as the store keeps them: any non-empty subset of the five. */
export const callEvents = (callId = 'C1'): fc.Arbitrary<CtiEvent[]> =>
  fc.subarray([...CTI_EVENT_TYPES], { minLength: 1 }).chain((types) => fc.tuple(...types.map((type) => ctiEvent(callId, type))));
