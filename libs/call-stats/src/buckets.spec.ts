import { describe, expect, it } from '@jest/globals';
import { dayKey, lastMinutes, minuteKey } from './buckets.js';

describe('call buckets', () => {
  it.each([
    ['morning in Shanghai', '2026-11-23T01:15:42Z', 'p:calls:m:202611230915', 'p:calls:d:20261123'],
    ['just before midnight in Shanghai', '2026-11-23T15:59:59.999Z', 'p:calls:m:202611232359', 'p:calls:d:20261123'],
    ['midnight in Shanghai, still the 23rd in UTC', '2026-11-23T16:00:00Z', 'p:calls:m:202611240000', 'p:calls:d:20261124'],
  ])('%s', (_case, instant, minute, day) => {
    expect(minuteKey('p', new Date(instant))).toBe(minute);
    expect(dayKey('p', new Date(instant))).toBe(day);
  });

  it('names the last minutes newest first, across the hour', () => {
    expect(lastMinutes('p', new Date('2026-11-23T02:01:30Z'), 3)).toEqual(['p:calls:m:202611231001', 'p:calls:m:202611231000', 'p:calls:m:202611230959']);
  });
});
