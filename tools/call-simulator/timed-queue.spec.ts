import { describe, expect, it } from '@jest/globals';
import { seededRandom } from './random.ts';
import { TimedQueue } from './timed-queue.ts';

describe('TimedQueue', () => {
  it('earliest first; at the same instant, first in first out', () => {
    const queue = new TimedQueue<string>();
    for (const [at, item] of [[5, 'e'], [1, 'a'], [3, 'c1'], [3, 'c2'], [2, 'b'], [3, 'c3']] as const) queue.push(at, item);
    const out: string[] = [];
    for (let next = queue.pop(); next !== undefined; next = queue.pop()) out.push(next.item);
    expect(out).toEqual(['a', 'b', 'c1', 'c2', 'c3', 'e']);
  });

  it('sorts many, as a stable sort would', () => {
    const rng = seededRandom(4);
    const queue = new TimedQueue<number>();
    const items = Array.from({ length: 5000 }, (_, index) => ({ at: Math.floor(rng() * 100), index }));
    for (const { at, index } of items) queue.push(at, index);
    const expected = [...items].sort((a, b) => a.at - b.at || a.index - b.index).map(({ index }) => index);
    const out: number[] = [];
    while (queue.size > 0) out.push(queue.pop()!.item);
    expect(out).toEqual(expected);
  });

  it('peekAt and clear', () => {
    const queue = new TimedQueue<string>();
    expect(queue.peekAt()).toBeUndefined();
    queue.push(7, 'x');
    expect(queue.peekAt()).toBe(7);
    queue.clear();
    expect(queue.pop()).toBeUndefined();
  });
});
