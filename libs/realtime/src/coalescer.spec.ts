import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { Coalescer } from './coalescer.js';

describe('Coalescer', () => {
  let flushed: string[][];
  let coalescer: Coalescer<string>;
  beforeEach(() => {
    jest.useFakeTimers();
    flushed = [];
    coalescer = new Coalescer(async (keys) => void flushed.push(keys), 500);
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('flushes a burst once, after the interval, each key once', async () => {
    coalescer.touch(['unit:1', 'center']);
    coalescer.touch(['unit:1']);
    jest.advanceTimersByTime(499);
    expect(flushed).toEqual([]);
    await jest.advanceTimersByTimeAsync(1);
    expect(flushed).toEqual([['unit:1', 'center']]);
  });

  it('pushes at most once per interval under a steady stream', async () => {
    for (let ms = 0; ms < 2000; ms += 10) {
      coalescer.touch(['center']);
      await jest.advanceTimersByTimeAsync(10);
    }
    expect(flushed.length).toBeLessThanOrEqual(4);
    expect(flushed.length).toBeGreaterThanOrEqual(3);
  });

  it('flushes nothing when nothing was touched, and nothing after stop', async () => {
    coalescer.touch([]);
    coalescer.touch(['unit:2']);
    await coalescer.stop();
    await jest.advanceTimersByTimeAsync(1000);
    expect(flushed).toEqual([]);
  });
});
