/**
 * The console's first load (issue 9): the operator workspace opened cold in Debian's headless
 * Chromium, to interactive, and the JavaScript it needs, gzipped; beside the sign-in page, the
 * console's smallest screen, loaded the same way in the same run. It starts the whole system
 * (`dist/apps/all`, which serves the built console) on a fresh database and Redis prefix and removes
 * both at the end:
 *
 *   npm run build && node_modules/.bin/node test/bench/console-load.bench.ts
 *
 * Each load is a new browser context (empty cache, the token already in its session storage, as
 * after signing in), over loopback. "Interactive" is when the page's main control is there and
 * enabled and the reference lists it needs have arrived: the workspace's register button with the
 * categories and regions its form picks from, the sign-in button.
 * Timings depend on the machine, so nothing here asserts them; the table states the goal.
 */
import { Agent } from 'node:http';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { OPERATOR } from './support/demo-tickets.ts';
import { send } from './support/http.ts';
import { ascending, format, machineLine, ms, percentile, printTable, verdict } from './support/report.ts';
import { BenchRun, printProblems, progress } from './support/system.ts';

const RUNS = 7;
const GOAL_MS = 1_500;
const GOAL_GZIP_KB = 500;
/** What the ticket form picks from. */
const WORKSPACE_LISTS = ['/api/categories', '/api/regions'];
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const bench = new BenchRun();

interface Load {
  ms: number;
  domContentLoadedMs: number;
  jsBytes: number;
  jsGzipBytes: number;
  cssGzipBytes: number;
  requests: number;
}

/** One cold load of `path` until `ready` is visible and enabled and each of `lists` (API paths) has been answered. */
async function load(browser: Browser, base: string, path: string, ready: string, lists: string[], session?: { token: string; user: unknown }): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  if (session) {
    await context.addInitScript(({ token, user }) => {
      sessionStorage.setItem('hotline.token', token);
      sessionStorage.setItem('hotline.user', JSON.stringify(user));
    }, session);
  }
  const page = await context.newPage();
  const scripts: Promise<Buffer>[] = [];
  const styles: Promise<Buffer>[] = [];
  let requests = 0;
  page.on('response', (response) => {
    requests += 1;
    const type = response.request().resourceType();
    if (type === 'script') scripts.push(response.body());
    if (type === 'stylesheet') styles.push(response.body());
  });
  const answered = Promise.all(lists.map((list) => page.waitForResponse((response) => new URL(response.url()).pathname === list && response.ok())));
  const started = performance.now();
  await page.goto(`${base}${path}`);
  const control = page.locator(ready).first();
  await control.waitFor({ state: 'visible' });
  while (!(await control.isEnabled())) await new Promise((resolve) => setTimeout(resolve, 5));
  await answered;
  const elapsed = performance.now() - started;
  // A string: this bench is type-checked without the DOM's types.
  const domContentLoadedMs = Number(await page.evaluate("performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? NaN"));
  const bodies = await Promise.all(scripts);
  const sheets = await Promise.all(styles);
  await context.close();
  return {
    ms: elapsed,
    domContentLoadedMs,
    jsBytes: bodies.reduce((sum, body) => sum + body.length, 0),
    jsGzipBytes: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
    cssGzipBytes: sheets.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
    requests,
  };
}

async function main(): Promise<void> {
  const app = await bench.startApp();
  const base = `http://127.0.0.1:${app.port}`;
  const agent = new Agent({ keepAlive: true });
  const signIn = await send(agent, app.port, 'POST', '/api/auth/login', OPERATOR);
  const { accessToken, user } = JSON.parse(signIn.body) as { accessToken: string; user: unknown };
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  bench.cleanup.add('closing Chromium', () => browser.close());

  progress('warming up: one load of each page');
  await load(browser, base, '/login', '[data-test="sign-in"]', []);
  await load(browser, base, '/operator', '[data-test="register"]', WORKSPACE_LISTS, { token: accessToken, user });

  const workspace: Load[] = [];
  const signInPage: Load[] = [];
  for (let run = 0; run < RUNS; run++) {
    progress(`run ${run + 1} of ${RUNS}`);
    workspace.push(await load(browser, base, '/operator', '[data-test="register"]', WORKSPACE_LISTS, { token: accessToken, user }));
    signInPage.push(await load(browser, base, '/login', '[data-test="sign-in"]', []));
  }
  const median = (loads: Load[], pick: (each: Load) => number) => percentile(ascending(loads.map(pick)), 50)!;
  const kb = (bytes: number) => `${format(bytes / 1024, 1)} KB`;

  console.log(machineLine(app.facts, `Chromium headless (Debian), a new context per load, loopback; median of ${RUNS}`));
  printProblems(app.log);
  console.log('');
  const workspaceMs = median(workspace, (each) => each.ms);
  const workspaceGzip = workspace[0]!.jsGzipBytes;
  printTable([
    ['figure', 'operator workspace', 'baseline: sign-in page', 'goal'],
    ['to interactive (cold)', `${ms(workspaceMs)} (max ${ms(Math.max(...workspace.map((each) => each.ms)))})`, ms(median(signInPage, (each) => each.ms)), `≤ ${format(GOAL_MS)} ms ${verdict(workspaceMs <= GOAL_MS)}`],
    ['DOMContentLoaded', ms(median(workspace, (each) => each.domContentLoadedMs)), ms(median(signInPage, (each) => each.domContentLoadedMs)), ''],
    ['JavaScript, gzipped', kb(workspaceGzip), kb(signInPage[0]!.jsGzipBytes), `≤ ${GOAL_GZIP_KB} KB ${verdict(workspaceGzip <= GOAL_GZIP_KB * 1024)}`],
    ['JavaScript, as served', kb(workspace[0]!.jsBytes), kb(signInPage[0]!.jsBytes), ''],
    ['CSS, gzipped', kb(workspace[0]!.cssGzipBytes), kb(signInPage[0]!.cssGzipBytes), ''],
    ['requests', String(workspace[0]!.requests), String(signInPage[0]!.requests), ''],
  ]);
}

await bench.run(main);
