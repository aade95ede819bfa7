import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '#config/demo-city';
import { launchBrowser, screenshot, showsText, signedInPage, startServedApp, type ServedApp } from '../support/browser.js';
import { addRule, authed, command, detail, register, routed } from '../support/tickets.js';
import { waitFor } from '../support/waiting.js';

/**
 * The dispatcher pool's lists of extension requests and overdue work, and urging (催办) and
 * supervision (督办) by hand from the pool and from the ticket, in headless Chromium. The drill
 * profile makes a reply overdue within seconds.
 */
describe('urging and supervising from the console', () => {
  let t: ServedApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    t = await startServedApp({ DEADLINE_POLICY: 'drill' });
    await addRule(t, { categoryPrefix: '010101', regionPrefix: '379901001001' }, { type: 'dispatch-by-region', tier: 'street' });
    browser = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lists an extension request and an overdue ticket, urges it from the pool with the note asked for, and supervises it from the ticket', async () => {
    const late = await register(t, { title: '待催办的噪音投诉' });
    await routed(t, late.id);
    const extending = await register(t, { title: '申请延期的噪音投诉' });
    await routed(t, extending.id);
    await command(t, 'haibin.handler', extending.id, 'sign').expect(200);
    await command(t, 'haibin.handler', extending.id, 'extension', { days: 2, reason: '需要现场测量' }).expect(200);
    // The drill's reply limit is 8 seconds.
    await waitFor(
      async () => (await authed(t, 'dispatcher1', (http) => http.get('/api/tickets?overdue=true')).expect(200)).body.items.some((item: { id: number }) => item.id === late.id),
      30_000,
      'the ticket to be overdue',
      500,
    );

    page = await signedInPage(browser, t.url, 'dispatcher1', DEMO_PASSWORD);
    await page.goto(`${t.url}/pool`);
    await page.getByTestId('pool-tabs').locator('.el-tabs__item', { hasText: '延期申请' }).click();
    await showsText(page.getByTestId('pool-row').filter({ hasText: extending.number }), '需要现场测量');

    await page.getByTestId('pool-tabs').locator('.el-tabs__item', { hasText: '超时工单' }).click();
    const row = page.getByTestId('pool-row').filter({ hasText: late.number });
    await row.getByTestId('urge').click();
    const dialog = page.locator('.el-dialog:visible');
    // A blank note: the API's refusal shows under the field.
    await dialog.getByTestId('urge-submit').click();
    await showsText(dialog.locator('.el-form-item__error'), 'note');
    await screenshot(page, 'pool-urge-refused');
    await dialog.locator('textarea').fill('市民多次来电，请今日内答复');
    await dialog.getByTestId('urge-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    // Still on the pool: the click did not open the ticket.
    expect(new URL(page.url()).pathname).toBe('/pool');
    // The drill's ladder goes on writing its own steps beside.
    const urged = (await detail(t, late.id)).timeline.filter((event: { type: string }) => event.type === 'urged');
    expect(urged).toEqual([expect.objectContaining({ note: '市民多次来电，请今日内答复', actor: expect.objectContaining({ role: 'dispatcher' }) })]);

    await page.goto(`${t.url}/tickets/${late.id}`);
    const timeline = page.getByTestId('timeline');
    await showsText(timeline, '中心催办');
    await showsText(timeline, '催办对象：海滨街道');
    const press = page.getByTestId('press');
    await press.getByTestId('supervise').click();
    await page.locator('.el-dialog:visible textarea').fill('列入督办，限期办结');
    await page.locator('.el-dialog:visible').getByTestId('supervise-submit').click();
    await showsText(timeline, '中心督办');
    await showsText(timeline, '督办时限');
    await screenshot(page, 'ticket-supervised');
    // Urged again within the hour: the API's 409 is shown in its words.
    await press.getByTestId('urge').click();
    await page.locator('.el-dialog:visible textarea').fill('再次催办');
    await page.locator('.el-dialog:visible').getByTestId('urge-submit').click();
    await showsText(page.locator('.el-message--error'), 'once every 60 minutes');
  });
});
