import type { WorkCalendar } from '#libs/calendar';

/**
 * How each unit counts (DOMAIN.md, Civil Code arts. 201, 203): days start on the day after and end
 * at 24:00 of the last day; hours and minutes start at the moment, on the 24×7 clock unless they are
 * working hours.
 */
export const LIMIT_UNITS = ['working_days', 'natural_days', 'natural_hours', 'natural_minutes', 'natural_seconds', 'working_hours'] as const;
export type LimitUnit = (typeof LIMIT_UNITS)[number];

export interface Limit {
  readonly amount: number;
  readonly unit: LimitUnit;
}

export const workingDays = (amount: number): Limit => ({ amount, unit: 'working_days' });
export const naturalDays = (amount: number): Limit => ({ amount, unit: 'natural_days' });
export const naturalHours = (amount: number): Limit => ({ amount, unit: 'natural_hours' });
export const naturalMinutes = (amount: number): Limit => ({ amount, unit: 'natural_minutes' });
export const workingHours = (amount: number): Limit => ({ amount, unit: 'working_hours' });
/** Only the drill profile counts in seconds: a training session sees a whole escalation ladder in a minute. */
export const naturalSeconds = (amount: number): Limit => ({ amount, unit: 'natural_seconds' });

const ADD: Record<LimitUnit, (calendar: WorkCalendar, from: Date, amount: number) => Date> = {
  working_days: (calendar, from, amount) => calendar.addWorkingDays(from, amount),
  natural_days: (calendar, from, amount) => calendar.addNaturalDays(from, amount),
  natural_hours: (calendar, from, amount) => calendar.addNaturalHours(from, amount),
  natural_minutes: (calendar, from, amount) => calendar.addNaturalMinutes(from, amount),
  natural_seconds: (_calendar, from, amount) => new Date(from.getTime() + amount * 1000),
  working_hours: (calendar, from, amount) => calendar.addWorkingHours(from, amount),
};

/** The due of a limit that starts at `from`. */
export function addLimit(calendar: WorkCalendar, from: Date, limit: Limit): Date {
  return ADD[limit.unit](calendar, from, limit.amount);
}

/** The moment from which only `limit` is left before `due`. */
export function limitBefore(calendar: WorkCalendar, due: Date, limit: Limit): Date {
  return ADD[limit.unit](calendar, due, -limit.amount);
}
