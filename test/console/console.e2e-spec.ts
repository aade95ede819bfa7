import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { batch, postEvents } from '../calls/cti.js';
import { captchaAnswer } from '../support/captcha.js';
import { browserSuite, errorUnder, field, newContext, pick, pickRegion, screenshot, showsText } from '../support/browser.js';
import { authed, detail, routeNoiseToStreet } from '../support/tickets.js';
import { waitFor } from '../support/waiting.js';

// Pages wait for pushes and for the dispatch queue: generous, on two busy cores with a browser beside.
const LIVE_MS = 20_000;
const CALLER = '13812345678';

/**
 * The console in headless Chromium against the whole system: the day of a ticket from a call to
 * the callback, each person in a page of their own, and the leader's figures moving without reload.
 * Screenshots of every page go to test/artifacts/screenshots.
 */
describe('the console in a browser', () => {
  const suite = browserSuite({
    // 噪音扰民 in 望海社区 goes to its street office, 海滨街道 (haibin.handler).
    prepare: (t) => routeNoiseToStreet(t),
  });
  const { as } = suite;

  it('a call becomes a ticket that the unit signs and replies to, the callback closes, and the leader sees it live', async () => {
    const leader = await as('leader1');
    await leader.waitForURL('**/dashboard');
    const todayTotal = leader.getByTestId('today-total');
    await todayTotal.waitFor();
    const before = Number(await todayTotal.textContent());
    const unit = await as('haibin.handler');
    // The inbox's rows bring their assignments with the list: it loads no ticket on its own.
    const detailsAsked: string[] = [];
    unit.on('request', (request) => {
      if (/^\/api\/tickets\/\d+$/.test(new URL(request.url()).pathname)) detailsAsked.push(request.url());
    });
    await unit.waitForURL('**/inbox');
    await unit.locator('[data-test="live"].on').waitFor();
    const operator = await as('operator1');
    await operator.waitForURL('**/operator');
    // The screen pop is pushed: the page must be in its rooms before the call is answered.
    await operator.locator('[data-test="live"].on').waitFor();

    // A call is answered by operator1: the screen pops with the caller's number.
    const { body: me } = await authed(suite.t, 'operator1', (http) => http.get('/api/auth/me')).expect(200);
    const callId = `browser-${Date.now()}`;
    await postEvents(
      suite.t,
      batch([
        { callId, type: 'offered', at: new Date(Date.now() - 6_000), callerNumber: CALLER },
        { callId, type: 'answered', at: new Date(), callerNumber: CALLER, operatorId: me.id },
      ]),
    ).expect(200);
    await showsText(operator.getByTestId('call-banner'), CALLER);
    expect(await field(operator, 'citizen-phone').inputValue()).toBe(CALLER);

    await pick(operator, 'category', '噪音扰民');
    await pickRegion(operator, 'region', '望海社区');
    await field(operator, 'address').fill('望海路 18 号');
    await field(operator, 'title').fill('夜间施工噪音');
    await field(operator, 'content').fill('工地每晚十一点后仍在施工，影响休息。');
    await field(operator, 'citizen-name').fill('王先生');
    await showsText(operator.getByTestId('dispatch-preview'), '海滨街道');
    await screenshot(operator, 'operator-workspace');
    await operator.getByTestId('register').click();
    const registered = operator.getByTestId('registered-number');
    await registered.waitFor();
    const number = (await registered.textContent())!.trim();
    expect(number).toMatch(/^\d{13}$/);

    // The unit's inbox shows it without a reload; the handler signs and replies.
    const row = unit.getByTestId('inbox-row').filter({ hasText: number });
    await row.waitFor({ timeout: LIVE_MS });
    await screenshot(unit, 'unit-inbox');
    expect(detailsAsked).toEqual([]);
    await row.click();
    await unit.waitForURL('**/tickets/*');
    const ticketId = Number(new URL(unit.url()).pathname.split('/').at(-1));
    await unit.getByTestId('sign').click();
    await waitFor(async () => (await detail(suite.t, ticketId)).status === 'handling', LIVE_MS, 'the ticket signed');
    await field(unit, 'reply-content').fill('已联系施工方，夜间停工，并安排巡查。');
    await unit.getByTestId('reply-submit').click();
    await waitFor(async () => (await detail(suite.t, ticketId)).status === 'replied', LIVE_MS, 'the ticket replied');
    await screenshot(unit, 'ticket-detail');

    // The centre approves the reply.
    const dispatcher = await as('dispatcher1');
    await dispatcher.goto(`${suite.t.url}/tickets/${ticketId}`);
    await dispatcher.getByTestId('review-approve').click();
    await waitFor(async () => (await detail(suite.t, ticketId)).status === 'callback_pending', LIVE_MS, 'the reply approved');
    await dispatcher.goto(`${suite.t.url}/pool`);
    await dispatcher.getByTestId('pool-counts').waitFor();
    await screenshot(dispatcher, 'dispatcher-pool');

    // The callback agent gets the task and records satisfaction: the ticket closes.
    const agent = await as('callback1');
    await agent.waitForURL('**/callbacks');
    await agent.getByTestId('ready').click();
    const task = agent.getByTestId('callback-task').filter({ hasText: number });
    await task.waitFor({ timeout: LIVE_MS });
    await task.click();
    await agent.getByTestId('solved-solved').click();
    await agent.getByTestId('satisfaction-satisfied').click();
    await screenshot(agent, 'callback-workbench');
    await agent.getByTestId('result-submit').click();
    await waitFor(async () => (await detail(suite.t, ticketId)).status === 'closed', LIVE_MS, 'the ticket closed by the callback');
    // A reload mid-shift shows the agent still ready, as the server has it.
    await agent.reload();
    await agent.locator('[data-test="ready"].is-checked').waitFor();

    // The leader's page was open all along: today's total moved by the one ticket.
    await waitFor(async () => (await todayTotal.textContent())?.trim() === String(before + 1), LIVE_MS, 'the total moved by one', 100);
    await showsText(leader.getByTestId('hot-categories'), '噪音扰民');
    await showsText(leader.getByTestId('hot-regions'), '海滨街道');
    await screenshot(leader, 'leader-dashboard');
  }, 240_000);

  it('a citizen writes a letter with a captcha and follows it with its number and query code', async () => {
    const citizen = await (await newContext(suite.browser)).newPage();
    await citizen.goto(`${suite.t.url}/mailbox`);
    await field(citizen, 'letter-name').fill('李女士');
    await field(citizen, 'letter-phone').fill('13900001111');
    await pick(citizen, 'letter-region', '望海社区');
    await field(citizen, 'letter-address').fill('望海路 3 号楼前');
    await pick(citizen, 'letter-category', '路灯不亮');
    await citizen.getByTestId('letter-request-type-complaint').click();
    await field(citizen, 'letter-title').fill('小区路灯不亮');
    await field(citizen, 'letter-content').fill('望海社区 3 号楼前的路灯坏了一个月，晚上出行不便。');
    await answerCaptcha(citizen);
    await screenshot(citizen, 'mailbox-write');
    await citizen.getByTestId('letter-submit').click();
    const number = (await citizen.getByTestId('letter-number').textContent())!.trim();
    const code = (await citizen.getByTestId('letter-code').textContent())!.trim();

    await citizen.goto(`${suite.t.url}/mailbox/follow`);
    await field(citizen, 'follow-number').fill(number);
    await field(citizen, 'follow-code').fill(code);
    await citizen.getByTestId('follow-submit').click();
    await showsText(citizen.getByTestId('follow-result'), '小区路灯不亮');
    await screenshot(citizen, 'mailbox-follow');
  }, 90_000);

  it("shows the API's field errors next to the fields", async () => {
    const citizen = await (await newContext(suite.browser)).newPage();
    await citizen.goto(`${suite.t.url}/mailbox`);
    await field(citizen, 'captcha-answer').fill('zzzz');
    await citizen.getByTestId('letter-submit').click();
    await showsText(errorUnder(citizen, 'letter-title'), 'title');
    await showsText(errorUnder(citizen, 'letter-content'), 'content');
    await screenshot(citizen, 'mailbox-field-errors');
  }, 90_000);

  it('says so when a reference list cannot be loaded, instead of leaving its picker silently empty', async () => {
    const page = await as('operator1');
    await page.route('**/api/categories', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: '{"statusCode":503,"message":"down for maintenance"}' }));
    await page.goto(`${suite.t.url}/operator`);
    await showsText(page.locator('.el-message--warning'), '基础数据未能加载（down for maintenance）');
  }, 60_000);

  it('speaks Chinese by default and English on request', async () => {
    const page = await as('admin1');
    await showsText(page.getByTestId('menu-dashboard'), '领导驾驶舱');
    await showsText(page.getByTestId('language'), 'English');
    await page.getByTestId('language').click();
    await showsText(page.getByTestId('menu-dashboard'), 'Dashboard');
    await page.goto(`${suite.t.url}/figures`);
    await screenshot(page, 'unit-ranking-en');
  }, 90_000);

  /** Reads the captcha's answer where the app keeps it, as a person reads the image. */
  async function answerCaptcha(page: Page): Promise<void> {
    const image = page.getByTestId('captcha-image');
    await image.waitFor();
    const id = await image.getAttribute('data-captcha-id');
    const answer = await captchaAnswer(suite.t.settings, id!);
    await field(page, 'captcha-answer').fill(answer);
  }
});
