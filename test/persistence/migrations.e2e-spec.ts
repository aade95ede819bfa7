import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createDataSource, createDatabase, dropDatabase, ENTITIES } from '#libs/persistence';
import type { Settings } from '#libs/settings';
import { testSettings } from '../support/test-run.js';

const tablesOf = async (dataSource: DataSource): Promise<string[]> =>
  (await dataSource.query('SHOW TABLES')).map((row: Record<string, string>) => Object.values(row)[0]).sort();

describe('migrations on an empty database', () => {
  let settings: Settings;
  let dataSource: DataSource;

  beforeAll(async () => {
    settings = testSettings();
    await createDatabase(settings.db);
    dataSource = await createDataSource(settings.db).initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await dropDatabase(settings.db);
  });

  const entityTables = (): string[] => ENTITIES.map((entity) => dataSource.getMetadata(entity).tableName).sort();

  it('run up: every entity has its table', async () => {
    expect(await tablesOf(dataSource)).toEqual([]);
    const ran = await dataSource.runMigrations();
    expect(ran.length).toBeGreaterThan(0);
    expect(await tablesOf(dataSource)).toEqual([...entityTables(), 'migrations'].sort());
  });

  it('leave nothing for TypeORM to change: the migrations and the entities describe one schema', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('store text as utf8mb4, so every Chinese character and emoji fits', async () => {
    const [row] = await dataSource.query(
      `SELECT COUNT(*) AS other FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_COLLATION <> 'utf8mb4_unicode_ci'`,
      [settings.db.database],
    );
    expect(Number(row.other)).toBe(0);
  });

  it('run down cleanly, leaving only the migrations ledger', async () => {
    for (let i = 0; i < dataSource.migrations.length; i++) await dataSource.undoLastMigration();
    expect(await tablesOf(dataSource)).toEqual(['migrations']);
    expect(await dataSource.query('SELECT * FROM migrations')).toEqual([]);
  });

  it('run up again after down', async () => {
    await dataSource.runMigrations();
    expect(await tablesOf(dataSource)).toEqual([...entityTables(), 'migrations'].sort());
  });
});
