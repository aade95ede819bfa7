/**
 * Calls as a contact-centre (CTI) system reports them to POST /api/cti/events, and the signed request
 * that carries them. A `CallScript` is a deterministic stream of events of many calls at once
 * (offered → answered → ended, or offered → abandoned), each call's events spread over the stream, some
 * out of order and a few sent twice, as a CTI that batches its pushes delivers them.
 */
import type { Agent } from 'node:http';
import { ctiSignature, CTI_SIGNATURE_HEADER, CTI_TIMESTAMP_HEADER } from '../../../apps/call-intake/src/cti/cti-signature.ts';
import { TimedQueue } from '../../../tools/call-simulator/timed-queue.ts';
import { localDayOf } from '#libs/calendar';
import type { CtiEvent } from '#libs/calls';
import { sendRaw, type Reply } from './http.ts';
import { seededRandom } from './random.ts';

/** How many events one request may carry (CTI_BATCH_MAX in apps/call-intake/src/cti/cti-events.dto.ts). */
export const CTI_BATCH_MAX = 200;
export const CTI_EVENTS_PATH = '/api/cti/events';

/** One event as the CTI posts it (CtiEventDto): the time as ISO-8601 text. */
export type CtiEventBody = Omit<CtiEvent, 'at'> & { readonly at: string };

/** Calls and events a script has produced, overall and by the Asia/Shanghai day of their offer. */
export interface ScriptCounts {
  calls: number;
  answered: number;
  abandoned: number;
  /** Distinct events (call id and type): what the app accepts. */
  events: number;
  /** Events sent a second time: what the app answers as duplicates. */
  repeats: number;
  /** Offered, answered and abandoned calls by day (ms of that day's 00:00 in Asia/Shanghai). */
  byDay: Map<number, { offered: number; answered: number; abandoned: number }>;
}

export interface ScriptOptions {
  /** Call ids are `{prefix}-{serial}`: one prefix per script, so that scripts never share a call. */
  prefix: string;
  seed: number;
  /** Answering operators, user ids `firstOperatorId` on, in turn. */
  operators?: number;
  firstOperatorId?: number;
  /** Share of calls the caller abandons before an answer; the others are answered and end. */
  abandonShare?: number;
  /** Share of calls two of whose events are sent the wrong way round. */
  outOfOrderShare?: number;
  /** Share of events sent twice, the repeat later in the stream. */
  repeatShare?: number;
  /**
   * How far apart, in events of the stream, a call's next event is sent after its last: from `min` to
   * `max`. A CTI sends each event as it happens, and a call's answer or end comes seconds after its
   * offer: at thousands of events a second, thousands of events apart. Small gaps put a call's events
   * in batches sent at the same time, which then wait on each other's locks.
   */
  gap?: { min: number; max: number };
}

const QUEUES = ['general', 'general', 'general', 'enterprise', 'elderly'] as const;
/** 1 to 4 s apart at 5,000 events/s (25 to 100 batches of 200), which is still sooner than most calls. */
export const DEFAULT_GAP = { min: 5_000, max: 20_000 };

/**
 * A stream of call events. Calls start at a steady pace along the stream (about one per 2.85 events),
 * each call's events `gap` apart. Their instants are real ones of about two minutes ago — offered,
 * then answered after 2–40 s and ended after a talk of 20–90 s, or abandoned after 1–60 s — so that
 * they count today and in the last 15 minutes; the stream's order is the CTI's sending order, not the
 * instants' order.
 */
export class CallScript {
  readonly counts: ScriptCounts = { calls: 0, answered: 0, abandoned: 0, events: 0, repeats: 0, byDay: new Map() };
  /** Events due at a position of the stream, lowest position first. */
  private readonly schedule = new TimedQueue<CtiEventBody>();
  private readonly rand: () => number;
  private readonly options: Required<ScriptOptions>;
  private nextCallAt = 0;
  /** Events handed out so far. */
  sent = 0;

  constructor(options: ScriptOptions) {
    this.options = {
      operators: 300,
      firstOperatorId: 900_001,
      abandonShare: 0.15,
      outOfOrderShare: 0.1,
      repeatShare: 0.01,
      gap: DEFAULT_GAP,
      ...options,
    };
    this.rand = seededRandom(options.seed);
  }

  /** The next `size` events of the stream, starting calls as it goes. */
  batch(size = CTI_BATCH_MAX): CtiEventBody[] {
    const events: CtiEventBody[] = [];
    while (events.length < size) {
      while (this.nextCallAt <= (this.schedule.peekAt() ?? Infinity)) this.scheduleCall();
      events.push(this.schedule.pop()!.item);
    }
    this.sent += events.length;
    return events;
  }

