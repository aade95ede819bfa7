/**
 * The call simulator: plays the contact-centre (CTI) system against a running hotline, in real time,
 * so that the demo shows live figures and a benchmark can drive load.
 *
 *   npm run build   # once: the demo city's users and the settings' development key come from dist/
 *   npm run simulate -- --calls-per-minute 120 --operators 20 [--duration-seconds 60] [--seed 7] …
 *
 * Node runs it by stripping its types, as the benchmarks; `npm run simulate -- --help` lists the
 * options. The first Ctrl-C ends the run cleanly (calls hung up, operators offline, summary), a
 * second quits at once.
 */
import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OptionsError, parseOptions, USAGE } from './options.ts';
import { run } from './runner.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILT = ['dist/config/demo-city/index.js', 'dist/libs/settings/src/index.js'];

async function main(): Promise<number> {
  let options;
  try {
    options = parseOptions(process.argv.slice(2), process.env, () => String(randomInt(1, 1_000_000)));
  } catch (error) {
    if (!(error instanceof OptionsError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (options === null) {
    console.log(USAGE);
    return 0;
  }
  const missing = BUILT.filter((file) => !existsSync(`${ROOT}${file}`));
  if (missing.length > 0) {
    console.error(`${missing.join(' and ')} missing: run npm run build first`);
    return 2;
  }
  // From dist/ (the package's #imports): the demo city's operators and password, the development key.
  const { DEMO_PASSWORD, demoCity } = await import('#config/demo-city');
  const { loadSettings } = await import('#libs/settings');
  const operatorUsers = options.users ?? demoCity.users.filter((user) => user.role === 'operator').map((user) => user.username);
  const secret = options.secret ?? loadSettings({ CTI_SECRET: process.env.CTI_SECRET }).cti.secret;

  const stop = { requested: false };
  process.on('SIGINT', () => {
    if (stop.requested) {
      console.error('\nquitting at once: calls still in the system stay open on the server');
      process.exit(130);
    }
    stop.requested = true;
    console.error('\nstopping (Ctrl-C again to quit at once)…');
  });
  const print = (line: string): void => console.log(`${new Date().toLocaleTimeString('en-GB')} ${line}`);
  try {
    await run({ options, secret, operatorUsers, password: options.password ?? DEMO_PASSWORD, print, stop });
    return 0;
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    console.error(`simulator stopped: ${(error as Error).message}${cause ? ` (${cause}: is the system running at ${options.url}?)` : ''}`);
    return 1;
  }
}

process.exitCode = await main();
