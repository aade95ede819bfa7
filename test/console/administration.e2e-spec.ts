import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Locator, Page } from 'playwright-core';
import { browserSuite, errorUnder, fadedIn, field, pick, pickRegion, screenshot, showsText } from '../support/browser.js';
import { authed, unitIdOf } from '../support/tickets.js';

const STREET = { code: '379901009', name: '望潮街道' };
const UNIT = { code: 'S-379901009', name: '望潮街道办事处' };
const CATEGORY = { code: '010199', name: '电动车充电' };
const HANDLER = { username: 'wangchao.handler', displayName: '王超', password: 'Wangchao-2024' };

interface UnitRow {
  id: number;
  code: string;
  tier: string;
  kind: string;
  regionCode: string | null;
  parentId: number | null;
  active: boolean;
}

/**
 * The administrator's reference screens in headless Chromium against the whole system: a new street
 * is added to a district, its office to the district government's units and a handler to the office,
 * all through the forms; the handler then signs in to the unit inbox.
 */
describe('administration in the console', () => {
  const suite = browserSuite();
  let admin: Page;

  beforeAll(async () => {
    admin = await suite.as('admin1');
  });

  const units = async (): Promise<UnitRow[]> => (await authed(suite.t, 'admin1', (http) => http.get('/api/units?includeInactive=true')).expect(200)).body;
  const unitOf = async (code: string): Promise<UnitRow | undefined> => (await units()).find((unit) => unit.code === code);

  it('adds a street, its office under the district government and a handler, who signs in to the unit inbox', async () => {
    // Each list once first: the pickers' cached lists must then follow the changes made below.
    await admin.getByTestId('menu-admin').click();
    await admin.getByTestId('menu-reference').click();
    await admin.waitForURL('**/admin/reference/units');
    await rowOf(admin, 'unit-row', '海川区人民政府').waitFor();
    await tab(admin, 'users');
    await admin.getByTestId('user-row').first().waitFor();

    // 属地: the street below 海川区.
    await tab(admin, 'regions');
    await rowOf(admin, 'region-row', '海川区').getByTestId('region-add-child').click();
    await field(admin, 'region-code').fill(STREET.code.slice(6));
    await field(admin, 'region-name-input').fill(STREET.name);
    await admin.getByTestId('region-save').click();
    // The district opens to show it.
    await rowOf(admin, 'region-row', STREET.name).waitFor();
    await screenshot(admin, 'admin-regions');
    const { body: regions } = await suite.t.http().get('/api/regions').expect(200);
    expect(regions).toContainEqual(expect.objectContaining({ code: STREET.code, name: STREET.name, parentCode: '379901', level: 'street' }));

    // 承办单位: its office below the district government, in the new street.
    await tab(admin, 'units');
    await admin.getByTestId('unit-create').click();
    await field(admin, 'unit-code').fill(UNIT.code);
    await field(admin, 'unit-name').fill(UNIT.name);
    await choose(admin, 'unit-tier', '街道（镇）');
    await choose(admin, 'unit-kind', '街道办事处（镇政府）');
    await pickRegion(admin, 'unit-region', STREET.name);
    await pick(admin, 'unit-parent', '海川区人民政府');
    await admin.getByTestId('unit-save').click();
    await rowOf(admin, 'unit-row', UNIT.name).waitFor();
    await screenshot(admin, 'admin-units');
    const district = await unitIdOf(suite.t, 'G-379901');
    expect(await unitOf(UNIT.code)).toMatchObject({ tier: 'street', kind: 'street_office', regionCode: STREET.code, parentId: district, active: true });

    // 用户: a wrong username gets the API's word under the field, and nobody is created.
    const users = async (): Promise<number> => (await authed(suite.t, 'admin1', (http) => http.get('/api/users?includeInactive=true')).expect(200)).body.total;
    const before = await users();
    await tab(admin, 'users');
    await admin.getByTestId('user-create').click();
    await field(admin, 'user-username').fill('wang chao');
    await field(admin, 'user-display-name').fill(HANDLER.displayName);
    await choose(admin, 'user-role', '承办人');
    await pick(admin, 'user-unit', UNIT.name);
    await field(admin, 'user-password').fill(HANDLER.password);
    await admin.getByTestId('user-save').click();
    await showsText(errorUnder(admin, 'user-username'), 'username');
    await screenshot(admin, 'admin-user-field-error');
    expect(await users()).toBe(before);

    await field(admin, 'user-username').fill(HANDLER.username);
    await admin.getByTestId('user-save').click();
    await admin.getByTestId('user-form').waitFor({ state: 'hidden' });
    await field(admin, 'user-q').fill(HANDLER.username);
    await admin.getByTestId('user-search').click();
    await rowOf(admin, 'user-row', HANDLER.username).waitFor();
    await screenshot(admin, 'admin-users');
    const { body: found } = await authed(suite.t, 'admin1', (http) => http.get(`/api/users?q=${HANDLER.username}`)).expect(200);
    const office = (await unitOf(UNIT.code))!;
    expect(found.items).toEqual([expect.objectContaining({ username: HANDLER.username, role: 'unit_handler', unitId: office.id, unitName: UNIT.name, active: true })]);

    // The new handler signs in and lands on the office's inbox.
    const handler = await suite.as(HANDLER.username, HANDLER.password);
    await handler.waitForURL('**/inbox');
    await showsText(handler.getByTestId('who'), HANDLER.displayName);
    await screenshot(handler, 'new-handler-inbox');
    await handler.context().close();
  }, 180_000);

  it("shows the API's refusal to deactivate a unit that still has active units below it", async () => {
    await admin.goto(`${suite.t.url}/admin/reference/units`);
    const row = rowOf(admin, 'unit-row', '海川区人民政府');
    await row.getByTestId('unit-toggle').click();
    await admin.locator('.el-popconfirm__action .el-button--primary:visible').click();
    const shown = admin.locator('.el-message--error');
    await shown.waitFor();
    // The words are the API's own: the same refusal asked directly (a 409 writes nothing).
    const id = await unitIdOf(suite.t, 'G-379901');
    const { body } = await authed(suite.t, 'admin1', (http) => http.patch(`/api/units/${id}`).send({ active: false })).expect(409);
    await showsText(shown, [body.message].flat().join('; '));
    expect((await unitOf('G-379901'))?.active).toBe(true);
  }, 90_000);

  it("shows the API's refusal to reactivate a user whose unit has been retired, naming the field", async () => {
    const asAdmin = (build: Parameters<typeof authed>[2]) => authed(suite.t, 'admin1', build);
    const { body: unit } = await asAdmin((http) => http.post('/api/units').send({ code: 'T-RETIRED', name: '撤并的办事处', tier: 'street', kind: 'street_office' })).expect(201);
    const { body: user } = await asAdmin((http) =>
      http.post('/api/users').send({ username: 'retired.handler', displayName: '撤并单位承办人', role: 'unit_handler', unitId: unit.id, password: 'Retired-2024' }),
    ).expect(201);
    await asAdmin((http) => http.patch(`/api/users/${user.id}`).send({ active: false })).expect(200);
    await asAdmin((http) => http.patch(`/api/units/${unit.id}`).send({ active: false })).expect(200);

    await admin.goto(`${suite.t.url}/admin/reference/users`);
    await admin.getByTestId('user-inactive').click();
    await field(admin, 'user-q').fill('retired.handler');
    await admin.getByTestId('user-search').click();
    await rowOf(admin, 'user-row', 'retired.handler').getByTestId('user-toggle').click();
    const shown = admin.locator('.el-message--error');
    await showsText(shown, 'unitId');
    await fadedIn(shown);
    await screenshot(admin, 'admin-reactivation-refused');
    // The words are the API's own, naming the field; the user stays inactive.
    const { body } = await asAdmin((http) => http.patch(`/api/users/${user.id}`).send({ active: true })).expect(400);
    expect(Object.keys(body.fields)).toEqual(['unitId']);
    await showsText(shown, body.fields.unitId.join('; '));
    const { body: found } = await asAdmin((http) => http.get('/api/users?q=retired.handler&includeInactive=true')).expect(200);
    expect(found.items).toEqual([expect.objectContaining({ active: false })]);
  }, 90_000);

  it('signs a user out of the open console when an administrator deactivates them', async () => {
    const asAdmin = (build: Parameters<typeof authed>[2]) => authed(suite.t, 'admin1', build);
    const unitId = await unitIdOf(suite.t, 'S-379901001');
    const { body: user } = await asAdmin((http) =>
      http.post('/api/users').send({ username: 'leaving.handler', displayName: '调离承办人', role: 'unit_handler', unitId, password: 'Leaving-2024' }),
    ).expect(201);
    const handler = await suite.as('leaving.handler', 'Leaving-2024');
    await handler.waitForURL('**/inbox');
    // The inbox makes no call of its own while it waits for pushes: the closed socket is what tells it.
    await handler.locator('[data-test="live"].on').waitFor();
    await asAdmin((http) => http.patch(`/api/users/${user.id}`).send({ active: false })).expect(200);
    await handler.waitForURL('**/login');
    await handler.context().close();
  }, 90_000);

  it('adds a category below a group, owned by a department, and deactivates it', async () => {
    await admin.goto(`${suite.t.url}/admin/reference/categories`);
    await rowOf(admin, 'category-row', '城乡建设').locator('.el-table__expand-icon').click();
    await rowOf(admin, 'category-row', '物业管理').getByTestId('category-add-child').click();
    await field(admin, 'category-code').fill('99');
    await field(admin, 'category-name-input').fill(CATEGORY.name);
    await admin.getByTestId('category-duty').click();
    await pick(admin, 'category-owner', '市住房和城乡建设局');
    await admin.getByTestId('category-save').click();
    const row = rowOf(admin, 'category-row', CATEGORY.name);
    await row.waitFor();
    await screenshot(admin, 'admin-categories');
    const owner = await unitIdOf(suite.t, 'D-HOUSING');
    const listed = async () => (await authed(suite.t, 'admin1', (http) => http.get('/api/categories?includeInactive=true')).expect(200)).body as { code: string }[];
    expect((await listed()).find((category) => category.code === CATEGORY.code)).toMatchObject({ parentCode: '0101', level: 3, departmentDuty: true, ownerUnitId: owner, active: true });

    await row.getByTestId('category-toggle').click();
    await admin.locator('.el-popconfirm__action .el-button--primary:visible').click();
    await showsText(row.getByTestId('category-toggle'), '启用');
    expect((await listed()).find((category) => category.code === CATEGORY.code)).toMatchObject({ active: false });
    const { body: offered } = await suite.t.http().get('/api/categories').expect(200);
    expect(offered.map((category: { code: string }) => category.code)).not.toContain(CATEGORY.code);
  }, 90_000);
});

/** The table row whose cell `testId` says exactly `text`. */
const rowOf = (page: Page, testId: string, text: string): Locator =>
  page.locator('tr', { has: page.getByTestId(testId).filter({ hasText: new RegExp(`^${text}$`) }) });

async function tab(page: Page, name: string): Promise<void> {
  await page.getByTestId(`tab-${name}`).click();
  await page.waitForURL(`**/admin/reference/${name}`);
}

/** Opens a select that is not filterable and takes the option named `text`. */
async function choose(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: new RegExp(`^${text}$`) }).click();
}
