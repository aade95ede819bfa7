import { DataSource } from 'typeorm';
import { answeredCaptcha } from './captcha.js';
import type { TestApp } from './test-app.js';
import { command, routed } from './tickets.js';

/** The reply a unit gives in these tests: personal data in it, for redaction to take out. */
export const LETTER_REPLY = '张三您好：经核查，海景小区3栋402门口路灯已修复。如有疑问请拨打13800138000。';

/**
 * Letters written through the public form, as a citizen would (the captcha read where the app keeps
 * it), and answered by 海滨街道. The app needs a rule sending 010101 in 379901001001 to its street.
 */
export function letterWriter(t: TestApp) {
  let phones = 13700000000;

  /** A ticket taken through sign and reply by the unit, and the centre's approval unless told not to. */
  async function answered(id: number, approve = true): Promise<void> {
    await routed(t, id);
    await command(t, 'haibin.handler', id, 'sign').expect(200);
    await command(t, 'haibin.handler', id, 'reply', { content: LETTER_REPLY, solved: true }).expect(200);
    if (approve) await command(t, 'dispatcher1', id, 'review', { decision: 'approve' }).expect(200);
  }

  /** A letter (publication agreed unless overridden) answered as `answered` does; resolves to its ticket id. */
  async function answeredLetter({ approve = true, ...overrides }: { approve?: boolean } & Record<string, unknown> = {}): Promise<number> {
    const { captchaId, captchaAnswer } = await answeredCaptcha(t);
    const { body } = await t
      .http()
      .post('/api/public/letters')
      .send({
        name: '张三',
        phone: String((phones += 1)),
        regionCode: '379901001001',
        address: '海滨街道海景小区3栋402',
        categoryCode: '010101',
        requestType: 'complaint',
        title: '小区门口路灯不亮',
        content: '我是张三，住海景小区3栋402，电话13800138000，路灯坏了一周。',
        agreeToPublish: true,
        captchaId,
        captchaAnswer,
        ...overrides,
      })
      .expect(201);
    const [{ id }] = await t.app.get(DataSource).query('SELECT id FROM tickets WHERE number = ?', [body.number]);
    await answered(id, approve);
    return id;
  }

  return { answered, answeredLetter };
}
