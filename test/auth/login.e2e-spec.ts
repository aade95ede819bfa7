import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { demoCity, DEMO_PASSWORD } from '#config/demo-city';
import { ROLES } from '#libs/domain';
import { UserEntity } from '#libs/persistence';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('login and tokens over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const demoUserOf = (role: string) => demoCity.users.find((user) => user.role === role)!;

  it.each(ROLES)('a demo %s logs in and the token says who they are', async (role) => {
    const demo = demoUserOf(role);
    const login = await t.http().post('/api/auth/login').send({ username: demo.username, password: DEMO_PASSWORD }).expect(200);
    expect(login.body).toMatchObject({ tokenType: 'Bearer', expiresIn: t.settings.jwt.ttlSeconds });
    expect(login.body.user).toMatchObject({ username: demo.username, role, displayName: demo.displayName });
    const me = await t.http().get('/api/auth/me').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200);
    expect(me.body).toEqual(login.body.user);
  });

  it('refuses a wrong password and an unknown user with the same 401, saying neither which', async () => {
    const wrongPassword = await t.http().post('/api/auth/login').send({ username: 'operator1', password: 'guess' }).expect(401);
    const unknownUser = await t.http().post('/api/auth/login').send({ username: 'nobody', password: 'guess' }).expect(401);
    expect(wrongPassword.body).toEqual(unknownUser.body);
    expect(JSON.stringify(wrongPassword.body)).not.toMatch(/exist|unknown|not found/i);
  });

  it('refuses a disabled user', async () => {
    await t.app.get(DataSource).getRepository(UserEntity).update({ username: 'operator3' }, { active: false });
    await t.http().post('/api/auth/login').send({ username: 'operator3', password: DEMO_PASSWORD }).expect(401);
  });

  it.each([
    ['no header', undefined],
    ['not a bearer token', 'Basic b3BlcmF0b3IxOnBhc3M='],
    ['garbage', 'Bearer not.a.token'],
  ])('refuses a request with %s: 401', async (_case, header) => {
    const call = t.http().get('/api/auth/me');
    if (header) call.set('Authorization', header);
    await call.expect(401);
  });

  it('refuses a token signed with another secret (forged)', async () => {
    const forged = await new JwtService({ secret: 'x'.repeat(40) }).signAsync({ sub: 1, username: 'admin1', role: 'admin', unitId: null, name: 'x' });
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${forged}`).expect(401);
  });

  it('refuses an unsigned token (alg none) and an expired one', async () => {
    const payload = (await t.tokenOf('admin1')).split('.')[1];
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${unsigned}`).expect(401);
    const expired = await new JwtService({ secret: t.settings.jwt.secret }).signAsync(
      { sub: 1, username: 'admin1', role: 'admin', unitId: null, name: 'x' },
      { expiresIn: -10 },
    );
    await t.http().get('/api/auth/me').set('Authorization', `Bearer ${expired}`).expect(401);
  });

  it('lets anyone read the region and category lists (the public letter form), but not the units or anything else', async () => {
    const regions = await t.http().get('/api/regions').expect(200);
    expect(regions.body.length).toBeGreaterThan(40);
    const categories = await t.http().get('/api/categories').expect(200);
    expect(categories.body.map((category: { code: string }) => category.code)).toContain('010101');
    await t.http().get('/api/units').expect(401);
    await t.http().get('/api/tickets').expect(401);
  });
});
