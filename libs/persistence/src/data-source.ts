import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabaseSettings } from '#libs/settings';
import { ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './naming-strategy.js';

export function dataSourceOptions(db: DatabaseSettings): DataSourceOptions {
  return {
    type: db.type,
    host: db.host,
    port: db.port,
    username: db.username,
    password: db.password,
    database: db.database,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    // Ids of append-only tables are BIGINT; mysql2 returns them as numbers while they are safe.
    supportBigNumbers: true,
    bigNumberStrings: false,
    // DATE columns (calendar days) are calendar dates, not instants: keep them as 'YYYY-MM-DD'.
    dateStrings: ['DATE'],
    entities: ENTITIES,
    migrations: MIGRATIONS,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { connectionLimit: 20 },
  };
}

export const createDataSource = (db: DatabaseSettings): DataSource => new DataSource(dataSourceOptions(db));
