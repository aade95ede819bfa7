// Mainland China's public holidays and make-up working days (调休), from the `chinese-days` package
// (MIT, no dependencies), whose maintainers add each year from the State Council's notice
// (国务院办公厅关于××年部分节假日安排的通知). The State Council publishes next year's dates only in
// October–November, so a year can be missing here until the package publishes it: administrators
// enter it by hand meanwhile (PUT /api/calendar/:day), and the seed fills in the rest on upgrade.
import { createRequire } from 'node:module';
import { changesWeekdayRule } from '#libs/calendar';

/** One day of the calendar table as the seed writes it; `name` is Chinese, as shown to users. */
export interface CalendarSeedRow {
  /** `YYYY-MM-DD`, Asia/Shanghai. */
  readonly day: string;
  readonly kind: 'holiday' | 'workday';
  readonly name: string;
}

/** The package's shape: by date, `"English name,中文名,days"` of the holiday the day belongs to. */
interface PackageData {
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
}

// The package documents dist/chinese-days.json as its data file. Loaded through require rather
// than `import … with { type: 'json' }`, whose attribute the test transpiler drops.
const DATA = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as PackageData;

/** `"Spring Festival,春节,4"` → `春节`; a value without a Chinese part keeps what it has. */
const chineseName = (value: string): string => {
  const [english, chinese] = value.split(',');
  return (chinese ?? english ?? value).trim();
};

const yearOf = (day: string): number => Number(day.slice(0, 4));

/** The years the package has holiday dates for, in order. */
export function publishedYears(): number[] {
  return [...new Set(Object.keys(DATA.holidays).map(yearOf))].sort((a, b) => a - b);
}

/**
 * The days of `years` that break the Monday–Friday rule: holidays on weekdays and make-up working
 * days on weekends, by date. Holidays that fall on a weekend change nothing and are left out, as the
 * administrators' API refuses them; so is any odd entry that would (a "make-up" weekday).
 */
export function chinaHolidayRows(years: readonly number[]): CalendarSeedRow[] {
  const wanted = new Set(years);
  const rows: CalendarSeedRow[] = [];
  for (const [day, value] of Object.entries(DATA.holidays)) {
    if (wanted.has(yearOf(day)) && changesWeekdayRule(day, 'holiday')) rows.push({ day, kind: 'holiday', name: chineseName(value) });
  }
  for (const [day, value] of Object.entries(DATA.workdays)) {
    if (wanted.has(yearOf(day)) && changesWeekdayRule(day, 'workday')) rows.push({ day, kind: 'workday', name: `${chineseName(value)}补班` });
  }
  return rows.sort((a, b) => a.day.localeCompare(b.day));
}
