// Asia/Shanghai has kept UTC+8 all year since 1991 (no summer time), so a fixed offset is exact for
// every instant this system handles and no time-zone database is needed.
export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
const SHANGHAI_OFFSET_MS = 8 * HOUR_MS;

/** A calendar date in Asia/Shanghai, `YYYY-MM-DD`. */
export type LocalDate = string;

// Date.parse rolls 2026-02-30 over to 2 March rather than refusing it: the round trip catches that.
export const isLocalDate = (text: string): boolean => {
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(text) ? Date.parse(text) : NaN;
  return !Number.isNaN(parsed) && new Date(parsed).toISOString().startsWith(text);
};

/** An instant in Asia/Shanghai wall-clock time, `YYYY-MM-DDTHH:mm:ss.sss` (no offset written). */
export const localTimeOf = (instant: Date): string => new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 23);

export const localDateOf = (instant: Date): LocalDate => localTimeOf(instant).slice(0, 10);

/** 00:00 of `date`, which is also 24:00 of the day before. */
export const startOfLocalDay = (date: LocalDate): Date => new Date(Date.parse(date) - SHANGHAI_OFFSET_MS);

export const shiftDate = (date: LocalDate, days: number): LocalDate => new Date(Date.parse(date) + days * DAY_MS).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` comes first). */
export const daysFrom = (from: LocalDate, to: LocalDate): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** A month `YYYY-MM` as its first and last day. */
export function monthDays(month: string): { from: LocalDate; to: LocalDate } {
  const first = new Date(Date.parse(`${month}-01`));
  const next = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1));
  return { from: `${month}-01`, to: shiftDate(next.toISOString().slice(0, 10), -1) };
}

/** The local day an instant falls in, as the instants it starts and ends at (00:00 of that day and of the next). */
export const localDayOf = (instant: Date): { start: Date; end: Date } => {
  const date = localDateOf(instant);
  return { start: startOfLocalDay(date), end: startOfLocalDay(shiftDate(date, 1)) };
};

export const localYearOf = (instant: Date): number => Number(localDateOf(instant).slice(0, 4));

/** 0 for Sunday to 6 for Saturday. */
export const weekdayOf = (date: LocalDate): number => new Date(Date.parse(date)).getUTCDay();

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export const weekdayNameOf = (date: LocalDate): string => WEEKDAY_NAMES[weekdayOf(date)]!;

/** Saturday or Sunday: off, unless a make-up working day (调休) says otherwise. */
export const isWeekend = (date: LocalDate): boolean => weekdayOf(date) === 0 || weekdayOf(date) === 6;

/**
 * The day an instant counts as when periods in days are counted from it. Local midnight is 24:00 of
 * the day before — that is how a due is written — so a period counted on from a due starts with the
 * whole next day rather than skipping it.
 */
export const countingDayOf = (instant: Date): LocalDate => localDateOf(new Date(instant.getTime() - 1));

/** A due as dues are written, in Beijing time to the minute: the end of a day is 24:00 of that day, not 00:00 of the next. */
export function dueTextOf(due: Date): string {
  const local = localTimeOf(due);
  return local.endsWith('T00:00:00.000') ? `${countingDayOf(due)} 24:00` : local.slice(0, 16).replace('T', ' ');
}
