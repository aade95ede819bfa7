// Test data shared by the calendar and deadline specs (not exported from the library). Production
// calendars come from the `calendar_days` table, seeded elsewhere.
import { MINUTE_MS, shiftDate, startOfLocalDay } from '../local-date.js';
import type { CalendarOverride } from '../overrides.js';
import { WorkCalendar } from '../work-calendar.js';

const holidays = (first: string, last: string): CalendarOverride[] => {
  const days: CalendarOverride[] = [];
  for (let date = first; date <= last; date = shiftDate(date, 1)) days.push({ date, kind: 'holiday' });
  return days;
};

const workday = (date: string): CalendarOverride => ({ date, kind: 'workday' });

/**
 * The 2026 holidays with make-up working days that DOMAIN.md tests against, as published. Qingming,
 * Dragon Boat and Mid-Autumn (no make-up days) are left out, so tests keep clear of April, June and
 * late September.
 */
export const OVERRIDES_2026: readonly CalendarOverride[] = [
  ...holidays('2026-01-01', '2026-01-03'), // 元旦
  workday('2026-01-04'),
  ...holidays('2026-02-15', '2026-02-23'), // 春节
  workday('2026-02-14'),
  workday('2026-02-28'),
  ...holidays('2026-05-01', '2026-05-05'), // 劳动节
  workday('2026-05-09'),
  ...holidays('2026-10-01', '2026-10-07'), // 国庆节
  workday('2026-09-20'),
  workday('2026-10-10'),
];

export const CALENDAR_2026 = new WorkCalendar(OVERRIDES_2026);

/**
 * An Asia/Shanghai wall-clock time, `YYYY-MM-DD HH:MM`. `24:00` is allowed and means the end of the
 * day, as dues are written: `2026-02-24 24:00` is the same instant as `2026-02-25 00:00`.
 */
export const shanghai = (text: string): Date => {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2})$/.exec(text);
  if (!match) throw new RangeError(`${text} is not YYYY-MM-DD HH:MM`);
  const [, date, hours, minutes] = match;
  return new Date(startOfLocalDay(date).getTime() + (Number(hours) * 60 + Number(minutes)) * MINUTE_MS);
};
