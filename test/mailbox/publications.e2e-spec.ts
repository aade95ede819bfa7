import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { PublicationEntity } from '#libs/persistence';
import { letterWriter } from '../support/letters.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { authed, register, routeNoiseToStreet } from '../support/tickets.js';

interface Listed {
  ticketId: number;
  ticketNumber: string;
  title: string;
  content: string;
  reply: string;
  publishedBy?: string | null;
}

/** 公开答复: the centre's lists of letters it may publish and of those it has published. */
describe('GET /api/publications (the centre’s publishing desk)', () => {
  let t: TestApp;
  let letters: ReturnType<typeof letterWriter>;

  beforeAll(async () => {
    t = await startTestApp({ LETTERS_PER_IP_PER_HOUR: '1000' });
    letters = letterWriter(t);
    await routeNoiseToStreet(t);
  });
  afterAll(() => t.close());

  const list = (query: string, as = 'dispatcher1', status = 200) => authed(t, as, (http) => http.get(`/api/publications?${query}`)).expect(status);
  const listed = async (state: string): Promise<Listed[]> => (await list(`state=${state}&pageSize=50`)).body.items;
  const ids = (items: Listed[]) => items.map((item) => item.ticketId);
  const publish = (id: number) => authed(t, 'dispatcher1', (http) => http.post(`/api/publications/${id}`));

  it('offers only consented letters whose reply the centre approved, with the redacted copy publishing makes', async () => {
    const ready = await letters.answeredLetter();
    const unapproved = await letters.answeredLetter({ approve: false });
    const withheld = await letters.answeredLetter({ agreeToPublish: false });
    // A phone ticket does not come from the mailbox, whatever its flag says.
    const call = await register(t, { regionCode: '379901001001', address: '海景小区' });
    await letters.answered(call.id);
    await t.app.get(DataSource).query('UPDATE tickets SET publish_consent = TRUE WHERE id = ?', [call.id]);

    const candidates = await listed('candidate');
    expect(ids(candidates)).toContain(ready);
    expect(ids(candidates)).not.toEqual(expect.arrayContaining([unapproved]));
    expect(ids(candidates)).not.toEqual(expect.arrayContaining([withheld]));
    expect(ids(candidates)).not.toEqual(expect.arrayContaining([call.id]));
    // Publishing asks the same: the call is refused as the list leaves it out.
    const publications = () => t.app.get(DataSource).getRepository(PublicationEntity).count();
    const before = await publications();
    const refused = await authed(t, 'dispatcher1', (http) => http.post(`/api/publications/${call.id}`)).expect(409);
    expect(refused.body.message).toContain('mailbox');
    expect(await publications()).toBe(before);
    const preview = candidates.find((item) => item.ticketId === ready)!;
    expect(preview.reply).toContain('路灯已修复');
    expect(JSON.stringify(preview)).not.toMatch(/张三|13800138000|3栋402/);

    // What was previewed is what the public list shows.
    const published = (await publish(ready).expect(201)).body;
    expect({ title: preview.title, content: preview.content, reply: preview.reply }).toEqual({
      title: published.title,
      content: published.content,
      reply: published.reply,
    });
  });

  it('moves a letter from the candidates to the published (with who published it) and back on withdrawal', async () => {
    const id = await letters.answeredLetter({ title: '路灯又坏了' });
    await publish(id).expect(201);
    expect(ids(await listed('candidate'))).not.toEqual(expect.arrayContaining([id]));
    const row = (await listed('published')).find((item) => item.ticketId === id);
    expect(row).toMatchObject({ ticketId: id, title: '路灯又坏了', publishedBy: '赵磊' });

    const again = await publish(id).expect(409);
    expect(again.body.message).toMatch(/already published/);

    await authed(t, 'admin1', (http) => http.delete(`/api/publications/${id}`)).expect(204);
    expect(ids(await listed('published'))).not.toEqual(expect.arrayContaining([id]));
    expect(ids(await listed('candidate'))).toContain(id);
  });

  it('pages, and finds by text', async () => {
    const first = await letters.answeredLetter({ title: '夜间路灯全部熄灭' });
    const second = await letters.answeredLetter({ title: '夜间路灯一半熄灭' });
    const page = (await list(`state=candidate&q=${encodeURIComponent('夜间路灯')}&pageSize=1&page=2`)).body;
    expect(page).toMatchObject({ total: 2, page: 2, pageSize: 1 });
    expect(ids(page.items)).toEqual([first]); // newest first
    expect(ids((await list(`state=candidate&q=${encodeURIComponent('一半')}`)).body.items)).toEqual([second]);
  });

  it.each([
    ['state', ''],
    ['state', 'state=withdrawn'],
    ['pageSize', 'state=published&pageSize=500'],
    ['page', 'state=candidate&page=0'],
  ])('a bad %s (%s) is a 400 naming it', async (field, query) => {
    const refused = await list(query, 'dispatcher1', 400);
    expect(Object.keys(refused.body.fields)).toContain(field);
  });

  it.each(['operator1', 'leader1', 'haibin.handler'])('is the centre desk’s only: %s is refused (403)', async (username) => {
    await list('state=candidate', username, 403);
  });
});
