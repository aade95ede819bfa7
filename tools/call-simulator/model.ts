/**
 * The call centre as a discrete-event model on a simulated clock (milliseconds since the epoch):
 * Poisson arrivals, one FIFO queue, callers who hang up when their patience runs out, operators who
 * take the longest-waiting caller when they are ready, talk, after-call work, then ready again.
 * Pure: no I/O, no real clock. `advance(to)` runs every change due up to `to` and says what happened;
 * the durations come from `Draws` (seeded random ones, or a script in tests), asked for in the order of
 * the simulated events, so a seed gives the same calls however the run is cut into steps.
 */
import type { Draws } from './draws.ts';
import { TimedQueue } from './timed-queue.ts';

/** GB/T 33358: answered within 15 s (a wait of exactly 15 s is within it, as the server counts). */
export const SERVICE_LEVEL_MS = 15_000;
/** A caller who hangs up sooner has barely waited (DOMAIN.md, Metrics). */
export const SHORT_ABANDON_MS = 5_000;

export interface CallRef {
  readonly callId: string;
  readonly callerNumber: string;
}

/** What the operator does with an answered call besides talking. */
export type FollowUp = 'none' | 'ticket' | 'transfer';

/** What happened, at a simulated instant. `agent` is the simulated operator, 0 … operators − 1. */
export type Happening =
  | { readonly kind: 'offered'; readonly at: number; readonly call: CallRef }
  | { readonly kind: 'answered'; readonly at: number; readonly call: CallRef; readonly agent: number; readonly waitMs: number }
  | { readonly kind: 'abandoned'; readonly at: number; readonly call: CallRef; readonly waitMs: number; readonly cut: boolean }
  | { readonly kind: 'transferred'; readonly at: number; readonly call: CallRef; readonly agent: number; readonly to: '110' }
  | {
      readonly kind: 'ended';
      readonly at: number;
      readonly call: CallRef;
      readonly agent: number;
      readonly talkMs: number;
      readonly followUp: FollowUp;
      /** Hung up when the run stopped: no follow-up. */
      readonly cut: boolean;
    }
  | { readonly kind: 'ready'; readonly at: number; readonly agent: number; readonly wrapUpMs: number };

/** The simulator's own count, defined as DOMAIN.md's Metrics define the server's. */
export interface ModelCounts {
  offered: number;
  answered: number;
  /** Answered within SERVICE_LEVEL_MS of the offer. */
  answeredInTime: number;
  answeredWaitMs: number;
  abandoned: number;
  /** Inside `abandoned`: waited less than SHORT_ABANDON_MS. */
  shortAbandoned: number;
  /** Inside `abandoned`: still waiting when the run stopped. */
  cutAbandoned: number;
  transferred: number;
  /** Answered calls that have ended, and their talk plus the after-call work done so far. */
  handled: number;
  handleMs: number;
  /** Inside `handled`: talking when the run stopped. */
  cutEnded: number;
  /** Ended calls whose operator registers a ticket (transferred ones included). */
  tickets: number;
}

export interface LiveState {
  readonly waiting: number;
  readonly longestWaitMs: number;
  readonly talking: number;
  readonly wrappingUp: number;
  readonly ready: number;
}

interface Call {
  readonly ref: CallRef;
  readonly offeredAt: number;
  settled: boolean;
}

interface Talk {
  readonly call: Call;
  readonly answeredAt: number;
  readonly followUp: FollowUp;
}

type AgentState =
  | { readonly kind: 'ready' }
  | { readonly kind: 'talking'; readonly talk: Talk }
  | { readonly kind: 'wrapping'; readonly endedAt: number }
  | { readonly kind: 'off' };

type Due =
  | { readonly type: 'arrival' }
  | { readonly type: 'patience'; readonly call: Call }
  | { readonly type: 'transfer'; readonly agent: number }
  | { readonly type: 'talkEnd'; readonly agent: number }
  | { readonly type: 'wrapEnd'; readonly agent: number };

const zeroCounts = (): ModelCounts => ({
  offered: 0,
  answered: 0,
  answeredInTime: 0,
  answeredWaitMs: 0,
  abandoned: 0,
  shortAbandoned: 0,
  cutAbandoned: 0,
  transferred: 0,
  handled: 0,
  handleMs: 0,
  cutEnded: 0,
  tickets: 0,
});

