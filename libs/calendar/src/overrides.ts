import { isLocalDate, isWeekend, type LocalDate } from './local-date.js';

/** A day that breaks the Monday–Friday rule: a public holiday, or a make-up working day (调休). */
export interface CalendarOverride {
  readonly date: LocalDate;
  readonly kind: 'holiday' | 'workday';
}

export type OverrideKind = CalendarOverride['kind'];

const KINDS: readonly string[] = ['holiday', 'workday'] satisfies OverrideKind[];

/** The overrides by date; a bad date, an unknown kind or a date listed twice is refused rather than guessed at. */
export function indexOverrides(overrides: readonly CalendarOverride[]): ReadonlyMap<LocalDate, OverrideKind> {
  const byDate = new Map<LocalDate, OverrideKind>();
  for (const { date, kind } of overrides) {
    if (!isLocalDate(date)) throw new RangeError(`calendar override: ${date} is not a YYYY-MM-DD date`);
    if (!KINDS.includes(kind)) throw new RangeError(`calendar override ${date}: unknown kind ${kind}`);
    if (byDate.has(date)) throw new RangeError(`calendar override ${date} is listed twice`);
    byDate.set(date, kind);
  }
  return byDate;
}

/** Whether a day of this kind changes anything on `date`: a holiday on Monday to Friday, a make-up working day on a weekend. */
export const changesWeekdayRule = (date: LocalDate, kind: OverrideKind): boolean => (kind === 'holiday') !== isWeekend(date);
