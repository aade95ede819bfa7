import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DataScopeService, type AuthUser } from '#libs/auth';
import type { Role } from '#libs/domain';
import { UnitEntity, UserEntity } from '#libs/persistence';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('data scope: a unit user reaches their unit and the units below it, nothing else', () => {
  let t: TestApp;
  let scopes: DataScopeService;
  let unitId: (code: string) => number;
  let userOf: (username: string) => Promise<AuthUser>;

  beforeAll(async () => {
    t = await startTestApp();
    scopes = t.app.get(DataScopeService);
    const dataSource = t.app.get(DataSource);
    const units = await dataSource.getRepository(UnitEntity).find();
    unitId = (code) => units.find((unit) => unit.code === code)!.id;
    userOf = async (username) => {
      const user = await dataSource.getRepository(UserEntity).findOneByOrFail({ username });
      return { id: user.id, username, displayName: user.displayName, role: user.role as Role, unitId: user.unitId };
    };
  });
  afterAll(() => t.close());

  it('the centre sees every unit', async () => {
    for (const username of ['operator1', 'dispatcher1', 'callback1', 'leader1', 'admin1']) {
      expect(await scopes.scopeOf(await userOf(username))).toEqual({ kind: 'all' });
    }
  });

  it('a district government reaches its streets and communities, not another district', async () => {
    const scope = await scopes.scopeOf(await userOf('haichuan.admin'));
    if (scope.kind !== 'units') throw new Error('expected a unit scope');
    expect(scope.unitIds.has(unitId('G-379901'))).toBe(true);
    expect(scope.unitIds.has(unitId('S-379901001'))).toBe(true);
    expect(scope.unitIds.has(unitId('C-379901001001'))).toBe(true);
    expect(scope.unitIds.has(unitId('G-379902'))).toBe(false);
    expect(scope.unitIds.has(unitId('D-HOUSING'))).toBe(false);
    expect(scope.unitIds.has(unitId('CENTRE'))).toBe(false);
  });

  it('a community reaches only itself; a department only itself', async () => {
    expect(await scopes.scopeOf(await userOf('wanghai.handler'))).toEqual({
      kind: 'units',
      unitIds: new Set([unitId('C-379901001001')]),
    });
    expect(await scopes.scopeOf(await userOf('water.handler'))).toEqual({ kind: 'units', unitIds: new Set([unitId('U-WATER')]) });
  });

  it('assertReaches answers 404 outside the scope, as if the record did not exist', async () => {
    const street = await userOf('haibin.handler');
    await expect(scopes.assertReaches(street, [unitId('C-379901001001')])).resolves.toBeUndefined();
    await expect(scopes.assertReaches(street, [unitId('G-379901')])).rejects.toThrow(NotFoundException);
    await expect(scopes.assertReaches(street, [unitId('D-HOUSING'), unitId('S-379901001')])).resolves.toBeUndefined();
  });
});
