import { describe, expect, it } from '@jest/globals';
import { foldCall } from './call-record.js';
import type { CtiEvent } from './cti-event.js';
import { applyMoves, mayChangeOwnState, presenceMoves, wrapUpClosedBy, wrapUpMs, type Presence, type PresenceMove } from './presence.js';
import { event, T0 } from './testing/call-events.js';

const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const OPERATOR = 7;
const answered = (seconds: number) => event('answered', seconds, { operatorId: OPERATOR });

/** The moves of call C1 when `fresh` arrive on top of `earlier`. */
const movesOf = (earlier: CtiEvent[], fresh: CtiEvent[]) => presenceMoves(new Map([['C1', foldCall([...earlier, ...fresh])]]), fresh);

describe('presenceMoves: what a call does to its operator', () => {
  it.each<[string, CtiEvent[], CtiEvent[], Partial<PresenceMove>[]]>([
    ['an answer: on the call', [event('offered', 0)], [answered(5)], [{ state: 'on_call', at: at(5), onlyIfNewer: false }]],
    ['an end: after-call work, if still on it', [event('offered', 0), answered(5)], [event('ended', 65)], [{ state: 'after_call_work', at: at(65), onlyFrom: { state: 'on_call', callId: 'C1' } }]],
    ['a hang-up mid-talk: after-call work', [event('offered', 0), answered(5)], [event('abandoned', 30)], [{ state: 'after_call_work', at: at(30) }]],
    ['answer and end in one batch: through the call into its wrap-up', [event('offered', 0)], [answered(5), event('ended', 65)], [{ state: 'on_call', at: at(5) }, { state: 'after_call_work', at: at(65) }]],
    ['an answer told after the end: through the call, unless the operator has moved on', [event('offered', 0), event('ended', 65)], [answered(5)], [{ state: 'on_call', onlyIfNewer: true }, { state: 'after_call_work', onlyIfNewer: true }]],
    ['an end stamped before its answer: not before the answer', [event('offered', 0), answered(5)], [event('ended', 3)], [{ state: 'after_call_work', at: at(5) }]],
    ['an abandoned call: nobody', [event('offered', 0)], [event('abandoned', 20)], []],
    ['a repeat of nothing new: nobody', [event('offered', 0), answered(5)], [], []],
  ])('%s', (_case, earlier, fresh, expected) => {
    const moves = movesOf(earlier, fresh);
    expect(moves).toHaveLength(expected.length);
    moves.forEach((move, index) => expect(move).toMatchObject({ userId: OPERATOR, callId: 'C1', ...expected[index] }));
  });
});

describe('applyMoves: moves in order, with their conditions', () => {
  const ready: Presence = { state: 'ready', callId: null, since: at(0) };
  const move = (state: PresenceMove['state'], seconds: number, more: Partial<PresenceMove> = {}): PresenceMove => ({
    userId: OPERATOR,
    state,
    at: at(seconds),
    callId: state === 'on_call' || state === 'after_call_work' ? 'C1' : null,
    ...more,
  });
  const onC1 = { onlyFrom: { state: 'on_call' as const, callId: 'C1' } };

  it.each<[string, Presence | undefined, PresenceMove[], { state: string; since: Date } | undefined, [string, Date, Date | null][]]>([
    ['a call and its wrap-up', ready, [move('on_call', 5), move('after_call_work', 65, onC1)], { state: 'after_call_work', since: at(65) }, [['on_call', at(5), at(65)], ['after_call_work', at(65), null]]],
    ['an end for a call the operator is not on: skipped', ready, [move('after_call_work', 65, onC1)], undefined, []],
    ['a move to where the operator is: skipped', { state: 'on_call', callId: 'C1', since: at(5) }, [move('on_call', 5)], undefined, []],
    ['a late-told past after a newer state: skipped', { state: 'ready', callId: null, since: at(100) }, [move('on_call', 5, { onlyIfNewer: true })], undefined, []],
    ['a move stamped before the state it ends starts when that state did', { state: 'ready', callId: null, since: at(10) }, [move('on_call', 8)], { state: 'on_call', since: at(10) }, [['on_call', at(10), null]]],
    ['an operator with no row yet', undefined, [move('on_call', 5)], { state: 'on_call', since: at(5) }, [['on_call', at(5), null]]],
  ])('%s', (_case, before, moves, now, stretches) => {
    const applied = applyMoves(new Map(before ? [[OPERATOR, before]] : []), moves);
    expect(applied.now.get(OPERATOR)).toEqual(now && expect.objectContaining(now));
    expect((applied.stretches.get(OPERATOR) ?? []).map(({ state, startedAt, endedAt }) => [state, startedAt, endedAt])).toEqual(stretches);
  });
});

describe("an operator's own change of state", () => {
  const presence = (state: Presence['state'], callId: string | null = null): Presence => ({ state, callId, since: at(0) });

  it.each<[string, Presence | undefined, boolean, string | null]>([
    ['first time on the board', undefined, true, null],
    ['ready', presence('ready'), true, null],
    ['on a call: refused, the CTI ends it', presence('on_call', 'C1'), false, null],
    ["after a call's work: closes it", presence('after_call_work', 'C1'), true, 'C1'],
    ['after-call work of no known call', presence('after_call_work'), true, null],
    ['away', presence('away'), true, null],
  ])('%s', (_case, before, allowed, closes) => {
    expect(mayChangeOwnState(before)).toBe(allowed);
    if (allowed) expect(wrapUpClosedBy(before)).toBe(closes);
  });

  it.each([
    ['from the end to now', at(60), at(90), 30_000],
    ['an end told after the change counts as none', at(95), at(90), 0],
  ])('wrap-up time: %s', (_case, endedAt, now, expected) => {
    expect(wrapUpMs(endedAt, now)).toBe(expected);
  });
});
