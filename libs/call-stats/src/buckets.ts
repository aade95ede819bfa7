import { localTimeOf } from '#libs/calendar';

const MINUTE_MS = 60_000;

/** `YYYYMMDD` or `YYYYMMDDHHmm` of Asia/Shanghai time. */
const stamp = (instant: Date, length: number): string => localTimeOf(instant).replace(/[-T:]/g, '').slice(0, length);

/** Where a call's counts are kept live: a Redis hash per minute and per day of Asia/Shanghai time, by the instant the call is counted at. */
export const minuteKey = (prefix: string, instant: Date): string => `${prefix}:calls:m:${stamp(instant, 12)}`;
export const dayKey = (prefix: string, instant: Date): string => `${prefix}:calls:d:${stamp(instant, 8)}`;

/** The minute buckets of the `minutes` minutes up to and including `now`'s. */
export function lastMinutes(prefix: string, now: Date, minutes: number): string[] {
  return Array.from({ length: minutes }, (_, index) => minuteKey(prefix, new Date(now.getTime() - index * MINUTE_MS)));
}

/** Minute buckets outlive the hour they serve; a day's outlives the day, for a late look after midnight. */
export const MINUTE_TTL_SECONDS = 2 * 3600;
export const DAY_TTL_SECONDS = 3 * 86_400;
