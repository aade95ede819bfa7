// The 2026 arrangement as DOMAIN.md tests it (元旦 1–3 Jan, 4 Jan worked; 春节 15–23 Feb, 14 and 28 Feb
// worked; 劳动节 1–5 May, 9 May worked; 国庆节 1–7 Oct, 20 Sep and 10 Oct worked), case by case where
// the other calendar specs do not already go: more weekends, the days around the two long holidays
// and their make-up Saturdays and Sundays, receipts at 23:59, lunch, receipts on a holiday,
// extensions (延期) over a holiday, and instants given in UTC around 16:00Z (local midnight).
import { describe, expect, it } from '@jest/globals';
import { extendedReplyDueAt } from '#libs/deadlines';
import { CALENDAR_2026, shanghai } from './testing/calendar-2026.js';

const HOUR = 3_600_000;

interface DaysRow {
  readonly why: string;
  readonly from: string;
  readonly days: number;
  readonly due: string;
}

const addsWorkingDays = ({ from, days, due }: DaysRow) => {
  expect(CALENDAR_2026.addWorkingDays(shanghai(from), days)).toEqual(shanghai(due));
};

interface HoursRow {
  readonly why: string;
  readonly from: string;
  readonly hours: number;
  readonly due: string;
}

const addsWorkingHours = ({ from, hours, due }: HoursRow) => {
  expect(CALENDAR_2026.addWorkingHours(shanghai(from), hours)).toEqual(shanghai(due));
};

describe('2026: working days across weekends', () => {
  it.each<DaysRow>([
    { why: 'Thursday + 2: Friday, then Monday', from: '2026-01-15 10:00', days: 2, due: '2026-01-19 24:00' },
    { why: 'Sunday night + 1: Monday', from: '2026-01-11 22:00', days: 1, due: '2026-01-12 24:00' },
    { why: 'Friday + 5: a whole week on', from: '2026-03-06 10:00', days: 5, due: '2026-03-13 24:00' },
    { why: 'Saturday + 5: the week after it', from: '2026-03-07 10:00', days: 5, due: '2026-03-13 24:00' },
    { why: 'Sunday + 10: two weeks, two weekends', from: '2026-03-08 10:00', days: 10, due: '2026-03-20 24:00' },
    { why: 'Monday + 15 (a complaint): three weeks on, to the Monday', from: '2026-11-02 10:00', days: 15, due: '2026-11-23 24:00' },
  ])('$why', addsWorkingDays);
});

describe('2026: the Spring Festival week, 15–23 Feb, with Saturdays 14 and 28 Feb worked', () => {
  it.each<DaysRow>([
    { why: 'Thursday 12 Feb + 1: Friday 13', from: '2026-02-12 10:00', days: 1, due: '2026-02-13 24:00' },
    { why: 'Thursday 12 Feb + 2: the make-up Saturday 14', from: '2026-02-12 10:00', days: 2, due: '2026-02-14 24:00' },
    { why: 'Thursday 12 Feb + 3: over the whole festival to Tuesday 24', from: '2026-02-12 10:00', days: 3, due: '2026-02-24 24:00' },
    { why: 'received on the make-up Saturday 14 Feb, in the day', from: '2026-02-14 10:00', days: 1, due: '2026-02-24 24:00' },
    { why: 'received on the first day, Sunday 15 Feb', from: '2026-02-15 10:00', days: 1, due: '2026-02-24 24:00' },
    { why: 'received on the last day, Monday 23 Feb', from: '2026-02-23 16:00', days: 1, due: '2026-02-24 24:00' },
    { why: 'Tuesday 24 Feb + 3: to Friday 27', from: '2026-02-24 10:00', days: 3, due: '2026-02-27 24:00' },
    { why: 'Tuesday 24 Feb + 4: the make-up Saturday 28', from: '2026-02-24 10:00', days: 4, due: '2026-02-28 24:00' },
    { why: 'Tuesday 24 Feb + 5: Sunday 1 Mar is off again, so Monday 2 Mar', from: '2026-02-24 10:00', days: 5, due: '2026-03-02 24:00' },
    { why: 'Wednesday 11 Feb + 10: both make-up Saturdays count, the festival does not', from: '2026-02-11 10:00', days: 10, due: '2026-03-03 24:00' },
  ])('$why', addsWorkingDays);
});