export class CallCentre {
  readonly counts: ModelCounts = zeroCounts();
  private readonly draws: Draws;
  private readonly callIdPrefix: string;
  private readonly agenda = new TimedQueue<Due>();
  private readonly agents: AgentState[];
  /** Ready operators, the longest idle first. */
  private readyAgents: number[];
  /** Callers in arrival order; those who hung up or were answered are skipped when met. */
  private queue: Call[] = [];
  private waiting = 0;
  private arrivalsOpen = true;
  private serial = 0;
  private clock: number;

  /** All operators ready at `startMs`; the first caller is due after one inter-arrival time. */
  constructor(operators: number, draws: Draws, startMs: number, callIdPrefix: string) {
    this.draws = draws;
    this.callIdPrefix = callIdPrefix;
    this.clock = startMs;
    this.agents = Array.from({ length: operators }, () => ({ kind: 'ready' }));
    this.readyAgents = this.agents.map((_, agent) => agent);
    this.scheduleArrival();
  }

  get now(): number {
    return this.clock;
  }

  /** Runs everything due up to and including `to` (simulated ms); returns it in order. */
  advance(to: number): Happening[] {
    if (to < this.clock) throw new RangeError(`the simulated clock runs forwards: ${to} < ${this.clock}`);
    const out: Happening[] = [];
    for (let next = this.agenda.peekAt(); next !== undefined && next <= to; next = this.agenda.peekAt()) {
      const { at, item } = this.agenda.pop()!;
      this.clock = at;
      this.handle(item, out);
    }
    this.clock = to;
    return out;
  }

  /** No more callers; those in the system carry on (to drain it). */
  stopArrivals(): void {
    this.arrivalsOpen = false;
  }

  /** Nobody waiting, talking or in after-call work. */
  get idle(): boolean {
    return this.waiting === 0 && this.agents.every((state) => state.kind === 'ready' || state.kind === 'off');
  }

  /**
   * The run stops now: no more callers, the waiting ones hang up, the talks end, after-call work
   * stops, and every operator is off. Nothing happens after this.
   */
  hangUp(): Happening[] {
    const out: Happening[] = [];
    const now = this.clock;
    this.arrivalsOpen = false;
    this.agenda.clear();
    for (const call of this.queue) {
      if (call.settled) continue;
      this.abandon(call, out, true);
    }
    this.queue = [];
    this.agents.forEach((state, agent) => {
      if (state.kind === 'talking') {
        const talkMs = now - state.talk.answeredAt;
        this.counts.handled++;
        this.counts.handleMs += talkMs;
        this.counts.cutEnded++;
        out.push({ kind: 'ended', at: now, call: state.talk.call.ref, agent, talkMs, followUp: 'none', cut: true });
      } else if (state.kind === 'wrapping') {
        this.counts.handleMs += now - state.endedAt;
      }
      this.agents[agent] = { kind: 'off' };
    });
    this.readyAgents = [];
    return out;
  }

  live(): LiveState {
    let oldest: number | undefined;
    for (const call of this.queue) {
      if (!call.settled) {
        oldest = call.offeredAt;
        break;
      }
    }
    const count = (kind: AgentState['kind']) => this.agents.filter((state) => state.kind === kind).length;
    return {
      waiting: this.waiting,
      longestWaitMs: oldest === undefined ? 0 : this.clock - oldest,
      talking: count('talking'),
      wrappingUp: count('wrapping'),
      ready: count('ready'),
    };
  }

  private handle(due: Due, out: Happening[]): void {
    switch (due.type) {
      case 'arrival':
        return this.arrive(out);
      case 'patience':
        if (!due.call.settled) this.abandon(due.call, out, false);
        return;
      case 'transfer':
        return this.transfer(due.agent, out);
      case 'talkEnd':
        return this.endTalk(due.agent, out);
      case 'wrapEnd':
        return this.endWrapUp(due.agent, out);
    }
  }

  private scheduleArrival(): void {
    this.agenda.push(this.clock + this.draws.nextArrivalMs(), { type: 'arrival' });
  }

