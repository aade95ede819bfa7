import { MINUTE_MS } from './local-date.js';

/** One stretch of working time on a working day, local wall-clock `HH:MM` (`end` may be `24:00`). */
export interface WorkingHours {
  readonly start: string;
  readonly end: string;
}

export const DEFAULT_WORKING_HOURS: readonly WorkingHours[] = [
  { start: '09:00', end: '12:00' },
  { start: '13:30', end: '17:30' },
];

/** A stretch of working time as milliseconds after local midnight. */
export interface Period {
  readonly from: number;
  readonly to: number;
}

const clockMs = (clock: string): number => {
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  const [hours, minutes] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  const valid = minutes < 60 && (hours < 24 || (hours === 24 && minutes === 0));
  if (!valid) throw new RangeError(`working hours: ${clock} is not an HH:MM time of day`);
  return (hours * 60 + minutes) * MINUTE_MS;
};

/** The periods in order; empty, reversed or overlapping stretches are refused. */
export function parseWorkingHours(hours: readonly WorkingHours[]): readonly Period[] {
  if (hours.length === 0) throw new RangeError('working hours: at least one stretch is needed');
  const periods = hours.map(({ start, end }) => ({ from: clockMs(start), to: clockMs(end) }));
  periods.forEach(({ from, to }, index) => {
    const previousEnd = index === 0 ? 0 : periods[index - 1].to;
    if (from >= to || from < previousEnd) {
      throw new RangeError(`working hours: ${hours[index].start}–${hours[index].end} is empty, reversed or out of order`);
    }
  });
  return periods;
}
