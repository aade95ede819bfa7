import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ZERO_COUNTS, addCounts, subtractCounts, type CallCounts } from './call-counts.js';

const counts = fc.record(
  Object.fromEntries(Object.keys(ZERO_COUNTS).map((name) => [name, fc.nat({ max: 1_000_000_000 })])) as Record<keyof CallCounts, fc.Arbitrary<number>>,
);

describe('addCounts and subtractCounts', () => {
  it('add field by field', () => {
    const a = { ...ZERO_COUNTS, offered: 3, answered: 2, handleMs: 400_000 };
    const b = { ...ZERO_COUNTS, offered: 1, abandoned: 1, handleMs: 100_000 };
    expect(addCounts(a, b)).toEqual({ ...ZERO_COUNTS, offered: 4, answered: 2, abandoned: 1, handleMs: 500_000 });
    expect(subtractCounts(a, b)).toEqual({ ...ZERO_COUNTS, offered: 2, answered: 2, abandoned: -1, handleMs: 300_000 });
  });

  it('round-trip: what is added can be taken away, and zero changes nothing', () => {
    fc.assert(
      fc.property(counts, counts, (a, b) => {
        expect(subtractCounts(addCounts(a, b), b)).toEqual(a);
        expect(addCounts(subtractCounts(a, b), b)).toEqual(a);
        expect(addCounts(a, ZERO_COUNTS)).toEqual(a);
      }),
    );
  });

  it('applying a change as a delta gives the totals with the new contribution in place of the old', () => {
    fc.assert(
      fc.property(counts, counts, counts, (others, before, after) => {
        expect(addCounts(addCounts(others, before), subtractCounts(after, before))).toEqual(addCounts(others, after));
      }),
    );
  });
});
