import type { CallRecord } from './call-record.js';
import type { CtiEvent } from './cti-event.js';

/** 坐席状态: what an operator is doing now. `offline` is not counted on the board. */
export const PRESENCE_STATES = ['ready', 'on_call', 'after_call_work', 'away', 'offline'] as const;
export type PresenceState = (typeof PRESENCE_STATES)[number];

/** An operator's state, the call it concerns, and since when. */
export interface Presence {
  readonly state: PresenceState;
  readonly callId: string | null;
  readonly since: Date;
}

export interface PresenceMove {
  readonly userId: number;
  readonly state: PresenceState;
  readonly at: Date;
  readonly callId: string | null;
  /** Made only while the operator is in this state on this call: a call's end moves its operator only while still on it. */
  readonly onlyFrom?: { readonly state: PresenceState; readonly callId: string };
  /** Made only if the operator's present state began no later: a late-told past never overrides what came after. */
  readonly onlyIfNewer?: boolean;
}

/** A stretch of one state in an operator's log; `endedAt` null while it lasts. */
export interface Stretch {
  readonly state: PresenceState;
  readonly callId: string | null;
  readonly startedAt: Date;
  readonly endedAt: Date | null;
}

export interface MovesApplied {
  /** The operators who moved, and where they are now. */
  readonly now: ReadonlyMap<number, Presence>;
  /** Their new stretches, in order, each closed by the next; the last one open. */
  readonly stretches: ReadonlyMap<number, readonly Stretch[]>;
}

/**
 * What the CTI's calls do to their operators. An answer puts the operator on the call; its end (or the
 * caller hanging up on them) puts them in after-call work if still on it. Read from each call's record
 * rather than event by event, so that a batch and the same events one at a time agree and an operator
 * is never left on a call that is over: an answer told after its call's end takes the operator through
 * the call into its wrap-up, unless they have done something since (then it is history). In time order.
 */
export function presenceMoves(records: ReadonlyMap<string, CallRecord>, fresh: readonly CtiEvent[]): PresenceMove[] {
  const moves: PresenceMove[] = [];
  for (const [callId, record] of records) {
    const userId = record.answeredBy;
    if (userId === null || record.answeredAt === null) continue;
    const arrived = new Set(fresh.filter((event) => event.callId === callId).map((event) => event.type));
    const endedNow = arrived.has('ended') || arrived.has('abandoned');
    const answeredLate = arrived.has('answered') && record.status === 'ended' && !endedNow;
    if (arrived.has('answered')) moves.push({ userId, state: 'on_call', at: record.answeredAt, callId, onlyIfNewer: answeredLate });
    if (record.status === 'ended' && (endedNow || answeredLate)) {
      // Never before the answer, whatever the two clocks say: the end must follow the answer it ends.
      const end = record.endedAt ?? record.abandonedAt ?? record.answeredAt;
      const at = new Date(Math.max(record.answeredAt.getTime(), end.getTime()));
      moves.push({ userId, state: 'after_call_work', at, callId, onlyFrom: { state: 'on_call', callId }, onlyIfNewer: answeredLate });
    }
  }
  return moves.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * Moves applied in their order to where the operators were: what each move's conditions allow, a move
 * to where the operator already is skipped. Times only go forward: CTI events carry the switch's clock
 * and an operator's own posts this server's, so a move stamped before the state it ends starts when that
 * state did, and no stretch ends before it began.
 */
export function applyMoves(before: ReadonlyMap<number, Presence>, moves: readonly PresenceMove[]): MovesApplied {
  const now = new Map<number, Presence>();
  const stretches = new Map<number, Stretch[]>();
  for (const move of moves) {
    const current = now.get(move.userId) ?? before.get(move.userId);
    if (move.onlyFrom && !(current?.state === move.onlyFrom.state && current.callId === move.onlyFrom.callId)) continue;
    if (move.onlyIfNewer && current && current.since.getTime() > move.at.getTime()) continue;
    if (current?.state === move.state && current.callId === move.callId) continue;
    const since = current ? latest(move.at, current.since) : move.at;
    now.set(move.userId, { state: move.state, callId: move.callId, since });
    const own = stretches.get(move.userId) ?? [];
    const previous = own.at(-1);
    if (previous) own[own.length - 1] = { ...previous, endedAt: since };
    stretches.set(move.userId, [...own, { state: move.state, callId: move.callId, startedAt: since, endedAt: null }]);
  }
  return { now, stretches };
}

const latest = (a: Date, b: Date): Date => (a.getTime() >= b.getTime() ? a : b);

/** 示闲/示忙 an operator's own change of state: refused while on a call, which the CTI ends (into after-call work). */
export const mayChangeOwnState = (before: Presence | undefined): boolean => before?.state !== 'on_call';

/** The call whose after-call work an operator's own change closes, if any. */
export const wrapUpClosedBy = (before: Presence | undefined): string | null => (before?.state === 'after_call_work' ? before.callId : null);

/** 话后处理 time: from the call's end to the operator's next state; an end told late counts as none, not as negative. */
export const wrapUpMs = (endedAt: Date, at: Date): number => Math.max(0, at.getTime() - endedAt.getTime());
