import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { localDateOf } from '#libs/calendar';
import { documentTerms, matches, queryTerms } from '#libs/search-terms';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { authed, unitIdOf } from '../support/tickets.js';

/** Local dates around today in Asia/Shanghai, as the service counts validity. */
const dayOffset = (days: number): string => localDateOf(new Date(Date.now() + days * 86_400_000));

interface Summary {
  id: number;
  title: string;
  titleMatch: boolean;
  ownerUnit: { id: number; code: string; name: string } | null;
}

describe('knowledge base over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const get = (username: string, path: string) => authed(t, username, (http) => http.get(path));
  const post = (username: string, body: Record<string, unknown>) => authed(t, username, (http) => http.post('/api/knowledge').send(body));
  const put = (username: string, id: number, body: Record<string, unknown>) => authed(t, username, (http) => http.put(`/api/knowledge/${id}`).send(body));
  const del = (username: string, id: number) => authed(t, username, (http) => http.delete(`/api/knowledge/${id}`));

  const search = async (q: string, username = 'operator1', extra = ''): Promise<{ total: number; items: Summary[] }> =>
    (await get(username, `/api/knowledge?q=${encodeURIComponent(q)}&pageSize=50${extra}`).expect(200)).body;
  const titlesFound = async (q: string, username?: string, extra?: string) => (await search(q, username, extra)).items.map((item) => item.title);

  /** Every article, whatever its dates: what an administrator can count. */
  const articleCount = async (): Promise<number> => (await get('admin1', '/api/knowledge?includeExpired=true&pageSize=1').expect(200)).body.total;

  const article = (overrides: Record<string, unknown> = {}) => ({
    title: '测试条目',
    content: '测试内容。',
    categoryCode: '120101',
    keywords: '测试',
    ...overrides,
  });

  describe('search', () => {
    it('the demo city ships at least 50 articles, and each answers to its own keywords', async () => {
      expect((await search('')).total).toBeGreaterThanOrEqual(50);
      expect(await titlesFound('社保卡 补办')).toContain('社会保障卡（社保卡）挂失与补办');
      expect(await titlesFound('公积金提取')).toContain('住房公积金提取条件与办理');
    });

    it('finds an article by a Chinese word that appears only inside a longer phrase', async () => {
      await post('admin1', article({ title: '港湾社区便民服务站开放时间', content: '服务站每周二下午提供义务理发服务，请携带居民卡。', keywords: '便民服务' })).expect(201);
      // 理发 is written only inside 义务理发服务; InnoDB's own parser would have seen one long "word".
      expect(await titlesFound('理发')).toEqual(['港湾社区便民服务站开放时间']);
      expect(await titlesFound('义务理发')).toEqual(['港湾社区便民服务站开放时间']);
      // And the demo city's 冬季集中供暖时间 by 供暖.
      expect(await titlesFound('供暖')).toContain('冬季集中供暖时间');
      // Not by characters that are there, but not next to each other in this order.
      expect(await titlesFound('发理')).toEqual([]);
      expect(await titlesFound('理 发 时间 港湾')).toEqual(['港湾社区便民服务站开放时间']);
    });

    it('ranks a title match first, above an article that only mentions the words often', async () => {
      await post('admin1', article({ title: '海螺湾浴场管理规定', content: '海螺湾灯塔公园附近禁止游泳。海螺湾灯塔公园周边请勿烧烤。海螺湾灯塔公园停车场收费。', keywords: '灯塔公园,浴场' })).expect(201);
      await post('admin1', article({ title: '海螺湾灯塔公园开放时间', content: '每日8时至18时开放。', keywords: '开放时间' })).expect(201);
      const { items } = await search('灯塔公园');
      expect(items.map((item) => [item.title, item.titleMatch])).toEqual([
        ['海螺湾灯塔公园开放时间', true],
        ['海螺湾浴场管理规定', false],
      ]);
    });

    it('filters by a category and everything below it', async () => {
      const titles = await titlesFound('', 'operator1', '&categoryCode=1204');
      expect(titles).toEqual(expect.arrayContaining(['冬季集中供暖时间', '暖气不热怎么办']));
      expect(titles).not.toContain('停水通知查询');
      const categories = (await get('operator1', `/api/knowledge?q=${encodeURIComponent('暖')}&categoryCode=1204&pageSize=50`).expect(200)).body.items.map(
        (item: { categoryCode: string }) => item.categoryCode,
      );
      expect(categories.length).toBeGreaterThan(1);
      expect(categories.every((code: string) => code.startsWith('1204'))).toBe(true);
    });

    it('finds one character wherever it stands, and a word only whole', async () => {
      const found = await titlesFound('暖');
      expect(found).toEqual(expect.arrayContaining(['冬季集中供暖时间', '暖气不热怎么办']));
      expect(await titlesFound('96116')).toEqual(expect.arrayContaining(['停水通知查询']));
      expect(await titlesFound('9611')).toEqual([]);
    });

    it('excludes articles not valid today, unless an administrator asks for them', async () => {
      const expired = (await post('admin1', article({ title: '珊瑚岛渡轮夏季时刻表', validFrom: dayOffset(-100), validTo: dayOffset(-1) })).expect(201)).body;
      const future = (await post('admin1', article({ title: '珊瑚岛渡轮冬季时刻表', validFrom: dayOffset(1) })).expect(201)).body;
      const current = (await post('admin1', article({ title: '珊瑚岛渡轮全年票价', validTo: dayOffset(0) })).expect(201)).body;
      expect(await titlesFound('珊瑚岛渡轮')).toEqual([current.title]);
      expect((await titlesFound('珊瑚岛渡轮', 'admin1', '&includeExpired=true')).sort()).toEqual([current.title, expired.title, future.title].sort());
      await get('operator1', `/api/knowledge/${expired.id}`).expect(404);
      await get('operator1', `/api/knowledge/${future.id}`).expect(404);
      await get('admin1', `/api/knowledge/${expired.id}`).expect(200);
      await get('operator1', '/api/knowledge?q=x&includeExpired=true').expect(403);
    });

    it('pages through the results with the number in all', async () => {
      const first = (await get('operator1', `/api/knowledge?q=${encodeURIComponent('办理')}&pageSize=2`).expect(200)).body;
      const second = (await get('operator1', `/api/knowledge?q=${encodeURIComponent('办理')}&pageSize=2&page=2`).expect(200)).body;
      const beyond = (await get('operator1', `/api/knowledge?q=${encodeURIComponent('办理')}&pageSize=2&page=400`).expect(200)).body;
      expect(first.total).toBeGreaterThan(4);
      expect([second.total, beyond.total]).toEqual([first.total, first.total]);
      const firstIds = first.items.map((item: Summary) => item.id);
      expect(second.items.length).toBe(2);
      expect(second.items.filter((item: Summary) => firstIds.includes(item.id))).toEqual([]);
      expect(beyond.items).toEqual([]);
    });

    it('finds nothing for text with nothing to search by', async () => {
      expect((await search('？！…')).total).toBe(0);
    });

    it('finds a character and a word that begins with it, where the character stands only in that word', async () => {
      // 暖 is here only inside 暖气: one posting answers both asked terms.
      await post('admin1', article({ title: '礁湖村冬季须知', content: '礁湖村不通暖气。', keywords: '礁湖村' })).expect(201);
      expect(await titlesFound('礁湖 暖 暖气')).toEqual(['礁湖村冬季须知']);
      expect(await titlesFound('礁湖 暖气 暖')).toEqual(['礁湖村冬季须知']);
    });

    it('takes the longest query allowed, with as many terms as it has characters', async () => {
      // 100 different characters (一丁丂七…): 99 different bigrams, each a term to find.
      const long = Array.from({ length: 100 }, (_, index) => String.fromCodePoint(0x4e00 + index)).join('');
      expect((await search(long)).total).toBe(0);
      expect((await search(`${long.slice(0, 98)} 暖`)).total).toBe(0);
      await t.http().get(`/api/public/knowledge?q=${encodeURIComponent(long)}`).expect(200);
    });

    // Whichever way the statement reads the postings (a join of a few whole terms, or term by term for a
    // prefix or many terms), it finds what the terms library says an article's terms answer.
    it.each([
      ['a word', '供暖'],
      ['two words', '社保卡 补办'],
      ['a prefix', '暖'],
      ['a prefix and a word that begins with it', '暖 暖气'],
      ['a prefix and words', '热 96677 供'],
      ['a word of letters', 'APP'],
      ['a sentence of more than 24 terms', '本市冬季集中供暖时间为每年11月15日至次年3月15日，共121天。供热单位一般在11月上旬开始注水试压'],
    ])('finds by %s (%s) exactly the articles whose terms answer it', async (_case, q) => {
      const rows: { title: string; keywords: string; content: string }[] = await t.app
        .get(DataSource)
        .query('SELECT title, keywords, content FROM knowledge_articles');
      const expected = rows.filter((row) => matches(documentTerms(row).map((entry) => entry.term), queryTerms(q))).map((row) => row.title);
      const found: string[] = [];
      for (let page = 1; found.length < expected.length + 1 && page <= 20; page++) {
        const { items } = (await get('admin1', `/api/knowledge?q=${encodeURIComponent(q)}&includeExpired=true&pageSize=50&page=${page}`).expect(200)).body;
        if (items.length === 0) break;
        found.push(...items.map((item: Summary) => item.title));
      }
      expect(expected.length).toBeGreaterThan(0);
      expect(found.sort()).toEqual(expected.sort());
    });

    it('is for the centre and the units, not for roles without a use for it', async () => {
      for (const username of ['operator1', 'dispatcher1', 'admin1', 'haibin.handler', 'water.admin']) await get(username, '/api/knowledge').expect(200);
      await get('leader1', '/api/knowledge').expect(403);
      await t.http().get('/api/knowledge').expect(401);
    });
  });

  describe('administration and scope', () => {
    it("a unit admin writes its own unit's articles; another unit's admin cannot see to edit or delete them (404)", async () => {
      const water = await unitIdOf(t, 'U-WATER');
      const created = (await post('water.admin', article({ title: '渔港片区管网改造停水安排', content: '渔港片区自来水管网改造期间分片停水。' })).expect(201)).body;
      expect(created.ownerUnit).toMatchObject({ id: water, code: 'U-WATER' });
      expect(await titlesFound('管网改造')).toContain('渔港片区管网改造停水安排');

      await put('haibin.admin', created.id, article({ title: '被改了' })).expect(404);
      await del('haibin.admin', created.id).expect(404);
      await put('housing.admin', created.id, article({ title: '被改了' })).expect(404);
      await put('water.handler', created.id, article({ title: '被改了' })).expect(403);
      await put('operator1', created.id, article({ title: '被改了' })).expect(403);
      expect((await get('operator1', `/api/knowledge/${created.id}`).expect(200)).body.title).toBe('渔港片区管网改造停水安排');

      const edited = (await put('water.admin', created.id, article({ title: '渔港片区管网改造分片供水安排', content: '改造期间分片供水。' })).expect(200)).body;
      expect(edited.title).toBe('渔港片区管网改造分片供水安排');
      // The terms follow the text: the new words find it, the old ones no longer do.
      expect(await titlesFound('分片供水')).toContain('渔港片区管网改造分片供水安排');
      expect(await titlesFound('停水安排')).not.toContain('渔港片区管网改造分片供水安排');

      await del('water.admin', created.id).expect(204);
      await get('operator1', `/api/knowledge/${created.id}`).expect(404);
      // Its search terms went with it: nothing left to count.
      expect((await search('分片供水')).total).toBe(0);
    });

    it('a unit admin reaches the units below its own, not those above or beside', async () => {
      const street = await unitIdOf(t, 'S-379901001');
      const byDistrict = (await post('haichuan.admin', article({ title: '海滨街道老年食堂', ownerUnitId: street })).expect(201)).body;
      expect(byDistrict.ownerUnit.code).toBe('S-379901001');
      await put('haibin.admin', byDistrict.id, article({ title: '海滨街道老年食堂（更新）', ownerUnitId: street })).expect(200);
      await put('wanghai.admin', byDistrict.id, article({ title: '社区改的' })).expect(404);
      await put('admin1', byDistrict.id, article({ title: '海滨街道老年食堂（中心审定）', ownerUnitId: street })).expect(200);

      const district = await unitIdOf(t, 'G-379901');
      const before = await articleCount();
      const refused = await post('haibin.admin', article({ title: '越权', ownerUnitId: district })).expect(400);
      expect(Object.keys(refused.body.fields)).toEqual(['ownerUnitId']);
      expect(await articleCount()).toBe(before);
    });

    it("a unit admin's includeExpired shows its own expired articles, not other units'", async () => {
      const own = (await post('water.admin', article({ title: '旧版水费标准（自来水公司）', validTo: dayOffset(-10) })).expect(201)).body;
      await post('housing.admin', article({ title: '旧版水费标准（住建局）', validTo: dayOffset(-10), categoryCode: null })).expect(201);
      expect(await titlesFound('旧版水费标准', 'water.admin', '&includeExpired=true')).toEqual([own.title]);
      expect(await titlesFound('旧版水费标准', 'admin1', '&includeExpired=true')).toHaveLength(2);
      await get('water.admin', `/api/knowledge/${own.id}`).expect(200);
      await get('water.handler', `/api/knowledge/${own.id}`).expect(404);
      await get('water.handler', '/api/knowledge?includeExpired=true').expect(403);
    });

    it('only administrators and unit administrators write', async () => {
      await post('operator1', article()).expect(403);
      await post('haibin.handler', article()).expect(403);
      await post('leader1', article()).expect(403);
    });

    it.each([
      ['a title over 200 characters', 'title', { title: '题'.repeat(201) }],
      ['a blank title', 'title', { title: '   ' }],
      ['no content', 'content', { content: undefined }],
      ['content over 20,000 characters', 'content', { content: '文'.repeat(20_001) }],
      ['keywords over 500 characters', 'keywords', { keywords: '词'.repeat(501) }],
      ['an unknown category', 'categoryCode', { categoryCode: '999999' }],
      ['a malformed category', 'categoryCode', { categoryCode: 'heat' }],
      ['a date that does not exist', 'validFrom', { validFrom: '2026-02-30' }],
      ['an end before the start', 'validTo', { validFrom: '2026-06-01', validTo: '2026-05-31' }],
      ['an unknown unit', 'ownerUnitId', { ownerUnitId: 999_999 }],
      ['an owner of null (left out, it is the writer\'s unit)', 'ownerUnitId', { ownerUnitId: null }],
      ['a wrong type', 'isPublic', { isPublic: 'yes' }],
      ['an unknown field', 'author', { author: '某人' }],
    ])('refuses %s with 400 naming %s and writes nothing', async (_case, field, overrides) => {
      const before = await articleCount();
      const response = await post('admin1', article(overrides)).expect(400);
      expect(Object.keys(response.body.fields)).toEqual([field]);
      expect(await articleCount()).toBe(before);
    });

    it('takes 20,000 characters of content, even where each needs four bytes in utf8mb4', async () => {
      const created = (await post('admin1', article({ title: '生僻字条目', content: '𠀀'.repeat(20_000) })).expect(201)).body;
      expect(Array.from((await get('admin1', `/api/knowledge/${created.id}`).expect(200)).body.content)).toHaveLength(20_000);
      expect(await titlesFound('𠀀')).toContain('生僻字条目');
    });

    it.each([
      ['a month that does not exist', 'validTo', { validTo: '2026-13-01' }],
      ['a date with a time', 'validFrom', { validFrom: '2026-01-01T00:00:00Z' }],
      ['a date as a number', 'validFrom', { validFrom: 20260101 }],
      ['an owner unit as text', 'ownerUnitId', { ownerUnitId: '3' }],
      ['a category as a number', 'categoryCode', { categoryCode: 120101 }],
      ['keywords that are not text', 'keywords', { keywords: ['供暖'] }],
    ])('refuses %s with 400 naming %s', async (_case, field, overrides) => {
      const response = await post('admin1', article(overrides)).expect(400);
      expect(Object.keys(response.body.fields)).toEqual([field]);
    });

    it.each([
      ['GET', 'abc'],
      ['GET', '1.5'],
      ['GET', '0'],
      ['PUT', 'abc'],
      ['DELETE', '-1'],
    ])('refuses %s of an article whose id is %j with 400 naming id', async (method, id) => {
      const response = await authed(t, 'admin1', (http) =>
        method === 'GET' ? http.get(`/api/knowledge/${id}`) : method === 'PUT' ? http.put(`/api/knowledge/${id}`).send(article()) : http.delete(`/api/knowledge/${id}`),
      ).expect(400);
      expect(Object.keys(response.body.fields)).toEqual(['id']);
    });

    it('refuses a bad edit with 400 and keeps the article as it was', async () => {
      const created = (await post('admin1', article({ title: '礁石滩潮汐时刻' })).expect(201)).body;
      const response = await put('admin1', created.id, article({ title: '礁石滩潮汐时刻（改）', categoryCode: '999999' })).expect(400);
      expect(Object.keys(response.body.fields)).toEqual(['categoryCode']);
      expect((await get('admin1', `/api/knowledge/${created.id}`).expect(200)).body.title).toBe('礁石滩潮汐时刻');
      await put('admin1', 999_999, article()).expect(404);
      // Writing the same again changes nothing, and is no error.
      await put('admin1', created.id, article({ title: '礁石滩潮汐时刻' })).expect(200);
      await put('admin1', created.id, article({ title: '礁石滩潮汐时刻' })).expect(200);
      expect(await titlesFound('潮汐')).toEqual(['礁石滩潮汐时刻']);
    });

    it.each([
      ['q', `q=${'查'.repeat(101)}`],
      ['q', 'q=a&q=b'],
      ['page', 'page=0'],
      ['page', 'page=501'],
      ['page', 'page=two'],
      ['page', 'page=1.5'],
      ['pageSize', 'pageSize=51'],
      ['pageSize', 'pageSize=0'],
      ['pageSize', 'pageSize=ten'],
      ['categoryCode', 'categoryCode=01a'],
      ['includeExpired', 'includeExpired=maybe'],
      ['sort', 'sort=title'],
    ])('refuses a search with a bad %s', async (field, query) => {
      const response = await get('operator1', `/api/knowledge?${encodeURI(query)}`).expect(400);
      expect(Object.keys(response.body.fields)).toEqual([field]);
    });
  });

  describe('the public mailbox page', () => {
    it('searches without a login, and shows only public articles valid today, without owner details', async () => {
      await post('admin1', article({ title: '灯塔码头内部值守口径', content: '灯塔码头夜间值守安排，不对外。', isPublic: false })).expect(201);
      await post('admin1', article({ title: '灯塔码头旧公告', content: '灯塔码头旧公告。', validTo: dayOffset(-1) })).expect(201);
      const shown = (await post('admin1', article({ title: '灯塔码头轮渡购票', content: '灯塔码头轮渡可在售票窗口或线上购票。', keywords: '轮渡,购票' })).expect(201)).body;

      const response = await t.http().get(`/api/public/knowledge?q=${encodeURIComponent('灯塔码头')}`).expect(200);
      expect(response.body.items.map((item: { title: string }) => item.title)).toEqual(['灯塔码头轮渡购票']);
      const [item] = response.body.items;
      expect(Object.keys(item).sort()).toEqual(['categoryCode', 'categoryName', 'excerpt', 'id', 'title', 'updatedAt']);
      expect(JSON.stringify(response.body)).not.toMatch(/ownerUnit|keywords|市水务|自来水有限公司|isPublic/);

      const one = await t.http().get(`/api/public/knowledge/${shown.id}`).expect(200);
      expect(one.body).toMatchObject({ title: '灯塔码头轮渡购票', content: '灯塔码头轮渡可在售票窗口或线上购票。' });
      expect(one.body.ownerUnit).toBeUndefined();
    });

    it('does not show a staff-only or expired article by its id either', async () => {
      const internal = (await post('admin1', article({ title: '内部条目', isPublic: false })).expect(201)).body;
      const expired = (await post('admin1', article({ title: '过期条目', validTo: dayOffset(-1) })).expect(201)).body;
      await t.http().get(`/api/public/knowledge/${internal.id}`).expect(404);
      await t.http().get(`/api/public/knowledge/${expired.id}`).expect(404);
      await t.http().get('/api/public/knowledge/999999').expect(404);
      // Staff still read the internal one.
      await get('operator1', `/api/knowledge/${internal.id}`).expect(200);
    });

    it('gives one short page, and refuses an overlong query naming q', async () => {
      const response = await t.http().get(`/api/public/knowledge?q=${encodeURIComponent('办理')}`).expect(200);
      expect(response.body.items.length).toBeGreaterThan(0);
      expect(response.body.items.length).toBeLessThanOrEqual(10);
      const refused = await t.http().get(`/api/public/knowledge?q=${encodeURIComponent('查'.repeat(101))}`).expect(400);
      expect(Object.keys(refused.body.fields)).toEqual(['q']);
      // The public page has no paging: page and pageSize are unknown fields there, and named.
      expect(Object.keys((await t.http().get('/api/public/knowledge?pageSize=100').expect(400)).body.fields)).toEqual(['pageSize']);
      expect(Object.keys((await t.http().get('/api/public/knowledge?page=2').expect(400)).body.fields)).toEqual(['page']);
      expect(Object.keys((await t.http().get('/api/public/knowledge/abc').expect(400)).body.fields)).toEqual(['id']);
    });
  });
});
