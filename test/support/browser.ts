import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from '@jest/globals';
import { chromium, selectors, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '#config/demo-city';
import { startTestApp, type TestApp } from './test-app.js';
import { waitFor } from './waiting.js';

/** Where the browser tests write a screenshot of each page they visit. */
export const SCREENSHOTS = 'test/artifacts/screenshots';

// As the machines' probe found: without the background-networking flags Chromium keeps trying to
// reach Google's hosts on a closed network.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Debian's Chromium (`scripts/browser.sh` installs it), headless; `getByTestId` finds the console's `data-test`. */
function launchBrowser(): Promise<Browser> {
  selectors.setTestIdAttribute('data-test');
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface ServedApp extends TestApp {
  /** The system on a real port, serving the built console (`npm run build:console`) and the API. */
  url: string;
}

/** The test app listening on a free local port, as a browser needs it. */
async function startServedApp(env: Record<string, string> = {}): Promise<ServedApp> {
  const t = await startTestApp(env);
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return { ...t, url: `http://127.0.0.1:${port}` };
}

// Each step's wait: pushes and queues on two busy cores with a browser beside them.
const STEP_TIMEOUT_MS = 20_000;

/** A browser context of its own (its own session storage): one person, in Shanghai, in Chinese. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  return context;
}

/** A page for one person, signed in through the login form. */
async function signedInPage(browser: Browser, url: string, username: string, password: string): Promise<Page> {
  const page = await (await newContext(browser)).newPage();
  await page.goto(`${url}/login`);
  await page.locator('input[data-test="username"]').fill(username);
  await page.locator('input[data-test="password"]').fill(password);
  await page.getByTestId('sign-in').click();
  await page.waitForURL((address) => !address.pathname.startsWith('/login'));
  return page;
}

export interface BrowserSuite {
  /** The served system; set once the suite's `beforeAll` has run. */
  t: ServedApp;
  browser: Browser;
  /** A page of its own for a person, signed in (a demo user unless a password is given). */
  as: (username: string, password?: string) => Promise<Page>;
}

/**
 * Registers a browser suite's `beforeAll` and `afterAll`: the system served (with `env`), `prepare`
 * run against it (the rules a test needs), then Chromium; both closed after. Call it inside the
 * `describe`; read `t` and `browser` inside the tests.
 */
export function browserSuite({ env = {}, prepare }: { env?: Record<string, string>; prepare?: (t: ServedApp) => Promise<unknown> } = {}): BrowserSuite {
  const suite = {
    as: (username: string, password = DEMO_PASSWORD) => signedInPage(suite.browser, suite.t.url, username, password),
  } as BrowserSuite;
  beforeAll(async () => {
    suite.t = await startServedApp(env);
    await prepare?.(suite.t);
    suite.browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.t?.close();
  });
  return suite;
}

/** Waits until a message or dialog has faded in, so that a screenshot shows it. */
export async function fadedIn(locator: Locator): Promise<void> {
  // The tests are type-checked without the DOM's types: the browser's function is named by its shape.
  type Styles = { getComputedStyle(element: unknown): { opacity: string } };
  const opacity = () => locator.first().evaluate((element) => (globalThis as unknown as Styles).getComputedStyle(element).opacity);
  await waitFor(async () => (await opacity()) === '1', STEP_TIMEOUT_MS, 'faded in', 50);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

/**
 * The text box a `data-test` names: Element Plus puts the attribute on the `<input>` itself for
 * `el-input`, and pages wrap other controls in an element carrying it.
 */
export const field = (page: Page, testId: string): Locator =>
  page.locator(`:is(input, textarea)[data-test="${testId}"], [data-test="${testId}"] :is(input, textarea)`).first();

/** The API's field error Element Plus shows under the form item holding `testId`. */
export const errorUnder = (page: Page, testId: string): Locator =>
  page.locator('.el-form-item', { has: page.getByTestId(testId) }).locator('.el-form-item__error');

/** Waits until the element's text contains `text` (Playwright's own assertions come with @playwright/test, not used here). */
export async function showsText(locator: Locator, text: string): Promise<void> {
  await locator.first().waitFor({ timeout: STEP_TIMEOUT_MS });
  await waitFor(async () => ((await locator.first().textContent()) ?? '').includes(text), STEP_TIMEOUT_MS, `"${text}" shown`, 100);
}

/** Types into a filterable select and takes the first match. */
export async function pick(page: Page, testId: string, text: string): Promise<void> {
  const select = page.getByTestId(testId);
  await select.click();
  // The whole text in one input event: typed key by key, a late filtering pass could open the list again.
  await select.locator('input').fill(text);
  await page.locator('.el-select-dropdown__item:visible', { hasText: text }).first().click();
  // The list closes on a choice; wait for it, so that it does not lie over the next control clicked.
  await page.locator('.el-select-dropdown__item:visible').first().waitFor({ state: 'hidden' });
}

/** Types into a filterable cascader (wrapped in an element carrying `testId`) and takes the first suggestion. */
export async function pickRegion(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await field(page, testId).fill(text);
  await page.locator('.el-cascader__suggestion-item:visible', { hasText: text }).first().click();
}