  /** Once this many events are sent, the stream is a steady mix: before, it is mostly offers. */
  get steadyAfter(): number {
    return 2 * this.options.gap.max;
  }

  /** What is left of the calls started so far, in batches, starting none: afterwards every call is complete. */
  drain(size = CTI_BATCH_MAX): CtiEventBody[][] {
    const batches: CtiEventBody[][] = [];
    while (this.schedule.size > 0) {
      const events: CtiEventBody[] = [];
      while (events.length < size && this.schedule.size > 0) events.push(this.schedule.pop()!.item);
      this.sent += events.length;
      batches.push(events);
    }
    return batches;
  }

  /** Every event of one new call, in order, outside the stream: a marker whose effect can be waited for. */
  wholeCall(outcome: 'answered' | 'abandoned'): CtiEventBody[] {
    return this.newCall(outcome);
  }

  private scheduleCall(): void {
    const { abandonShare, outOfOrderShare, repeatShare, gap } = this.options;
    const planned = this.newCall(this.rand() < abandonShare ? 'abandoned' : 'answered');
    const positions = [this.nextCallAt + this.rand() * 50];
    for (let index = 1; index < planned.length; index++) positions.push(positions[index - 1]! + gap.min + this.rand() * (gap.max - gap.min));
    if (this.rand() < outOfOrderShare) {
      const index = Math.floor(this.rand() * (planned.length - 1));
      [positions[index], positions[index + 1]] = [positions[index + 1]!, positions[index]!];
    }
    planned.forEach((event, index) => {
      this.schedule.push(positions[index]!, event);
      if (this.rand() < repeatShare) {
        this.counts.repeats++;
        this.schedule.push(positions[index]! + this.rand() * gap.max, event);
      }
    });
    this.nextCallAt += 2.85;
  }

  private newCall(outcome: 'answered' | 'abandoned'): CtiEventBody[] {
    const { prefix, operators, firstOperatorId } = this.options;
    const serial = this.counts.calls++;
    const common = {
      callId: `${prefix}-${serial}`,
      callerNumber: `1${3 + Math.floor(this.rand() * 7)}${String(Math.floor(this.rand() * 1e9)).padStart(9, '0')}`,
      line: '12345',
      queue: QUEUES[Math.floor(this.rand() * QUEUES.length)]!,
    };
    const offeredAt = Date.now() - 150_000;
    const at = (ms: number): string => new Date(ms).toISOString();
    const day = localDayOf(new Date(offeredAt)).start.getTime();
    const tally = this.counts.byDay.get(day) ?? { offered: 0, answered: 0, abandoned: 0 };
    this.counts.byDay.set(day, tally);
    tally.offered++;
    const events: CtiEventBody[] = [{ ...common, type: 'offered', at: at(offeredAt) }];
    if (outcome === 'abandoned') {
      this.counts.abandoned++;
      tally.abandoned++;
      events.push({ ...common, type: 'abandoned', at: at(offeredAt + 1_000 + Math.floor(this.rand() * 59_000)) });
    } else {
      this.counts.answered++;
      tally.answered++;
      const answeredAt = offeredAt + 2_000 + Math.floor(this.rand() * 38_000);
      const operatorId = firstOperatorId + (serial % operators);
      events.push({ ...common, type: 'answered', at: at(answeredAt), operatorId });
      events.push({ ...common, type: 'ended', at: at(answeredAt + 20_000 + Math.floor(this.rand() * 70_000)) });
    }
    this.counts.events += events.length;
    return events;
  }
}

/** The app's answer to a batch: what it recorded and what it had seen before. */
export interface Receipt {
  accepted: number;
  duplicates: number;
}

/** POSTs a batch signed as the CTI signs it (`secret`: the app's CTI_SECRET); the receipt on 200. */
export async function postEvents(
  agent: Agent,
  port: number,
  secret: string,
  events: readonly CtiEventBody[],
): Promise<{ reply: Reply; receipt?: Receipt }> {
  const body = Buffer.from(JSON.stringify({ events }));
  const timestamp = String(Math.floor(Date.now() / 1000));
  const reply = await sendRaw(agent, port, 'POST', CTI_EVENTS_PATH, body, {
    'content-type': 'application/json',
    [CTI_TIMESTAMP_HEADER]: timestamp,
    [CTI_SIGNATURE_HEADER]: ctiSignature(secret, timestamp, body),
  });
  return reply.status === 200 ? { reply, receipt: JSON.parse(reply.body) as Receipt } : { reply };
}