describe('2026: the National Day week, 1–7 Oct, with Sunday 20 Sep and Saturday 10 Oct worked', () => {
  it.each<DaysRow>([
    { why: 'Friday 18 Sep + 1: Saturday 19 is off, Sunday 20 is worked', from: '2026-09-18 10:00', days: 1, due: '2026-09-20 24:00' },
    { why: 'Friday 18 Sep + 2: Monday 21', from: '2026-09-18 10:00', days: 2, due: '2026-09-21 24:00' },
    { why: 'received on the make-up Sunday 20 Sep', from: '2026-09-20 10:00', days: 1, due: '2026-09-21 24:00' },
    { why: 'Monday 28 Sep + 2: Wednesday 30', from: '2026-09-28 10:00', days: 2, due: '2026-09-30 24:00' },
    { why: 'Tuesday 29 Sep + 2: over the holiday to Thursday 8 Oct', from: '2026-09-29 10:00', days: 2, due: '2026-10-08 24:00' },
    { why: 'received on National Day itself', from: '2026-10-01 10:00', days: 1, due: '2026-10-08 24:00' },
    { why: 'Thursday 8 Oct + 2: the make-up Saturday 10', from: '2026-10-08 10:00', days: 2, due: '2026-10-10 24:00' },
    { why: 'Friday 9 Oct + 2: Saturday 10 worked, Sunday 11 off, Monday 12', from: '2026-10-09 10:00', days: 2, due: '2026-10-12 24:00' },
  ])('$why', addsWorkingDays);
});

describe('2026: received at 23:59 — still that day, so counting starts the day after', () => {
  it.each<DaysRow>([
    { why: 'Friday 9 Jan 23:59 + 1: Monday', from: '2026-01-09 23:59', days: 1, due: '2026-01-12 24:00' },
    { why: 'Friday 13 Feb 23:59 + 1: the make-up Saturday', from: '2026-02-13 23:59', days: 1, due: '2026-02-14 24:00' },
    { why: 'Monday 23 Feb 23:59, the last night of the festival', from: '2026-02-23 23:59', days: 1, due: '2026-02-24 24:00' },
    { why: 'Thursday 30 Apr 23:59 + 1: over Labour Day', from: '2026-04-30 23:59', days: 1, due: '2026-05-06 24:00' },
    { why: 'Wednesday 30 Sep 23:59 + 1: over National Day', from: '2026-09-30 23:59', days: 1, due: '2026-10-08 24:00' },
    { why: 'Wednesday 7 Oct 23:59, the last night of National Day', from: '2026-10-07 23:59', days: 1, due: '2026-10-08 24:00' },
  ])('$why', addsWorkingDays);

  it.each<HoursRow>([
    { why: 'working hours from 23:59: the next morning', from: '2026-01-12 23:59', hours: 1, due: '2026-01-13 10:00' },
    { why: 'working hours from 23:59 on the make-up Saturday 14 Feb: after the festival', from: '2026-02-14 23:59', hours: 1, due: '2026-02-24 10:00' },
  ])('$why', addsWorkingHours);

  it.each([
    { why: 'natural minutes from 23:59 on New Year’s Eve: holidays do not stop the clock', from: '2025-12-31 23:59', minutes: 15, due: '2026-01-01 00:14' },
    { why: 'natural minutes from 23:59 on the make-up Saturday into the festival', from: '2026-02-14 23:59', minutes: 30, due: '2026-02-15 00:29' },
  ])('$why', ({ from, minutes, due }) => {
    expect(CALENDAR_2026.addNaturalMinutes(shanghai(from), minutes)).toEqual(shanghai(due));
  });
});

