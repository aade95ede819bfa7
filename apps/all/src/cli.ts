// Database chores without starting the server: `npm run db -- migrate | seed | revert | rebuild-figures FROM TO`.
import { isLocalDate } from '#libs/calendar';
import { createDataSource, migrate, rebuildUnitDailyFigures } from '#libs/persistence';
import { loadSettings } from '#libs/settings';
import { prepareDatabase } from './prepare-database.js';

const settings = loadSettings();
const [command, ...args] = process.argv.slice(2);

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
} else if (command === 'rebuild-figures' && args.length === 2 && args.every(isLocalDate) && args[0]! <= args[1]!) {
  // The daily unit figures of any range (a deployment onto years of history): a month per transaction.
  const dataSource = await createDataSource(settings.db).initialize();
  const days = await rebuildUnitDailyFigures(dataSource.manager, args[0]!, args[1]!);
  await dataSource.destroy();
  console.log(JSON.stringify({ database: settings.db.database, rebuilt: { from: args[0], to: args[1], days } }));
} else {
  console.error('usage: npm run db -- migrate | seed | revert | rebuild-figures FROM TO (dates YYYY-MM-DD)');
  process.exitCode = 2;
}
