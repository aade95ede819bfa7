import { demoCity, DEMO_PASSWORD, seedCity, type SeedReport } from '#config/demo-city';
import { createDataSource, migrate } from '#libs/persistence';
import type { DatabaseSettings } from '#libs/settings';

/** Migrates the database, then loads the demo city if it is empty. */
export async function prepareDatabase(db: DatabaseSettings): Promise<{ migrations: string[]; seed: SeedReport }> {
  const migrations = await migrate(db);
  const dataSource = await createDataSource(db).initialize();
  try {
    return { migrations, seed: await seedCity(dataSource, demoCity, DEMO_PASSWORD) };
  } finally {
    await dataSource.destroy();
  }
}