describe('2026: lunch, 12:00–13:30, is not working time', () => {
  it.each<HoursRow>([
    { why: 'from lunch on the make-up Saturday 14 Feb', from: '2026-02-14 12:15', hours: 1, due: '2026-02-14 14:30' },
    { why: 'from lunch on 14 Feb, past its afternoon and over the festival', from: '2026-02-14 12:15', hours: 5, due: '2026-02-24 10:00' },
    { why: 'from lunch on the make-up Sunday 20 Sep, exactly its afternoon', from: '2026-09-20 12:00', hours: 4, due: '2026-09-20 17:30' },
    { why: 'backwards from lunch: the end of the morning is where it counts from', from: '2026-01-13 13:00', hours: -1, due: '2026-01-13 11:00' },
  ])('$why', addsWorkingHours);

  it.each([
    { why: 'lunch alone', from: '2026-01-12 12:00', to: '2026-01-12 13:30', hours: 0 },
    { why: 'from lunch into the afternoon of the make-up Sunday 20 Sep', from: '2026-09-20 12:10', to: '2026-09-20 15:00', hours: 1.5 },
  ])('working time between: $why', ({ from, to, hours }) => {
    expect(CALENDAR_2026.workingTimeBetween(shanghai(from), shanghai(to))).toBe(hours * HOUR);
  });

  it.each<DaysRow>([{ why: 'a period in days is not moved by lunch', from: '2026-01-12 12:30', days: 1, due: '2026-01-13 24:00' }])('$why', addsWorkingDays);
});

describe('2026: received on a holiday', () => {
  it.each<DaysRow>([
    { why: 'New Year’s Day + 1: Sunday 4 Jan is worked', from: '2026-01-01 10:00', days: 1, due: '2026-01-04 24:00' },
    { why: 'Saturday 2 May, in Labour Day + 1: Wednesday 6 May', from: '2026-05-02 10:00', days: 1, due: '2026-05-06 24:00' },
    { why: 'Tuesday 5 May, the last day of Labour Day + 4: the make-up Saturday 9 May is the fourth', from: '2026-05-05 10:00', days: 4, due: '2026-05-09 24:00' },
  ])('$why', addsWorkingDays);

  it.each<HoursRow>([
    { why: 'working hours from National Day: the first morning after it', from: '2026-10-01 10:00', hours: 1, due: '2026-10-08 10:00' },
    { why: 'a working day’s hours from the festival: all of 24 Feb', from: '2026-02-18 10:00', hours: 7, due: '2026-02-24 17:30' },
  ])('$why', addsWorkingHours);

  it('no working time at all in the National Day week', () => {
    expect(CALENDAR_2026.workingTimeBetween(shanghai('2026-10-01 09:00'), shanghai('2026-10-07 17:30'))).toBe(0);
  });

  it.each([
    { why: 'on Saturday 3 Jan (New Year): the make-up Sunday 4 Jan', at: '2026-01-03 10:00', start: '2026-01-04 00:00' },
    { why: 'on Tuesday 5 May (Labour Day)', at: '2026-05-05 10:00', start: '2026-05-06 00:00' },
  ])('next working day $why', ({ at, start }) => {
    expect(CALENDAR_2026.nextWorkingDayStart(shanghai(at))).toEqual(shanghai(start));
  });

  it.each<DaysRow>([
    { why: 'one working day left of a due on 8 Oct: from the end of 30 Sep', from: '2026-10-08 24:00', days: -1, due: '2026-09-30 24:00' },
    { why: 'one working day left of a due on the make-up Sunday 20 Sep: from the end of Friday 18', from: '2026-09-20 24:00', days: -1, due: '2026-09-18 24:00' },
    { why: 'one working day left of a due on the make-up Saturday 10 Oct: from the end of Friday 9', from: '2026-10-10 24:00', days: -1, due: '2026-10-09 24:00' },
  ])('$why', addsWorkingDays);
});

describe('2026: an extension (延期) counted on from the old reply-due, over a holiday', () => {
  it.each([
    { why: 'due 30 Sep, + 1: over National Day', due: '2026-09-30 24:00', days: 1, extended: '2026-10-08 24:00' },
    { why: 'due 30 Sep, + 3: onto the make-up Saturday 10 Oct', due: '2026-09-30 24:00', days: 3, extended: '2026-10-10 24:00' },
    { why: 'due 30 Apr, + 5: over Labour Day, with Saturday 9 May', due: '2026-04-30 24:00', days: 5, extended: '2026-05-11 24:00' },
    { why: 'due 31 Dec 2025, + 2: over New Year, with Sunday 4 Jan', due: '2025-12-31 24:00', days: 2, extended: '2026-01-05 24:00' },
    { why: 'due Friday 18 Sep, + 1: the make-up Sunday 20 Sep', due: '2026-09-18 24:00', days: 1, extended: '2026-09-20 24:00' },
    { why: 'a due that fell in the festival (natural days), + 1', due: '2026-02-18 24:00', days: 1, extended: '2026-02-24 24:00' },
    { why: 'due 12 Feb, + 10 (the cap): over the whole festival', due: '2026-02-12 24:00', days: 10, extended: '2026-03-04 24:00' },
  ])('$why', ({ due, days, extended }) => {
    expect(extendedReplyDueAt(CALENDAR_2026, shanghai(due), days)).toEqual(shanghai(extended));
  });
});

