import { describe, expect, it } from '@jest/globals';
import { fractionUsed } from './fraction-used.js';
import { shanghai } from './testing/calendar-2026.js';

describe('fractionUsed: natural time', () => {
  const start = shanghai('2026-01-12 10:00');
  const due = shanghai('2026-01-14 10:00');

  it.each([
    ['2026-01-12 10:00', 0],
    ['2026-01-13 22:00', 0.75],
    ['2026-01-14 10:00', 1],
    ['2026-01-15 10:00', 1.5],
  ])('at %s: %s', (now, fraction) => {
    expect(fractionUsed(start, due, shanghai(now))).toBe(fraction);
  });

  it('refuses a due that is not after the start', () => {
    expect(() => fractionUsed(due, start, due)).toThrow(RangeError);
  });
});
