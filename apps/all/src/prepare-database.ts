import { seedCalendar, seedYears, type CalendarSeedReport } from '#config/calendar';
import { demoCity, DEMO_PASSWORD, seedCity, type SeedReport } from '#config/demo-city';
import { createDataSource, migrate } from '#libs/persistence';
import type { DatabaseSettings } from '#libs/settings';

/**
 * Migrates the database, loads the demo city if it is empty, then the public holidays of this year
 * and next — on every boot, so that a new year's dates arrive with an upgrade of the data package.
 */
export async function prepareDatabase(db: DatabaseSettings): Promise<{ migrations: string[]; seed: SeedReport; calendar: CalendarSeedReport }> {
  const migrations = await migrate(db);
  const dataSource = await createDataSource(db).initialize();
  try {
    const seed = await seedCity(dataSource, demoCity, DEMO_PASSWORD);
    const calendar = await seedCalendar(dataSource, seedYears());
    return { migrations, seed, calendar };
  } finally {
    await dataSource.destroy();
  }
}
