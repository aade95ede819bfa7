import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '#config/demo-city';
import { UserEntity } from '#libs/persistence';
import { administration } from '../support/administration.js';
import { appForSuite } from '../support/test-app.js';
import { authed, register, routed, unitIdOf } from '../support/tickets.js';

const PASSWORD = 'Kaishi#2026';

describe('administration of users', () => {
  const t = appForSuite();
  const { asAdmin, rows, refusedUnwritten } = administration(t);
  const signIn = (username: string, password = PASSWORD) => t.http().post('/api/auth/login').send({ username, password });
  const tokenOf = async (username: string, password = PASSWORD) => (await signIn(username, password).expect(200)).body.accessToken as string;
  const me = (token: string) => t.http().get('/api/auth/me').set('Authorization', `Bearer ${token}`);
  const createUser = async (username: string, more: Record<string, unknown>) =>
    (await asAdmin((http) => http.post('/api/users').send({ username, displayName: '新用户', password: PASSWORD, ...more })).expect(201)).body;

  it('a new unit handler signs in and sees only the work of their unit', async () => {
    const street = await unitIdOf(t, 'S-379901001');
    const created = await createUser('street.handler2', { displayName: '新承办人', role: 'unit_handler', unitId: street });
    expect(created).toEqual({
      id: expect.any(Number),
      username: 'street.handler2',
      displayName: '新承办人',
      role: 'unit_handler',
      unitId: street,
      unitName: '海滨街道办事处',
      active: true,
      createdAt: expect.any(String),
    });
    const stored = await rows(UserEntity).findOneByOrFail({ id: created.id });
    expect(stored.passwordHash).toMatch(/^scrypt\$/);
    expect(stored.passwordHash).not.toContain(PASSWORD);

    const ours = await register(t); // a noise complaint in 海滨街道: routed to its street office
    const theirs = await register(t, { regionCode: '379902001001', address: '另一个区' });
    await routed(t, ours.id);
    await routed(t, theirs.id);
    const token = await tokenOf('street.handler2');
    const list = await t.http().get('/api/tickets').set('Authorization', `Bearer ${token}`).expect(200);
    expect(list.body.items.map((ticket: { id: number }) => ticket.id)).toEqual([ours.id]);
    await t.http().get(`/api/tickets/${theirs.id}`).set('Authorization', `Bearer ${token}`).expect(404);
  });

  it.each([
    ['a username with capitals', { username: 'New.User' }, 'username'],
    ['a two-letter username', { username: 'ab' }, 'username'],
    ['a blank name', { displayName: ' ' }, 'displayName'],
    ['an unknown role', { role: 'mayor' }, 'role'],
    ['a unit role without a unit', { role: 'unit_handler', unitId: null }, 'unitId'],
    ['a unit that does not exist', { role: 'unit_handler', unitId: 4_000_000 }, 'unitId'],
    ['a centre role in a department', { role: 'operator', unitId: 'D-HOUSING' }, 'unitId'],
    ['a password of 7 characters', { password: 'Abc#123' }, 'password'],
    ['a password of 129 characters', { password: 'x'.repeat(129) }, 'password'],
    ['a password hash sent', { passwordHash: 'scrypt$1$1$1$a$b' }, 'passwordHash'],
  ])('refuses %s: 400 naming the field, nothing written', async (_case, change, field) => {
    const body: Record<string, unknown> = { username: 'bad.user', displayName: '坏用户', role: 'unit_handler', unitId: 'U-WATER', password: PASSWORD, ...change };
    if (typeof body.unitId === 'string') body.unitId = await unitIdOf(t, body.unitId);
    await refusedUnwritten(UserEntity, asAdmin((http) => http.post('/api/users').send(body)), 400, field);
  });

  it('a centre role belongs to no unit, or to the centre itself', async () => {
    expect(await createUser('new.operator', { role: 'operator' })).toMatchObject({ unitId: null, unitName: null });
    const centre = await unitIdOf(t, 'CENTRE');
    expect(await createUser('new.dispatcher', { role: 'dispatcher', unitId: centre })).toMatchObject({ unitId: centre });
  });

  it('refuses a taken username: 409 naming username', async () => {
    const taken = asAdmin((http) => http.post('/api/users').send({ username: 'admin1', displayName: '重复', role: 'admin', password: PASSWORD }));
    const response = await refusedUnwritten(UserEntity, taken, 409, 'username');
    expect(response.body.fields.username).toEqual([expect.stringContaining('admin1')]);
  });

  it('lists users by unit, role and text, a page at a time, never with a password hash', async () => {
    const housing = await unitIdOf(t, 'D-HOUSING');
    const ofHousing = (await asAdmin((http) => http.get(`/api/users?unitId=${housing}`)).expect(200)).body;
    expect(ofHousing).toMatchObject({ total: 2, page: 1, pageSize: 20 });
    expect(ofHousing.items.map((user: { username: string }) => user.username)).toEqual(['housing.admin', 'housing.handler']);
    expect(ofHousing.items[0]).toEqual({
      id: expect.any(Number),
      username: 'housing.admin',
      displayName: '许建华',
      role: 'unit_admin',
      unitId: housing,
      unitName: '市住房和城乡建设局',
      active: true,
      createdAt: expect.any(String),
    });
    const usernames = async (query: string) =>
      ((await asAdmin((http) => http.get(`/api/users?${query}`)).expect(200)).body.items as { username: string }[]).map((user) => user.username);
    expect(await usernames('role=callback_agent')).toEqual(['callback1', 'callback2']);
    // Whatever other tests have added: every dispatcher whose username has the text, in username order.
    const dispatchers = (await rows(UserEntity).findBy({ role: 'dispatcher', active: true })).map((user) => user.username);
    expect(await usernames('role=dispatcher&q=patch')).toEqual(dispatchers.filter((username) => username.includes('patch')).sort());
    expect(await usernames('role=dispatcher&q=patch')).toEqual(expect.arrayContaining(['dispatcher1', 'dispatcher2']));
    expect(await usernames('role=operator&q=patch')).toEqual([]);
    expect(await usernames('q=%25')).toEqual([]); // a % typed is no wildcard (as one, it would match everyone)
    expect(await usernames('q=_')).toEqual([]);
    expect(await usernames(`q=${encodeURIComponent('许建')}`)).toEqual(['housing.admin']);
    const page = (await asAdmin((http) => http.get('/api/users?pageSize=3&page=2')).expect(200)).body;
    expect(page.items).toHaveLength(3);
    expect(page.total).toBe(await rows(UserEntity).countBy({ active: true }));
    expect(JSON.stringify(page)).not.toMatch(/scrypt|passwordHash/);
    const bad = await asAdmin((http) => http.get('/api/users?role=mayor&pageSize=500')).expect(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['pageSize', 'role']);
  });

  it('a deactivated user cannot sign in, and the token they hold stops working at once', async () => {
    const user = await createUser('leaving.handler', { role: 'unit_handler', unitId: await unitIdOf(t, 'U-WATER') });
    const token = await tokenOf('leaving.handler');
    await me(token).expect(200);
    const changed = (await asAdmin((http) => http.patch(`/api/users/${user.id}`).send({ active: false })).expect(200)).body;
    expect(changed).toMatchObject({ active: false });
    await me(token).expect(401);
    await signIn('leaving.handler').expect(401);
    const listed = (await asAdmin((http) => http.get('/api/users?q=leaving')).expect(200)).body;
    expect(listed.total).toBe(0);
    const all = (await asAdmin((http) => http.get('/api/users?q=leaving&includeInactive=true')).expect(200)).body;
    expect(all.items).toEqual([expect.objectContaining({ username: 'leaving.handler', active: false })]);

    await asAdmin((http) => http.patch(`/api/users/${user.id}`).send({ active: true })).expect(200);
    await me(await tokenOf('leaving.handler')).expect(200);
  });

  it('a new role or unit takes effect: the old token is refused, a new sign-in carries the change', async () => {
    const water = await unitIdOf(t, 'U-WATER');
    const housing = await unitIdOf(t, 'D-HOUSING');
    const user = await createUser('moving.handler', { role: 'unit_handler', unitId: water });
    const before = await tokenOf('moving.handler');
    const changed = (await asAdmin((http) => http.patch(`/api/users/${user.id}`).send({ role: 'unit_admin', unitId: housing, displayName: '调岗' })).expect(200)).body;
    expect(changed).toMatchObject({ role: 'unit_admin', unitId: housing, unitName: '市住房和城乡建设局', displayName: '调岗' });
    await me(before).expect(401);
    expect((await me(await tokenOf('moving.handler')).expect(200)).body).toMatchObject({ role: 'unit_admin', unitId: housing, displayName: '调岗' });

    // To a centre role the unit must go too; the answer says so, under unitId, and nothing changes.
    const refused = await asAdmin((http) => http.patch(`/api/users/${user.id}`).send({ role: 'operator' })).expect(400);
    expect(Object.keys(refused.body.fields)).toEqual(['unitId']);
    await asAdmin((http) => http.patch(`/api/users/${user.id}`).send({ displayName: null })).expect(400);
    expect(await rows(UserEntity).findOneByOrFail({ id: user.id })).toMatchObject({ role: 'unit_admin', unitId: housing, displayName: '调岗' });
    await asAdmin((http) => http.patch(`/api/users/${user.id}`).send({ role: 'operator', unitId: null })).expect(200);
    await asAdmin((http) => http.patch('/api/users/4000000').send({ displayName: 'x' })).expect(404);
  });

  it('a user comes back only to an active unit: deactivated, their unit retired, reactivating them is a 400 naming unitId', async () => {
    const unit = (await asAdmin((http) => http.post('/api/units').send({ code: 'T-RETIRING', name: '将撤销单位', tier: 'city', kind: 'department' })).expect(201)).body;
    const user = await createUser('retiring.handler', { role: 'unit_handler', unitId: unit.id });
    await asAdmin((http) => http.patch(`/api/users/${user.id}`).send({ active: false })).expect(200);
    await asAdmin((http) => http.patch(`/api/units/${unit.id}`).send({ active: false })).expect(200);
    const refused = await asAdmin((http) => http.patch(`/api/users/${user.id}`).send({ active: true })).expect(400);
    expect(Object.keys(refused.body.fields)).toEqual(['unitId']);
    expect(await rows(UserEntity).findOneByOrFail({ id: user.id })).toMatchObject({ active: false });
  });

  it.each([
    ['a password (it has its own route, which ends sessions)', { password: PASSWORD }, 'password'],
    ['a password hash', { passwordHash: 'scrypt$1$1$1$a$b' }, 'passwordHash'],
    ['a new username', { username: 'renamed' }, 'username'],
    ['a display name of null', { displayName: null }, 'displayName'],
  ])('a change refuses %s: 400 naming the field, nothing written', async (_case, change, field) => {
    const user = (await me(await t.tokenOf('callback2')).expect(200)).body;
    const before = await rows(UserEntity).findOneByOrFail({ id: user.id });
    const response = await asAdmin((http) => http.patch(`/api/users/${user.id}`).send(change)).expect(400);
    expect(Object.keys(response.body.fields)).toEqual([field]);
    expect(await rows(UserEntity).findOneByOrFail({ id: user.id })).toEqual(before);
  });

  it('an administrator cannot deactivate themselves or give up their own administrator role', async () => {
    const admin = (await me(await t.tokenOf('admin1')).expect(200)).body;
    await asAdmin((http) => http.patch(`/api/users/${admin.id}`).send({ active: false })).expect(409);
    await asAdmin((http) => http.patch(`/api/users/${admin.id}`).send({ role: 'dispatcher' })).expect(409);
    await asAdmin((http) => http.patch(`/api/users/${admin.id}`).send({ displayName: '林主任' })).expect(200);
    expect(await rows(UserEntity).findOneByOrFail({ id: admin.id })).toMatchObject({ active: true, role: 'admin', displayName: '林主任' });
    await me(await t.tokenOf('admin1')).expect(200);
  });

  it('an administrator resets a password: the new one signs in, the old one no longer, and sessions opened with the old one end', async () => {
    const before = await t.tokenOf('operator2');
    const operator = (await me(before).expect(200)).body;
    const short = await asAdmin((http) => http.put(`/api/users/${operator.id}/password`).send({ password: 'short' })).expect(400);
    expect(Object.keys(short.body.fields)).toEqual(['password']);
    await me(before).expect(200);
    await asAdmin((http) => http.put(`/api/users/${operator.id}/password`).send({ password: PASSWORD })).expect(204);
    await me(before).expect(401);
    await signIn('operator2', DEMO_PASSWORD).expect(401);
    // A token states its issue in whole seconds: one from the reset's own second would be refused too.
    await sleep(1_000 - (Date.now() % 1_000) + 50);
    await me(await tokenOf('operator2', PASSWORD)).expect(200);
    await asAdmin((http) => http.put('/api/users/4000000/password').send({ password: PASSWORD })).expect(404);
  });

  it('only administrators read and write users', async () => {
    const before = await rows(UserEntity).count();
    const housingHandler = (await me(await t.tokenOf('housing.handler')).expect(200)).body;
    for (const username of ['dispatcher1', 'leader1', 'housing.admin']) {
      await authed(t, username, (http) => http.get('/api/users')).expect(403);
      await authed(t, username, (http) => http.post('/api/users').send({ username: 'sneaky', displayName: 'x', role: 'admin', password: PASSWORD })).expect(403);
      await authed(t, username, (http) => http.patch(`/api/users/${housingHandler.id}`).send({ role: 'admin' })).expect(403);
      await authed(t, username, (http) => http.put(`/api/users/${housingHandler.id}/password`).send({ password: PASSWORD })).expect(403);
    }
    expect(await rows(UserEntity).count()).toBe(before);
    await signIn('housing.handler', DEMO_PASSWORD).expect(200);
  });
});
