// Database chores without starting the server: `npm run db -- migrate | seed | revert`.
import { createDataSource, migrate } from '#libs/persistence';
import { loadSettings } from '#libs/settings';
import { prepareDatabase } from './prepare-database.js';

const settings = loadSettings();
const [command] = process.argv.slice(2);

if (command === 'migrate') {
  console.log(JSON.stringify({ database: settings.db.database, migrations: await migrate(settings.db) }));
} else if (command === 'seed') {
  const { migrations, seed, calendar } = await prepareDatabase(settings.db);
  console.log(JSON.stringify({ database: settings.db.database, migrations, seed, calendar }));
} else if (command === 'revert') {
  const dataSource = await createDataSource(settings.db).initialize();
  await dataSource.undoLastMigration({ transaction: 'each' });
  await dataSource.destroy();
  console.log(JSON.stringify({ database: settings.db.database, reverted: 'last migration' }));
} else {
  console.error('usage: npm run db -- migrate | seed | revert');
  process.exitCode = 2;
}
