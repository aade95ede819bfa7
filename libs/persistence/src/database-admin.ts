import { createConnection } from 'mysql2/promise';
import type { DatabaseSettings } from '#libs/settings';
import { createDataSource } from './data-source.js';

/** A database or table name quoted for SQL, refused unless plain (it cannot be a statement parameter). */
export const identifier = (name: string): string => {
  if (!/^[A-Za-z0-9_]{1,64}$/.test(name)) throw new Error(`DB_NAME: "${name}" is not a plain database name`);
  return `\`${name}\``;
};

/** Runs one statement on the server, outside any database (creating, dropping, copying). */
export async function onServer(db: DatabaseSettings, sql: string): Promise<void> {
  const connection = await createConnection({ host: db.host, port: db.port, user: db.username, password: db.password });
  try {
    await connection.query(sql);
  } finally {
    await connection.end();
  }
}

export const createDatabase = (db: DatabaseSettings): Promise<void> =>
  onServer(db, `CREATE DATABASE IF NOT EXISTS ${identifier(db.database)} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);

export const dropDatabase = (db: DatabaseSettings): Promise<void> =>
  onServer(db, `DROP DATABASE IF EXISTS ${identifier(db.database)}`);

/** Creates the database if needed and runs every pending migration; returns the names it ran. */
export async function migrate(db: DatabaseSettings): Promise<string[]> {
  await createDatabase(db);
  const dataSource = await createDataSource(db).initialize();
  try {
    return (await dataSource.runMigrations({ transaction: 'each' })).map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}
