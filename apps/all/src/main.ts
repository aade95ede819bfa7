import { demoCity, DEMO_PASSWORD } from '#config/demo-city';
import { bootstrap } from '#libs/platform';
import { loadSettings } from '#libs/settings';
import { ALL_FEATURES } from './all.module.js';
import { prepareDatabase } from './prepare-database.js';

const settings = loadSettings();
const { migrations, seed } = await prepareDatabase(settings.db);
const app = await bootstrap('all', ALL_FEATURES);
const url = (await app.getUrl()).replace('[::1]', 'localhost').replace('0.0.0.0', 'localhost');

const accounts = demoCity.users.map((user) => `  ${user.username.padEnd(18)} ${user.role}`).join('\n');
process.stdout.write(
  [
    '',
    `12345 hotline is up: ${url}`,
    `  API docs   ${url}/api/docs`,
    `  health     ${url}/health`,
    `  database   ${settings.db.database} (${migrations.length} migrations run${seed.seeded ? ', demo city seeded' : ''})`,
    '',
    `Demo accounts (password ${DEMO_PASSWORD}):`,
    accounts,
    '',
  ].join('\n'),
);
