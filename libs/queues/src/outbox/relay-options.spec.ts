import { describe, expect, it } from '@jest/globals';
import { backoffMs, DEFAULT_RELAY_OPTIONS } from './relay-options.js';

describe('relay backoff', () => {
  it('doubles from the poll interval up to the ceiling', () => {
    const waits = [1, 2, 3, 4, 5, 50].map((failures) => backoffMs(DEFAULT_RELAY_OPTIONS, failures));
    expect(waits).toEqual([500, 1000, 2000, 2000, 2000, 2000]);
  });
});
