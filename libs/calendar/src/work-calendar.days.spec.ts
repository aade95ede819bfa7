import { describe, expect, it } from '@jest/globals';
import { CALENDAR_2026, shanghai } from './testing/calendar-2026.js';

interface Row {
  readonly why: string;
  readonly from: string;
  readonly days: number;
  readonly due: string;
}

const check = (add: (from: Date, days: number) => Date) => ({ from, days, due }: Row) => {
  expect(add(shanghai(from), days)).toEqual(shanghai(due));
};

describe('addWorkingDays (Civil Code arts. 201, 203)', () => {
  it.each<Row>([
    { why: 'Friday afternoon + 1: the receipt day does not count, the weekend does not work', from: '2026-01-09 15:30', days: 1, due: '2026-01-12 24:00' },
    { why: 'Friday morning + 1: the hour of receipt makes no difference', from: '2026-01-09 09:00', days: 1, due: '2026-01-12 24:00' },
    { why: 'Saturday + 1', from: '2026-01-10 11:00', days: 1, due: '2026-01-12 24:00' },
    { why: '13 Feb + 1: Saturday 14 Feb is a make-up working day (调休)', from: '2026-02-13 16:00', days: 1, due: '2026-02-14 24:00' },
    { why: '13 Feb + 2: across the Spring Festival, 15–23 Feb', from: '2026-02-13 16:00', days: 2, due: '2026-02-24 24:00' },
    { why: 'received during the Spring Festival', from: '2026-02-17 10:00', days: 1, due: '2026-02-24 24:00' },
    { why: 'Friday 27 Feb + 1: Saturday 28 Feb is worked', from: '2026-02-27 10:00', days: 1, due: '2026-02-28 24:00' },
    { why: 'Dec → Jan: New Year 1–3 Jan off, Sunday 4 Jan worked', from: '2025-12-31 10:00', days: 1, due: '2026-01-04 24:00' },
    { why: 'Dec → Jan, one more day', from: '2025-12-31 10:00', days: 2, due: '2026-01-05 24:00' },
    { why: 'Labour Day: 1–5 May off', from: '2026-04-30 10:00', days: 1, due: '2026-05-06 24:00' },
    { why: 'Labour Day: Saturday 9 May worked', from: '2026-05-08 10:00', days: 1, due: '2026-05-09 24:00' },
    { why: 'National Day: Sunday 20 Sep worked', from: '2026-09-19 10:00', days: 1, due: '2026-09-20 24:00' },
    { why: 'National Day: 1–7 Oct off, Saturday 10 Oct worked', from: '2026-09-30 10:00', days: 3, due: '2026-10-10 24:00' },
    { why: '15 days across National Day', from: '2026-09-28 10:00', days: 15, due: '2026-10-23 24:00' },
    { why: 'from a due at 24:00: the next day is the first counted', from: '2026-01-12 24:00', days: 1, due: '2026-01-13 24:00' },
    { why: 'from a due at 24:00 before the Spring Festival', from: '2026-02-14 24:00', days: 1, due: '2026-02-24 24:00' },
    { why: '0 days: the instant itself', from: '2026-01-09 15:30', days: 0, due: '2026-01-09 15:30' },
    { why: 'back 1 from a Monday due: yellow from the end of Friday', from: '2026-01-12 24:00', days: -1, due: '2026-01-09 24:00' },
    { why: 'back 1 across the Spring Festival', from: '2026-02-24 24:00', days: -1, due: '2026-02-14 24:00' },
    { why: 'back 2 across the Spring Festival', from: '2026-02-24 24:00', days: -2, due: '2026-02-13 24:00' },
    { why: 'back 1 from a due in the middle of a day: that day is the one left', from: '2026-01-14 14:00', days: -1, due: '2026-01-13 24:00' },
  ])('$why', check((from, days) => CALENDAR_2026.addWorkingDays(from, days)));

  it('refuses a fraction of a day', () => {
    expect(() => CALENDAR_2026.addWorkingDays(shanghai('2026-01-09 15:30'), 1.5)).toThrow(RangeError);
  });
});

describe('addNaturalDays', () => {
  it.each<Row>([
    { why: 'Friday + 1: weekends count', from: '2026-01-09 15:30', days: 1, due: '2026-01-10 24:00' },
    { why: 'holidays count', from: '2026-02-13 16:00', days: 7, due: '2026-02-20 24:00' },
    { why: 'Dec → Jan', from: '2025-12-31 23:59', days: 1, due: '2026-01-01 24:00' },
    { why: 'from a due at 24:00', from: '2026-01-12 24:00', days: 15, due: '2026-01-27 24:00' },
    { why: '0 days: the instant itself', from: '2026-01-09 15:30', days: 0, due: '2026-01-09 15:30' },
    { why: 'back 1 from a due at 24:00', from: '2026-02-20 24:00', days: -1, due: '2026-02-19 24:00' },
  ])('$why', check((from, days) => CALENDAR_2026.addNaturalDays(from, days)));
});