  private arrive(out: Happening[]): void {
    if (!this.arrivalsOpen) return;
    const callerNumber = this.draws.callerNumber();
    const call: Call = { ref: { callId: `${this.callIdPrefix}${String(++this.serial).padStart(6, '0')}`, callerNumber }, offeredAt: this.clock, settled: false };
    this.queue.push(call);
    this.waiting++;
    this.counts.offered++;
    out.push({ kind: 'offered', at: this.clock, call: call.ref });
    this.agenda.push(this.clock + this.draws.patienceMs(), { type: 'patience', call });
    this.scheduleArrival();
    this.serve(out);
  }

  private abandon(call: Call, out: Happening[], cut: boolean): void {
    call.settled = true;
    this.waiting--;
    const waitMs = this.clock - call.offeredAt;
    this.counts.abandoned++;
    if (waitMs < SHORT_ABANDON_MS) this.counts.shortAbandoned++;
    if (cut) this.counts.cutAbandoned++;
    out.push({ kind: 'abandoned', at: this.clock, call: call.ref, waitMs, cut });
    this.compactQueue();
  }

  /** Ready operators take waiting callers, FIFO on both sides. */
  private serve(out: Happening[]): void {
    while (this.readyAgents.length > 0 && this.waiting > 0) {
      const call = this.queue.find((candidate) => !candidate.settled)!;
      this.answer(this.readyAgents.shift()!, call, out);
    }
    this.compactQueue();
  }

  private answer(agent: number, call: Call, out: Happening[]): void {
    call.settled = true;
    this.waiting--;
    const waitMs = this.clock - call.offeredAt;
    this.counts.answered++;
    this.counts.answeredWaitMs += waitMs;
    if (waitMs <= SERVICE_LEVEL_MS) this.counts.answeredInTime++;
    const talkMs = this.draws.talkMs();
    const followUp = this.draws.followUp();
    this.agents[agent] = { kind: 'talking', talk: { call, answeredAt: this.clock, followUp } };
    out.push({ kind: 'answered', at: this.clock, call: call.ref, agent, waitMs });
    if (followUp === 'transfer') this.agenda.push(this.clock + Math.min(this.draws.transferAfterMs(talkMs), talkMs), { type: 'transfer', agent });
    this.agenda.push(this.clock + talkMs, { type: 'talkEnd', agent });
  }

  private transfer(agent: number, out: Happening[]): void {
    const state = this.agents[agent]!;
    if (state.kind !== 'talking') return;
    this.counts.transferred++;
    out.push({ kind: 'transferred', at: this.clock, call: state.talk.call.ref, agent, to: '110' });
  }

  private endTalk(agent: number, out: Happening[]): void {
    const state = this.agents[agent]!;
    if (state.kind !== 'talking') return;
    const { call, answeredAt, followUp } = state.talk;
    const talkMs = this.clock - answeredAt;
    this.counts.handled++;
    this.counts.handleMs += talkMs;
    if (followUp !== 'none') this.counts.tickets++;
    out.push({ kind: 'ended', at: this.clock, call: call.ref, agent, talkMs, followUp, cut: false });
    this.agents[agent] = { kind: 'wrapping', endedAt: this.clock };
    this.agenda.push(this.clock + this.draws.wrapUpMs(), { type: 'wrapEnd', agent });
  }

  private endWrapUp(agent: number, out: Happening[]): void {
    const state = this.agents[agent]!;
    if (state.kind !== 'wrapping') return;
    const wrapUpMs = this.clock - state.endedAt;
    this.counts.handleMs += wrapUpMs;
    this.agents[agent] = { kind: 'ready' };
    this.readyAgents.push(agent);
    out.push({ kind: 'ready', at: this.clock, agent, wrapUpMs });
    this.serve(out);
  }

  /** Drops settled callers from the front of the queue, so that it holds about as many as wait. */
  private compactQueue(): void {
    let settled = 0;
    while (settled < this.queue.length && this.queue[settled]!.settled) settled++;
    if (settled > 0) this.queue = this.queue.slice(settled);
    // Callers who hung up behind the front stay until they reach it; rebuild when they pile up.
    if (this.queue.length > 64 && this.queue.length > 2 * this.waiting) this.queue = this.queue.filter((call) => !call.settled);
  }
}
