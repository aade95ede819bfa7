import { CTI_EVENT_TYPES, type CallTransferTarget, type CtiEvent, type CtiEventType } from './cti-event.js';

/** Where the caller is now. A transfer is not a status: a transferred call still ends. */
export type CallStatus = 'waiting' | 'talking' | 'ended' | 'abandoned';

/**
 * One call as its events describe it. The instants are what the CTI reported, `null` until it has;
 * `status`, `waitMs` and `talkMs` are the reading of them.
 */
export interface CallRecord {
  readonly callId: string;
  readonly callerNumber: string;
  readonly line: string;
  readonly queue: string;
  readonly offeredAt: Date | null;
  readonly answeredAt: Date | null;
  readonly answeredBy: number | null;
  readonly abandonedAt: Date | null;
  readonly endedAt: Date | null;
  readonly transferredAt: Date | null;
  readonly transferTo: CallTransferTarget | null;
  readonly status: CallStatus;
  readonly waitMs: number | null;
  readonly talkMs: number | null;
}

type Kept = Partial<Record<CtiEventType, CtiEvent>>;

// Two events of a type at the same instant are told apart by their content, never by the order they
// came in, so that the record depends on the set of events alone.
const precedes = (a: CtiEvent, b: CtiEvent): boolean =>
  a.at.getTime() < b.at.getTime() || (a.at.getTime() === b.at.getTime() && JSON.stringify(a) < JSON.stringify(b));

/** The first of each type, as the event store keeps it. */
function keepEarliest(events: readonly CtiEvent[]): Kept {
  const kept: Kept = {};
  for (const event of events) {
    const held = kept[event.type];
    if (held === undefined || precedes(event, held)) kept[event.type] = event;
  }
  return kept;
}

// The parts of a call come from different clocks (the queue, the operator's phone), so an answer can
// be stamped a moment before its offer; a duration below zero is such skew, not a time anyone spent.
const span = (from: CtiEvent, to: CtiEvent): number => Math.max(0, to.at.getTime() - from.at.getTime());

/**
 * Contradictions a CTI can send, read so that a call is never both answered and abandoned:
 * - an answer outranks an abandon, at whatever instants: an operator did speak with the caller, and
 *   counting an abandon too would count the call twice and have a served citizen called back. The
 *   abandon is then the caller hanging up on the operator: the call has ended, and its talk runs to
 *   the `ended` event if one came, else to the abandon;
 * - an `ended` without an answer ends the call (the caller is no longer waiting, and a lost answer
 *   must not leave a ghost in the queue), but claims no answer: such a call is neither answered nor
 *   abandoned, and if its answer was only late, the answer completes it when it comes;
 * - an `abandoned` with an `ended` and no answer is an abandon: some CTIs close every call with an end.
 */
function statusOf({ answered, abandoned, ended }: Kept): CallStatus {
  if (answered !== undefined) return ended === undefined && abandoned === undefined ? 'talking' : 'ended';
  if (abandoned !== undefined) return 'abandoned';
  return ended === undefined ? 'waiting' : 'ended';
}

/**
 * The record of one call from its events, in any order: it depends only on the set of events. Of two
 * events of a type the earlier counts, as in the store. The caller, line and queue come from the
 * `offered` event, or failing it from the next in the order of `CTI_EVENT_TYPES`.
 */
export function foldCall(events: readonly CtiEvent[]): CallRecord {
  const callId = events[0]?.callId;
  if (callId === undefined) throw new RangeError('a call needs at least one event');
  const stranger = events.find((event) => event.callId !== callId);
  if (stranger !== undefined) throw new RangeError(`events of calls ${callId} and ${stranger.callId} folded together`);

  const kept = keepEarliest(events);
  const { offered, answered, abandoned, ended, transferred } = kept;
  const { callerNumber, line, queue } = CTI_EVENT_TYPES.map((type) => kept[type]).find((event) => event !== undefined)!;
  const waitEnd = answered ?? abandoned;
  const hangUp = ended ?? abandoned;
  return {
    callId,
    callerNumber,
    line,
    queue,
    offeredAt: offered?.at ?? null,
    answeredAt: answered?.at ?? null,
    answeredBy: answered?.operatorId ?? null,
    abandonedAt: abandoned?.at ?? null,
    endedAt: ended?.at ?? null,
    transferredAt: transferred?.at ?? null,
    transferTo: transferred?.transferTo ?? null,
    status: statusOf(kept),
    waitMs: offered !== undefined && waitEnd !== undefined ? span(offered, waitEnd) : null,
    talkMs: answered !== undefined && hangUp !== undefined ? span(answered, hangUp) : null,
  };
}
