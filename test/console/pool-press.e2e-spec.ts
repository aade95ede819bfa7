import { describe, expect, it } from '@jest/globals';
import { browserSuite, screenshot, showsText } from '../support/browser.js';
import { authed, command, detail, register, routed, routeNoiseToStreet } from '../support/tickets.js';
import { waitFor } from '../support/waiting.js';

/**
 * The dispatcher pool's lists of extension requests and overdue work, and urging (催办) and
 * supervision (督办) by hand from the pool and from the ticket, in headless Chromium. The drill
 * profile makes a reply overdue within seconds.
 */
describe('urging and supervising from the console', () => {
  const suite = browserSuite({
    env: { DEADLINE_POLICY: 'drill' },
    prepare: (t) => routeNoiseToStreet(t),
  });

  it('lists return requests with their reasons, as the list brings them', async () => {
    const returning = await register(suite.t, { title: '申请退单的噪音投诉' });
    await routed(suite.t, returning.id);
    await command(suite.t, 'haibin.handler', returning.id, 'return', { reasonCode: 'not_our_region', reason: '地址属白沙街道' }).expect(200);

    const page = await suite.as('dispatcher1');
    const detailsAsked: string[] = [];
    page.on('request', (request) => {
      if (/\/api\/tickets\/\d+$/.test(new URL(request.url()).pathname)) detailsAsked.push(request.url());
    });
    await page.goto(`${suite.t.url}/pool`);
    await page.getByTestId('pool-tabs').locator('.el-tabs__item', { hasText: '退单申请' }).click();
    const row = page.getByTestId('pool-row').filter({ hasText: returning.number });
    await showsText(row, '【不属本单位属地】地址属白沙街道');
    await showsText(row, '海滨街道');
    await screenshot(page, 'pool-returns');
    // One list answer holds the rows' assignments: no ticket is loaded on its own.
    expect(detailsAsked).toEqual([]);
  });

  it('lists a redo that failed its callback again, and sends it back to its unit under a supervision order', async () => {
    const { t } = suite;
    const failed = await register(t, { title: '两次重办仍未解决的噪音投诉' });
    await routed(t, failed.id);
    await authed(t, 'admin1', (http) => http.put('/api/callback-sampling').send({ rules: [] })).expect(200);
    await authed(t, 'callback1', (http) => http.post('/api/callbacks/ready').send({ ready: true })).expect(200);
    // Replied, approved and called back dissatisfied twice: the second time, after the redo, it is the centre's.
    for (const outcome of ['reopened', 'supervision']) {
      await command(t, 'haibin.handler', failed.id, 'sign').expect(200);
      await command(t, 'haibin.handler', failed.id, 'reply', { content: '已现场处理。', solved: true }).expect(200);
      await command(t, 'dispatcher1', failed.id, 'review', { decision: 'approve' }).expect(200);
      let taskId: number | undefined;
      await waitFor(
        async () => (taskId = (await authed(t, 'callback1', (http) => http.get('/api/callbacks/mine')).expect(200)).body.find((task: { ticketId: number }) => task.ticketId === failed.id)?.id) !== undefined,
        10_000,
        'the callback task',
      );
      const answer = await authed(t, 'callback1', (http) =>
        http.post(`/api/callbacks/${taskId}/result`).send({ reached: true, solved: 'not_solved', satisfaction: 'dissatisfied', note: '噪音依旧' }),
      ).expect(200);
      expect(answer.body).toEqual({ outcome });
    }

    const page = await suite.as('dispatcher1');
    await page.goto(`${t.url}/pool`);
    await page.getByTestId('pool-tabs').locator('.el-tabs__item', { hasText: '重办未解决' }).click();
    const row = page.getByTestId('pool-row').filter({ hasText: failed.number });
    await showsText(row, '海滨街道');
    await row.getByTestId('supervised-redo').click();
    const dialog = page.locator('.el-dialog:visible');
    await dialog.getByTestId('supervised-redo-submit').click();
    await showsText(dialog.locator('.el-form-item__error'), 'note');
    await dialog.locator('textarea').fill('两次回访不满意，列入督办');
    await screenshot(page, 'pool-failed-redo');
    await dialog.getByTestId('supervised-redo-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await row.waitFor({ state: 'detached' });

    const ticket = await detail(t, failed.id);
    expect(ticket.status).toBe('dispatched');
    expect(ticket.timeline.filter((event: { type: string }) => event.type === 'supervised')).toEqual([
      expect.objectContaining({ note: '两次回访不满意，列入督办', assignmentId: ticket.assignments.at(-1).id }),
    ]);
  });

  it('lists an extension request and an overdue ticket, urges it from the pool with the note asked for, and supervises it from the ticket', async () => {
    const late = await register(suite.t, { title: '待催办的噪音投诉' });
    await routed(suite.t, late.id);
    const extending = await register(suite.t, { title: '申请延期的噪音投诉' });
    await routed(suite.t, extending.id);
    await command(suite.t, 'haibin.handler', extending.id, 'sign').expect(200);
    await command(suite.t, 'haibin.handler', extending.id, 'extension', { days: 2, reason: '需要现场测量' }).expect(200);
    // The drill's reply limit is 8 seconds.
    await waitFor(
      async () => (await authed(suite.t, 'dispatcher1', (http) => http.get('/api/tickets?overdue=true')).expect(200)).body.items.some((item: { id: number }) => item.id === late.id),
      30_000,
      'the ticket to be overdue',
      500,
    );

    const page = await suite.as('dispatcher1');
    await page.goto(`${suite.t.url}/pool`);
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
    const urged = (await detail(suite.t, late.id)).timeline.filter((event: { type: string }) => event.type === 'urged');
    expect(urged).toEqual([expect.objectContaining({ note: '市民多次来电，请今日内答复', actor: expect.objectContaining({ role: 'dispatcher' }) })]);

    await page.goto(`${suite.t.url}/tickets/${late.id}`);
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
