import { describe, expect, it } from '@jest/globals';
import { ticketDay } from './ticket-number.js';

describe('ticketDay: the Asia/Shanghai day of an instant', () => {
  it.each([
    ['2026-11-23T00:00:00Z', '20261123'],
    ['2026-11-23T15:59:59.999Z', '20261123'],
    ['2026-11-23T16:00:00Z', '20261124'], // midnight in Beijing
    ['2026-12-31T16:00:00Z', '20270101'],
    ['2028-02-28T16:30:00Z', '20280229'],
  ])('%s → %s', (instant, day) => {
    expect(ticketDay(new Date(instant))).toBe(day);
  });
});
