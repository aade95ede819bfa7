import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { browserSuite, screenshot, showsText } from '../support/browser.js';
import { letterWriter } from '../support/letters.js';
import { authed, routeNoiseToStreet } from '../support/tickets.js';

/** The deadline profile page and the centre's publishing desk, in headless Chromium. */
describe('the console’s deadline policy and publishing pages', () => {
  const suite = browserSuite({
    env: { LETTERS_PER_IP_PER_HOUR: '1000' },
    prepare: (t) => routeNoiseToStreet(t),
  });
  const { as } = suite;
  let letters: ReturnType<typeof letterWriter>;

  beforeAll(() => {
    letters = letterWriter(suite.t);
  });

  it('shows the active profile in words, says it is chosen by DEADLINE_POLICY, and lists the rules with a limit of their own', async () => {
    const leader = await as('leader1');
    await leader.getByTestId('menu-deadlines').click();
    await leader.waitForURL('**/admin/deadlines');
    await showsText(leader.getByTestId('deadline-profile'), '广东');
    await showsText(leader.getByTestId('deadline-profile'), 'DEADLINE_POLICY');
    const urgency = leader.getByTestId('deadline-urgency');
    await showsText(urgency, '15 分钟（自然时间）');
    await showsText(urgency, '1 个工作日');
    await showsText(leader.getByTestId('deadline-types'), '15 个工作日');
    await showsText(leader.getByTestId('deadline-ladder'), '到期后 5 个工作日');
    await showsText(leader.getByTestId('deadline-rules'), '24 小时（自然时间）');
    await screenshot(leader, 'deadline-policy');

    // The switch names the other language.
    await leader.getByTestId('language').click();
    await showsText(leader.getByTestId('deadline-urgency'), '15 minutes (natural time)');
  });

  it('publishes a candidate, shows the API’s refusal of one published meanwhile, and withdraws', async () => {
    const first = await letters.answeredLetter({ title: '第一封待公开来信' });
    const second = await letters.answeredLetter({ title: '第二封待公开来信' });
    const desk = await as('dispatcher1');
    await desk.getByTestId('menu-publications').click();
    await desk.waitForURL('**/publications');
    const row = (title: string) => desk.getByTestId('publishing-row').filter({ hasText: title });
    await row('第一封待公开来信').waitFor();
    // The preview is the redacted copy: the writer's name and number are gone.
    expect(await row('第一封待公开来信').textContent()).not.toMatch(/张三|13800138000/);
    await screenshot(desk, 'publishing-desk');

    await row('第一封待公开来信').getByTestId('publishing-publish').click();
    await row('第一封待公开来信').waitFor({ state: 'detached' });

    // Someone else publishes the second letter: the page's button meets the API's 409, in its words.
    await authed(suite.t, 'admin1', (http) => http.post(`/api/publications/${second}`)).expect(201);
    await row('第二封待公开来信').getByTestId('publishing-publish').click();
    await showsText(desk.locator('.el-message--error'), 'already published');

    await desk.locator('.el-tabs__item', { hasText: '已公开' }).click();
    await row('第一封待公开来信').waitFor();
    await row('第一封待公开来信').getByTestId('publishing-withdraw').click();
    await desk.locator('.el-popconfirm:visible').getByRole('button', { name: /确定|OK|Yes/ }).click();
    await row('第一封待公开来信').waitFor({ state: 'detached' });
    const { body } = await authed(suite.t, 'dispatcher1', (http) => http.get('/api/publications?state=candidate')).expect(200);
    expect(body.items.map((item: { ticketId: number }) => item.ticketId)).toContain(first);
  });
});
