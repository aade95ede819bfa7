import { Between, type DataSource } from 'typeorm';
import { localYearOf } from '#libs/calendar';
import { CalendarDayEntity } from '#libs/persistence';
import { chinaHolidayRows, publishedYears } from './china-holidays.js';

export interface CalendarSeedReport {
  /** Years whose published dates were inserted now. */
  seeded: number[];
  /** Years seeded before and left alone: administrators' edits and deletions stand. */
  alreadySeeded: number[];
  /** Years the package does not have yet: administrators enter them by hand until an upgrade brings them. */
  notPublished: number[];
  /** Rows written. */
  inserted: number;
  /** Days skipped because an administrator had already set them. */
  keptAdminDays: string[];
}

/** This year and next in Asia/Shanghai: what every boot makes sure the table has. */
export const seedYears = (now: Date = new Date()): number[] => {
  const year = localYearOf(now);
  return [year, year + 1];
};

/**
 * Loads the published holidays and make-up working days of `years` into `calendar_days` with
 * source `seed`, so that `npm start` may call it on every boot and a new year's dates arrive with an
 * upgrade of the data package.
 *
 * A year is seeded once: a year that already has seeded rows is left alone, so that an
 * administrator's change to a seeded day — or its deletion, back to the weekday rule — is not undone
 * at the next boot. Within a year seeded now, a day an administrator has already set (say, next
 * year's dates entered by hand before the package had them) keeps the administrator's row.
 */
export async function seedCalendar(dataSource: DataSource, years: readonly number[]): Promise<CalendarSeedReport> {
  const published = new Set(publishedYears());
  const report: CalendarSeedReport = { seeded: [], alreadySeeded: [], notPublished: [], inserted: 0, keptAdminDays: [] };
  for (const year of [...new Set(years)].sort((a, b) => a - b)) {
    if (!published.has(year)) {
      report.notPublished.push(year);
      continue;
    }
    await dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(CalendarDayEntity);
      const existing = await repository.find({ where: { day: Between(`${year}-01-01`, `${year}-12-31`) }, lock: { mode: 'pessimistic_write' } });
      if (existing.some((row) => row.source === 'seed')) {
        report.alreadySeeded.push(year);
        return;
      }
      const taken = new Set(existing.map((row) => row.day));
      const rows = chinaHolidayRows([year]);
      const fresh = rows.filter((row) => !taken.has(row.day)).map((row) => ({ ...row, source: 'seed' as const }));
      // orIgnore: another instance booting at the same moment may have inserted the same days.
      if (fresh.length > 0) await repository.createQueryBuilder().insert().values(fresh).orIgnore().execute();
      report.seeded.push(year);
      report.inserted += fresh.length;
      report.keptAdminDays.push(...rows.filter((row) => taken.has(row.day)).map((row) => row.day));
    });
  }
  return report;
}