describe('2026: Asia/Shanghai is UTC+8 all year, no summer time — instants in UTC', () => {
  it.each([
    { why: '15:59Z on 30 Sep is 23:59 that day', from: '2026-09-30T15:59:00Z', days: 1, due: '2026-10-08T16:00:00Z' },
    { why: '16:00Z on 30 Sep is 24:00 of it (00:00 on 1 Oct), still counted from 30 Sep', from: '2026-09-30T16:00:00Z', days: 1, due: '2026-10-08T16:00:00Z' },
    { why: '16:01Z on 30 Sep is already on 1 Oct, a holiday', from: '2026-09-30T16:01:00Z', days: 1, due: '2026-10-08T16:00:00Z' },
    { why: '16:00Z on 13 Feb: 24:00 of Friday 13 Feb, so Saturday 14 is next', from: '2026-02-13T16:00:00Z', days: 1, due: '2026-02-14T16:00:00Z' },
    { why: '16:30Z on 13 Feb is 00:30 on the make-up Saturday itself', from: '2026-02-13T16:30:00Z', days: 1, due: '2026-02-24T16:00:00Z' },
  ])('working days: $why', ({ from, days, due }) => {
    expect(CALENDAR_2026.addWorkingDays(new Date(from), days)).toEqual(new Date(due));
  });

  it.each([
    { why: 'the night Europe and America keep no summer time yet (8 Mar): Monday 9 Mar 10:00 is 02:00Z', from: '2026-03-08T16:00:00Z', hours: 1, due: '2026-03-09T02:00:00Z' },
    { why: 'when Europe leaves summer time (25 Oct, a Sunday): Monday 26 Oct 10:00 is still 02:00Z', from: '2026-10-25T01:00:00Z', hours: 1, due: '2026-10-26T02:00:00Z' },
    { why: 'when America leaves summer time (1 Nov): Monday 2 Nov, 17:30 is 09:30Z', from: '2026-11-01T16:00:00Z', hours: 7, due: '2026-11-02T09:30:00Z' },
    { why: 'in midsummer: 09:00–12:00 and 13:30–17:30 are 01:00–04:00Z and 05:30–09:30Z', from: '2026-07-15T03:30:00Z', hours: 2, due: '2026-07-15T07:00:00Z' },
  ])('working hours: $why', ({ from, hours, due }) => {
    expect(CALENDAR_2026.addWorkingHours(new Date(from), hours)).toEqual(new Date(due));
  });

  it('from 17:00 Friday 13 Feb (09:00Z) to 09:30 on the make-up Saturday (01:30Z): one working hour', () => {
    expect(CALENDAR_2026.workingTimeBetween(new Date('2026-02-13T09:00:00Z'), new Date('2026-02-14T01:30:00Z'))).toBe(HOUR);
  });

  it('every working day of 2026 starts at 16:00Z the day before, winter and summer alike', () => {
    const starts: Date[] = [];
    for (let at = CALENDAR_2026.nextWorkingDayStart(new Date('2025-12-31T12:00:00Z')); at.getUTCFullYear() < 2027; at = CALENDAR_2026.nextWorkingDayStart(new Date(at.getTime() + 1))) {
      starts.push(at);
    }
    expect(starts.filter((start) => start.getUTCHours() !== 16 || start.getUTCMinutes() !== 0)).toEqual([]);
    // 365 days, less 104 weekend days and the fixture's 16 weekday holidays, plus 6 make-up days; the
    // start at 16:00Z on 31 Dec is that of 1 Jan 2027.
    expect(starts.filter((start) => start.toISOString() < '2026-12-31T16:00:00.000Z')).toHaveLength(365 - 104 - 16 + 6);
  });
});
