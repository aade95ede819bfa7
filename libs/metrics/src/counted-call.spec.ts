import { describe, expect, it } from '@jest/globals';
import { foldCall } from '#libs/calls';
import { event, T0 } from '../../calls/src/testing/call-events.js';
import { addCounts, ZERO_COUNTS } from './call-counts.js';
import { countedCall, countsMoved } from './counted-call.js';

const answered = [event('offered', 10), event('answered', 20, { operatorId: 3 })];
const talking = countedCall(foldCall(answered), {});
const ended = countedCall(foldCall([...answered, event('ended', 80)]), {});
// The offer told late: the call was first seen at its answer, now at its offer 10 s earlier.
const seenAtAnswer = countedCall(foldCall([event('answered', 20, { operatorId: 3 })]), {});

/** The sums per instant after applying the moves. */
const sums = (moves: ReturnType<typeof countsMoved>) => {
  const byInstant = new Map<number, typeof ZERO_COUNTS>();
  for (const { at, counts } of moves) byInstant.set(at.getTime(), addCounts(byInstant.get(at.getTime()) ?? ZERO_COUNTS, counts));
  return byInstant;
};

describe('countsMoved: what the running sums add when a call changes', () => {
  it('a new call: its counts, in its period', () => {
    expect(countsMoved(null, talking)).toEqual([talking]);
  });

  it('a call that ends: the difference, in the same period', () => {
    const moved = sums(countsMoved(talking, ended));
    expect([...moved.keys()]).toEqual([T0.getTime() + 10_000]);
    expect(moved.get(T0.getTime() + 10_000)).toEqual({ ...ZERO_COUNTS, handled: 1, handleMs: 60_000 });
  });

  it('a late offer: out of the old period, into the new', () => {
    const moved = sums(countsMoved(seenAtAnswer, talking));
    expect(moved.get(T0.getTime() + 20_000)).toEqual({ ...ZERO_COUNTS, offered: -1, answered: -1, answeredInTime: -1 });
    expect(moved.get(T0.getTime() + 10_000)).toEqual({ ...ZERO_COUNTS, offered: 1, answered: 1, answeredInTime: 1, answeredWaitMs: 10_000 });
  });

  it('nothing before and nothing after: nothing', () => {
    expect(countsMoved(null, null)).toEqual([]);
  });
});
