import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('bad input to login and the reference endpoints', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it.each([
    [{}, ['username', 'password']],
    [{ username: 'operator1' }, ['password']],
    [{ username: 42, password: 'x' }, ['username']],
    [{ username: 'operator1', password: ['x'] }, ['password']],
    [{ username: 'a'.repeat(51), password: 'x' }, ['username']],
    [{ username: "admin1' OR '1'='1", password: 'x' }, ['username']],
    [{ username: 'operator1', password: 'x', role: 'admin' }, ['role']],
  ])('login %j: 400 naming %j', async (body, fields) => {
    const response = await t.http().post('/api/auth/login').send(body).expect(400);
    expect(Object.keys(response.body.fields).sort()).toEqual([...fields].sort());
  });

  it('malformed JSON: 400', async () => {
    await t.http().post('/api/auth/login').set('Content-Type', 'application/json').send('{"username": ').expect(400);
  });

  it('a body over the size limit: 413', async () => {
    await t.http().post('/api/auth/login').send({ username: 'operator1', password: 'x'.repeat(200_000) }).expect(413);
  });

  it('units filter: 400 naming the field; a good filter works', async () => {
    const token = await t.tokenOf('operator1');
    const bad = await t.http().get('/api/units?tier=galaxy&parentId=-1').set('Authorization', `Bearer ${token}`).expect(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['parentId', 'tier']);
    const streets = await t.http().get('/api/units?tier=street').set('Authorization', `Bearer ${token}`).expect(200);
    expect(streets.body.length).toBeGreaterThanOrEqual(12);
    expect(streets.body.every((unit: { tier: string }) => unit.tier === 'street')).toBe(true);
  });

  it('bad input writes nothing', async () => {
    const dataSource = t.app.get(DataSource);
    const count = async () => Number((await dataSource.query('SELECT COUNT(*) AS n FROM users'))[0].n);
    const before = await count();
    await t.http().post('/api/auth/login').send({ username: 'x', password: 'y', extra: 1 }).expect(400);
    expect(await count()).toBe(before);
  });
});
