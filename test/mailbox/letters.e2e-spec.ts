import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { answeredCaptcha } from '../support/captcha.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { authed, command, routed, routeNoiseToStreet } from '../support/tickets.js';

const letter = (overrides: Record<string, unknown> = {}) => ({
  name: '张三',
  phone: '13800138000',
  email: 'zhangsan@example.cn',
  regionCode: '379901001001',
  address: '海滨街道海景小区3栋402',
  categoryCode: '010101',
  requestType: 'complaint',
  title: '小区门口路灯不亮',
  content: '海景小区门口的路灯坏了一周，晚上出行不便。',
  agreeToPublish: true,
  ...overrides,
});

describe("the mayor's mailbox over HTTP (public, no login)", () => {
  let t: TestApp;
  let phones = 13900000000;
  /** A phone number of its own per letter, so that only the test of the phone limit meets it. */
  const freshPhone = () => String((phones += 1));

  beforeAll(async () => {
    t = await startTestApp({ LETTERS_PER_IP_PER_HOUR: '1000', LETTERS_PER_PHONE_PER_DAY: '3', FOLLOW_FAILURES: '3', FOLLOW_LOCKOUT_SECONDS: '600' });
    await routeNoiseToStreet(t);
  });
  afterAll(() => t.close());

  /** A new captcha answered as a person reading the image would: its answer is read where the app keeps it. */
  const captcha = async () => {
    const { svg, ...answered } = await answeredCaptcha(t);
    expect(svg).toMatch(/^<svg/);
    return answered;
  };
  /** Submits a letter with a fresh captcha answered, expecting `status`; resolves to the response. */
  const submit = async (overrides: Record<string, unknown> = {}, status = 201) => {
    const answered = await captcha();
    return t.http().post('/api/public/letters').send({ ...letter({ phone: freshPhone(), ...overrides }), ...answered }).expect(status);
  };
  const follow = (number: string, queryCode: string) => t.http().post('/api/public/letters/follow').send({ number, queryCode });
  const ticketCount = async (): Promise<number> => Number((await t.app.get(DataSource).query('SELECT COUNT(*) AS n FROM tickets'))[0].n);
  const ticketNamed = async (number: string) => (await t.app.get(DataSource).query('SELECT * FROM tickets WHERE number = ?', [number]))[0];

  it('a letter becomes a mailbox ticket, routed like any other; its writer follows it with the query code', async () => {
    const { body } = await submit();
    expect(body).toEqual({ number: expect.stringMatching(/^\d{13}$/), queryCode: expect.stringMatching(/^\d{6}$/) });
    const row = await ticketNamed(body.number);
    expect(row).toMatchObject({ channel: 'mailbox', citizen_name: '张三', citizen_email: 'zhangsan@example.cn', publish_consent: 1, owner_user_id: null });
    await routed(t, row.id);

    const followed = await follow(body.number, body.queryCode).expect(200);
    expect(followed.body).toMatchObject({ number: body.number, title: '小区门口路灯不亮', status: 'dispatched', reply: null });
    expect(followed.body.progress.map((step: { type: string }) => step.type)).toEqual(expect.arrayContaining(['registered', 'dispatched']));
    expect(JSON.stringify(followed.body)).not.toMatch(/13\d{9}|张三|handler|dispatcher/);
  });

  it('a captcha answered wrong, or answered twice, is a 400 naming captchaAnswer, and writes nothing', async () => {
    const before = await ticketCount();
    const wrong = await captcha();
    const refused = await t.http().post('/api/public/letters').send({ ...letter(), ...wrong, captchaAnswer: 'zzzz' }).expect(400);
    expect(JSON.stringify(refused.body)).toContain('captchaAnswer');
    const once = await captcha();
    await t.http().post('/api/public/letters').send({ ...letter({ phone: freshPhone() }), ...once }).expect(201);
    const twice = await t.http().post('/api/public/letters').send({ ...letter({ phone: freshPhone() }), ...once }).expect(400);
    expect(JSON.stringify(twice.body)).toContain('captchaAnswer');
    await t.http().post('/api/public/letters').send(letter()).expect(400); // no captcha at all
    expect(await ticketCount()).toBe(before + 1);
  });

  it.each([
    ['content', { content: '长'.repeat(4001) }],
    ['phone', { phone: 'call me' }],
    ['title', { title: '   ' }],
    ['email', { email: 'not an address' }],
    ['agreeToPublish', { agreeToPublish: 'yes' }],
    ['regionCode', { regionCode: '999999' }], // well formed, but no such region
    ['categoryCode', { categoryCode: '01' }], // a group, not a leaf
  ])('a bad %s is a 400 naming it, and writes nothing', async (field, overrides) => {
    const before = await ticketCount();
    const refused = await submit(overrides, 400);
    expect(JSON.stringify(refused.body)).toContain(field);
    expect(await ticketCount()).toBe(before);
  });

  it('a body over the size limit is refused before anything is read into a ticket', async () => {
    const before = await ticketCount();
    await t.http().post('/api/public/letters').send({ ...letter(), content: '长'.repeat(400_000) }).expect(413);
    expect(await ticketCount()).toBe(before);
  });

  it('markup in a letter is kept as the text it is and comes back as JSON text, never as a page', async () => {
    const payload = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const { body } = await submit({ title: payload, content: `路灯 ${payload}` });
    const followed = await follow(body.number, body.queryCode).expect(200).expect('Content-Type', /application\/json/);
    expect(followed.body.title).toBe(payload);
    expect(followed.body.content).toBe(`路灯 ${payload}`);
  });

  it('a wrong code is a 404 like an unknown number; after repeated failures even the right code is locked out (429)', async () => {
    const { body } = await submit();
    const wrong = body.queryCode === '000000' ? '000001' : '000000';
    await follow('2026010100001', body.queryCode).expect(404); // no such letter: counts for the address, not for this number
    for (let i = 0; i < 3; i++) await follow(body.number, wrong).expect(404);
    const locked = await follow(body.number, body.queryCode).expect(429);
    expect(locked.body.message).toMatch(/too many wrong query codes/);
  });

  it('letters from one phone number are limited per day (429), and the refused one writes nothing', async () => {
    const phone = freshPhone();
    for (let i = 0; i < 3; i++) await submit({ phone });
    const before = await ticketCount();
    const refused = await submit({ phone }, 429);
    expect(refused.body.message).toMatch(/phone number/);
    expect(await ticketCount()).toBe(before);
  });

  describe('publishing a reply (公开答复)', () => {
    /** A letter taken through sign, reply and the centre's approval. */
    const answeredLetter = async (overrides: Record<string, unknown> = {}) => {
      const { body } = await submit(overrides);
      const { id } = await ticketNamed(body.number);
      await routed(t, id);
      await command(t, 'haibin.handler', id, 'sign').expect(200);
      const reply = '张三您好：经核查，海景小区3栋402门口路灯已修复。如有疑问请拨打0755-83451234或13800138000。';
      await command(t, 'haibin.handler', id, 'reply', { content: reply, solved: true }).expect(200);
      return { id, ...body };
    };
    const publish = (id: number, as = 'dispatcher1') => authed(t, as, (http) => http.post(`/api/publications/${id}`));
    const publicList = async (query = '') => (await t.http().get(`/api/public/replies${query}`).expect(200)).body;

    it('is refused before the centre approves the reply, and without the writer’s consent', async () => {
      const pending = await answeredLetter({ title: '待审核的答复' });
      await publish(pending.id).expect(409);
      const withheld = await answeredLetter({ agreeToPublish: false });
      await command(t, 'dispatcher1', withheld.id, 'review', { decision: 'approve' }).expect(200);
      await publish(withheld.id).expect(409);
      await publish(withheld.id, 'haibin.handler').expect(403);
    });

    it('publishes a copy without personal data, listed publicly and searchable; the writer still sees the reply', async () => {
      const letterOf = await answeredLetter({ title: '海景小区路灯不亮', content: '我是张三，住海景小区3栋402，电话13800138000，身份证440301199001011234。' });
      await command(t, 'dispatcher1', letterOf.id, 'review', { decision: 'approve' }).expect(200);
      const published = (await publish(letterOf.id).expect(201)).body;
      await publish(letterOf.id).expect(409); // once
      const listed = await publicList(`?q=${encodeURIComponent('路灯')}&categoryCode=0101`);
      const item = listed.items.find((entry: { ticketNumber: string }) => entry.ticketNumber === letterOf.number);
      expect(item).toEqual(published);
      const text = JSON.stringify(item);
      expect(text).not.toMatch(/张三|13800138000|0755-83451234|440301199001011234|3栋402/);
      expect(item.reply).toContain('路灯已修复');
      expect(item.content).toContain('[电话]');
      expect((await publicList(`?q=${encodeURIComponent('不存在的内容')}`)).items).toEqual([]);
      expect((await publicList('?categoryCode=02')).items.some((entry: { ticketNumber: string }) => entry.ticketNumber === letterOf.number)).toBe(false);

      const followed = await follow(letterOf.number, letterOf.queryCode).expect(200);
      expect(followed.body.reply.content).toContain('张三您好'); // the writer's own reply is not redacted for them

      await authed(t, 'dispatcher1', (http) => http.delete(`/api/publications/${letterOf.id}`)).expect(204);
      expect((await publicList()).items.some((entry: { ticketNumber: string }) => entry.ticketNumber === letterOf.number)).toBe(false);
    });

    it('a bad page is a 400 naming it', async () => {
      const refused = await t.http().get('/api/public/replies?pageSize=500').expect(400);
      expect(JSON.stringify(refused.body)).toContain('pageSize');
    });
  });
});
