import { countingDayOf, HOUR_MS, isLocalDate, localDateOf, MINUTE_MS, shiftDate, startOfLocalDay, isWeekend, type LocalDate } from './local-date.js';
import { indexOverrides, type CalendarOverride, type OverrideKind } from './overrides.js';
import { DEFAULT_WORKING_HOURS, parseWorkingHours, type Period, type WorkingHours } from './working-hours.js';

type Direction = 1 | -1;

/** A stretch of working time between two instants, in epoch milliseconds. */
interface Interval {
  readonly start: number;
  readonly end: number;
}


const requireWhole = (days: number): void => {
  if (!Number.isInteger(days)) throw new RangeError(`${days} is not a whole number of days`);
};

const requireFinite = (amount: number): void => {
  if (!Number.isFinite(amount)) throw new RangeError(`${amount} is not a finite amount of time`);
};

/**
 * Working days (Monday–Friday, minus public holidays, plus make-up working days 调休) and working hours
 * in Asia/Shanghai, and the Civil Code's way of counting periods on them (arts. 201, 203).
 *
 * Every `add…` method takes a signed amount. Forward, it is the due of a period of that length
 * started at `from`; backward, it is the moment from which only that much is left before `from`
 * (what a warning "1 working day left" needs). Zero is `from` itself: an empty period ends where it starts.
 */
export class WorkCalendar {
  private readonly overrides: ReadonlyMap<LocalDate, OverrideKind>;
  private readonly periods: { readonly [direction in Direction]: readonly Period[] };

  constructor(overrides: readonly CalendarOverride[], workingHours: readonly WorkingHours[] = DEFAULT_WORKING_HOURS) {
    this.overrides = indexOverrides(overrides);
    const periods = parseWorkingHours(workingHours);
    this.periods = { 1: periods, [-1]: [...periods].reverse() };
  }

  isWorkingDay(date: LocalDate): boolean {
    if (!isLocalDate(date)) throw new RangeError(`${date} is not a YYYY-MM-DD date`);
    return this.isWorking(date);
  }

  localDate(instant: Date): LocalDate {
    return localDateOf(instant);
  }

  /**
   * Counting starts on the day after `from` and the period ends at 24:00 of its last working day
   * (returned as 00:00 of the next day, the first instant past the due).
   */
  addWorkingDays(from: Date, days: number): Date {
    return this.countDays(from, days, (date) => this.isWorking(date));
  }

  /** As `addWorkingDays`, with every day counted. */
  addNaturalDays(from: Date, days: number): Date {
    return this.countDays(from, days, () => true);
  }

  /** From the moment itself, on the 24×7 clock. */
  addNaturalHours(from: Date, hours: number): Date {
    requireFinite(hours);
    return new Date(from.getTime() + hours * HOUR_MS);
  }

  addNaturalMinutes(from: Date, minutes: number): Date {
    requireFinite(minutes);
    return new Date(from.getTime() + minutes * MINUTE_MS);
  }

  /** Only the working hours of working days run; a period that uses up a stretch exactly ends at its close. */
  addWorkingHours(from: Date, hours: number): Date {
    requireFinite(hours);
    if (hours === 0) return from;
    const direction: Direction = hours > 0 ? 1 : -1;
    const intervals = this.workingIntervals(from, direction);
    let left = Math.abs(hours) * HOUR_MS;
    for (;;) {
      const { start, end } = intervals.next().value;
      if (end - start >= left) return new Date(direction === 1 ? start + left : end - left);
      left -= end - start;
    }
  }

  /** Milliseconds of working hours from `from` to `to`; negative when `to` is the earlier. */
  workingTimeBetween(from: Date, to: Date): number {
    // 0 - x rather than -x, so that no time between is 0 and never -0.
    if (to < from) return 0 - this.workingTimeBetween(to, from);
    const intervals = this.workingIntervals(from, 1);
    let total = 0;
    for (;;) {
      const { start, end } = intervals.next().value;
      if (start >= to.getTime()) return total;
      total += Math.min(end, to.getTime()) - start;
    }
  }

  /**
   * 00:00 of the first working day that starts at or after `instant`. For a due at 24:00 that is the
   * working day after the due (the day of the urging notice 催办通知书), not the one after that.
   */
  nextWorkingDayStart(instant: Date): Date {
    let date = shiftDate(countingDayOf(instant), 1);
    while (!this.isWorking(date)) date = shiftDate(date, 1);
    return startOfLocalDay(date);
  }

  private isWorking(date: LocalDate): boolean {
    const kind = this.overrides.get(date);
    if (kind !== undefined) return kind === 'workday';
    return !isWeekend(date);
  }

  /**
   * Forward: the n-th counted day after the day of `from`, to its 24:00. Backward: `days` counted days
   * are left from 24:00 of the counted day before them, so that is where it ends.
   */
  private countDays(from: Date, days: number, counts: (date: LocalDate) => boolean): Date {
    requireWhole(days);
    if (days === 0) return from;
    const direction: Direction = days > 0 ? 1 : -1;
    // Backward, the day of `from` is itself one of the days left, so the walk starts on it and goes one day further.
    let date = direction === 1 ? countingDayOf(from) : shiftDate(countingDayOf(from), 1);
    let left = direction === 1 ? days : 1 - days;
    while (left > 0) {
      date = shiftDate(date, direction);
      if (counts(date)) left -= 1;
    }
    return startOfLocalDay(shiftDate(date, 1));
  }

  /** The working stretches from `from` on (or back), each cut at `from`; endless, since every week has weekdays past the overrides. */
  private *workingIntervals(from: Date, direction: Direction): Generator<Interval, never> {
    const at = from.getTime();
    for (let date = localDateOf(from); ; date = shiftDate(date, direction)) {
      if (!this.isWorking(date)) continue;
      const midnight = startOfLocalDay(date).getTime();
      for (const period of this.periods[direction]) {
        const start = direction === 1 ? Math.max(midnight + period.from, at) : midnight + period.from;
        const end = direction === 1 ? midnight + period.to : Math.min(midnight + period.to, at);
        if (start < end) yield { start, end };
      }
    }
  }
}
