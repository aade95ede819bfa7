import { beforeAll, describe, expect, it } from '@jest/globals';
import { CategoryEntity, RegionEntity, UnitEntity } from '#libs/persistence';
import { administration } from '../support/administration.js';
import { appForSuite } from '../support/test-app.js';
import { authed, NOISE_COMPLAINT, register, routed, unitIdOf } from '../support/tickets.js';

interface Unit {
  id: number;
  code: string;
  path: string;
  parentId: number | null;
  active: boolean;
}

describe('administration of units, regions and categories', () => {
  const t = appForSuite();
  const { asAdmin, rows, refusedUnwritten } = administration(t);
  const createUnit = async (code: string, more: Record<string, unknown> = {}): Promise<Unit> =>
    (await asAdmin((http) => http.post('/api/units').send({ code, name: `单位${code}`, tier: 'street', kind: 'street_office', ...more })).expect(201)).body;
  const storedUnit = (id: number) => rows(UnitEntity).findOneByOrFail({ id });

  describe('units', () => {
    // A district of its own, down to a community: the demo city's regions each have their unit already.
    beforeAll(async () => {
      for (const [code, name] of [['379908', '北区'], ['379908001', '北区街道'], ['379908001001', '北区社区']]) {
        await asAdmin((http) => http.post('/api/regions').send({ code, name })).expect(201);
      }
    });

    it('creates a top unit and one below it, each with its path, and lists them', async () => {
      const top = await createUnit('T-TOP', { tier: 'district', kind: 'district_government', regionCode: '379908' });
      expect(top).toEqual({ id: expect.any(Number), code: 'T-TOP', name: '单位T-TOP', tier: 'district', kind: 'district_government', regionCode: '379908', parentId: null, path: `/${top.id}/`, active: true });
      const below = await createUnit('T-BELOW', { parentId: top.id });
      expect(below).toMatchObject({ parentId: top.id, path: `/${top.id}/${below.id}/`, regionCode: null });
      expect(await storedUnit(below.id)).toMatchObject({ path: below.path });
      const listed = (await authed(t, 'dispatcher1', (http) => http.get(`/api/units?parentId=${top.id}`)).expect(200)).body;
      expect(listed.map((unit: Unit) => unit.code)).toEqual(['T-BELOW']);
    });

    it.each([
      ['a lower-case code', { code: 't-lower' }, 'code'],
      ['a one-letter code', { code: 'T' }, 'code'],
      ['a blank name', { name: '   ' }, 'name'],
      ['an unknown tier', { tier: 'galaxy' }, 'tier'],
      ['no kind', { kind: undefined }, 'kind'],
      ['a malformed region', { regionCode: '37' }, 'regionCode'],
      ['an unknown region', { regionCode: '379999' }, 'regionCode'],
      ['an unknown parent', { parentId: 4_000_000 }, 'parentId'],
      ['a parent given as text', { parentId: 'CENTRE' }, 'parentId'],
      ['an unknown field', { id: 5 }, 'id'],
    ])('refuses %s: 400 naming the field, nothing written', async (_case, change, field) => {
      const body = { code: 'T-BAD', name: '坏单位', tier: 'street', kind: 'street_office', ...change };
      await refusedUnwritten(UnitEntity, asAdmin((http) => http.post('/api/units').send(body)), 400, field);
    });

    it('refuses a second active unit of a region at the same tier (routing by region needs one): 400 naming regionCode', async () => {
      const second = asAdmin((http) => http.post('/api/units').send({ code: 'T-SECOND', name: '第二个海滨街道', tier: 'street', kind: 'street_office', regionCode: '379901001' }));
      const response = await refusedUnwritten(UnitEntity, second, 400, 'regionCode');
      expect(response.body.fields.regionCode).toEqual([expect.stringContaining('S-379901001')]);
      const unit = await createUnit('T-ELSEWHERE');
      const moved = await asAdmin((http) => http.patch(`/api/units/${unit.id}`).send({ regionCode: '379901001' })).expect(400);
      expect(Object.keys(moved.body.fields)).toEqual(['regionCode']);
      expect(await storedUnit(unit.id)).toMatchObject({ regionCode: null });
    });

    it('of two creates for the same free slot at once, one is made and the other refused with a 400 naming regionCode, never a 500', async () => {
      await asAdmin((http) => http.post('/api/regions').send({ code: '379908002', name: '北区二街道' })).expect(201);
      const create = (code: string) =>
        asAdmin((http) => http.post('/api/units').send({ code, name: `单位${code}`, tier: 'street', kind: 'street_office', regionCode: '379908002' }));
      const answers = await Promise.all([create('T-RACE-A'), create('T-RACE-B')]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 400]);
      expect(Object.keys(answers.find((answer) => answer.status === 400)!.body.fields)).toEqual(['regionCode']);
      expect(await rows(UnitEntity).countBy({ regionCode: '379908002', active: true })).toBe(1);
    });

    it('refuses to reactivate a unit into a slot taken meanwhile: 400 naming regionCode, and it stays inactive', async () => {
      await asAdmin((http) => http.post('/api/regions').send({ code: '379908003', name: '北区三街道' })).expect(201);
      const first = await createUnit('T-SLOT-OLD', { regionCode: '379908003' });
      await asAdmin((http) => http.patch(`/api/units/${first.id}`).send({ active: false })).expect(200);
      await createUnit('T-SLOT-NEW', { regionCode: '379908003' });
      const refused = await asAdmin((http) => http.patch(`/api/units/${first.id}`).send({ active: true })).expect(400);
      expect(Object.keys(refused.body.fields)).toEqual(['regionCode']);
      expect(refused.body.fields.regionCode).toEqual([expect.stringContaining('T-SLOT-NEW')]);
      expect(await storedUnit(first.id)).toMatchObject({ active: false });
    });

    it('refuses a taken code: 409 naming code', async () => {
      const taken = asAdmin((http) => http.post('/api/units').send({ code: 'D-HOUSING', name: '重复', tier: 'city', kind: 'department' }));
      const response = await refusedUnwritten(UnitEntity, taken, 409, 'code');
      expect(response.body.fields.code).toEqual([expect.stringContaining('D-HOUSING')]);
    });

    it('changes name, tier, kind and region; the code never changes; null is no name', async () => {
      const unit = await createUnit('T-EDIT');
      const changed = (await asAdmin((http) => http.patch(`/api/units/${unit.id}`).send({ name: '改名', tier: 'community', kind: 'community', regionCode: '379908001001' })).expect(200)).body;
      expect(changed).toMatchObject({ code: 'T-EDIT', name: '改名', tier: 'community', kind: 'community', regionCode: '379908001001', path: unit.path });
      const cleared = (await asAdmin((http) => http.patch(`/api/units/${unit.id}`).send({ regionCode: null })).expect(200)).body;
      expect(cleared.regionCode).toBeNull();
      for (const [body, field] of [
        [{ code: 'T-OTHER' }, 'code'],
        [{ name: null }, 'name'],
        [{ tier: null }, 'tier'],
        [{ regionCode: '379999' }, 'regionCode'],
        [{ active: 'no' }, 'active'],
      ] as const) {
        const response = await asAdmin((http) => http.patch(`/api/units/${unit.id}`).send(body)).expect(400);
        expect(Object.keys(response.body.fields)).toEqual([field]);
      }
      expect(await storedUnit(unit.id)).toMatchObject({ code: 'T-EDIT', name: '改名', tier: 'community', regionCode: null });
      await asAdmin((http) => http.patch('/api/units/4000000').send({ name: 'x' })).expect(404);
    });

    it('a move takes the whole subtree along, in its paths; to the top as well', async () => {
      const a = await createUnit('T-A');
      const b = await createUnit('T-B', { parentId: a.id });
      const c = await createUnit('T-C', { parentId: b.id });
      const d = await createUnit('T-D');
      const moved = (await asAdmin((http) => http.patch(`/api/units/${b.id}`).send({ parentId: d.id })).expect(200)).body;
      expect(moved).toMatchObject({ parentId: d.id, path: `/${d.id}/${b.id}/` });
      expect(await storedUnit(c.id)).toMatchObject({ parentId: b.id, path: `/${d.id}/${b.id}/${c.id}/` });
      expect(await storedUnit(a.id)).toMatchObject({ path: `/${a.id}/` });

      await asAdmin((http) => http.patch(`/api/units/${b.id}`).send({ parentId: null })).expect(200);
      expect(await storedUnit(b.id)).toMatchObject({ parentId: null, path: `/${b.id}/` });
      expect(await storedUnit(c.id)).toMatchObject({ path: `/${b.id}/${c.id}/` });
      expect(await storedUnit(d.id)).toMatchObject({ path: `/${d.id}/` });
    });

    it('a move under the unit itself or below it is refused: 400 naming parentId, nothing moved', async () => {
      const a = await createUnit('T-CYCLE-A');
      const b = await createUnit('T-CYCLE-B', { parentId: a.id });
      const c = await createUnit('T-CYCLE-C', { parentId: b.id });
      for (const parentId of [a.id, b.id, c.id]) {
        const response = await asAdmin((http) => http.patch(`/api/units/${a.id}`).send({ parentId, name: '不该改' })).expect(400);
        expect(Object.keys(response.body.fields)).toEqual(['parentId']);
      }
      expect(await storedUnit(a.id)).toMatchObject({ parentId: null, path: `/${a.id}/`, name: '单位T-CYCLE-A' });
      expect(await storedUnit(c.id)).toMatchObject({ path: `/${a.id}/${b.id}/${c.id}/` });
    });

    it('deactivation is refused while units below it are active, then allowed; inactive units are listed only for administrators', async () => {
      const top = await createUnit('T-RETIRE');
      const below = await createUnit('T-RETIRE-BELOW', { parentId: top.id });
      const refused = await asAdmin((http) => http.patch(`/api/units/${top.id}`).send({ active: false })).expect(409);
      expect(refused.body.message).toContain('1 active units below it');
      expect(await storedUnit(top.id)).toMatchObject({ active: true });

      await asAdmin((http) => http.patch(`/api/units/${below.id}`).send({ active: false })).expect(200);
      await asAdmin((http) => http.patch(`/api/units/${top.id}`).send({ active: false })).expect(200);
      const active = (await asAdmin((http) => http.get('/api/units')).expect(200)).body.map((unit: Unit) => unit.code);
      expect(active).not.toContain('T-RETIRE');
      const all = (await asAdmin((http) => http.get('/api/units?includeInactive=true')).expect(200)).body;
      expect(all.find((unit: Unit) => unit.code === 'T-RETIRE')).toMatchObject({ active: false });
      await authed(t, 'dispatcher1', (http) => http.get('/api/units?includeInactive=true')).expect(403);

      // Nothing new goes below an inactive unit, and it comes back only under an active parent.
      const under = await asAdmin((http) => http.post('/api/units').send({ code: 'T-UNDER-RETIRED', name: 'x', tier: 'street', kind: 'street_office', parentId: top.id })).expect(400);
      expect(Object.keys(under.body.fields)).toEqual(['parentId']);
      await asAdmin((http) => http.patch(`/api/units/${below.id}`).send({ active: true })).expect(409);
      await asAdmin((http) => http.patch(`/api/units/${top.id}`).send({ active: true })).expect(200);
      await asAdmin((http) => http.patch(`/api/units/${below.id}`).send({ active: true })).expect(200);
    });

    it('deactivation is refused while the unit has open assignments, or enabled rules name it', async () => {
      const { id } = await register(t);
      const street = (await routed(t, id)).assignments[0].unitId;
      expect(street).toBe(await unitIdOf(t, 'S-379901001'));
      const busy = await asAdmin((http) => http.patch(`/api/units/${street}`).send({ active: false })).expect(409);
      expect(busy.body.message).toMatch(/\d+ open assignments/);

      const water = await unitIdOf(t, 'U-WATER');
      const named = await asAdmin((http) => http.patch(`/api/units/${water}`).send({ active: false })).expect(409);
      expect(named.body.message).toMatch(/enabled dispatch rules naming it \(#\d+/);
      expect(await storedUnit(water)).toMatchObject({ active: true });
    });

    it('deactivation is refused while the unit has active users or owns active categories', async () => {
      const housing = await unitIdOf(t, 'D-HOUSING');
      const owned = await rows(CategoryEntity).countBy({ ownerUnitId: housing, active: true });
      expect(owned).toBeGreaterThan(0);
      const refused = await asAdmin((http) => http.patch(`/api/units/${housing}`).send({ active: false })).expect(409);
      expect(refused.body.message).toMatch(/\d+ active users/);
      expect(refused.body.message).toContain(`${owned} active categories it owns`);
      expect(await storedUnit(housing)).toMatchObject({ active: true });
    });

    it('only administrators write units', async () => {
      const before = await rows(UnitEntity).count();
      const housing = await unitIdOf(t, 'D-HOUSING');
      for (const username of ['dispatcher1', 'operator1', 'housing.admin']) {
        await authed(t, username, (http) => http.post('/api/units').send({ code: 'T-NOT-ADMIN', name: 'x', tier: 'city', kind: 'department' })).expect(403);
        await authed(t, username, (http) => http.patch(`/api/units/${housing}`).send({ name: 'x' })).expect(403);
      }
      expect(await rows(UnitEntity).count()).toBe(before);
      expect(await storedUnit(housing)).toMatchObject({ name: '市住房和城乡建设局' });
    });
  });

  describe('regions', () => {
    it('adds a street below a district, at once usable for a ticket, and renames it', async () => {
      const created = (await asAdmin((http) => http.post('/api/regions').send({ code: '379901099', name: '新街道' })).expect(201)).body;
      expect(created).toEqual({ code: '379901099', name: '新街道', parentCode: '379901', level: 'street' });
      const community = (await asAdmin((http) => http.post('/api/regions').send({ code: '379901099001', name: '新社区' })).expect(201)).body;
      expect(community).toMatchObject({ parentCode: '379901099', level: 'community' });
      const district = (await asAdmin((http) => http.post('/api/regions').send({ code: '379909', name: '新区' })).expect(201)).body;
      expect(district).toMatchObject({ parentCode: null, level: 'district' });
      await register(t, { regionCode: '379901099001' });

      const renamed = (await asAdmin((http) => http.patch('/api/regions/379901099').send({ name: '更名街道' })).expect(200)).body;
      expect(renamed).toEqual({ ...created, name: '更名街道' });
      const listed = (await t.http().get('/api/regions').expect(200)).body;
      expect(listed).toContainEqual(renamed);
    });

    it.each([
      ['7 digits', { code: '3799010' }, 'code'],
      ['letters', { code: '37990A' }, 'code'],
      ['a number', { code: 379901 }, 'code'],
      ['a street of a district that does not exist', { code: '379999001' }, 'code'],
      ['a community of a street that does not exist', { code: '379901999001' }, 'code'],
      ['no name', { name: '' }, 'name'],
    ])('refuses %s: 400 naming the field, nothing written', async (_case, change, field) => {
      await refusedUnwritten(RegionEntity, asAdmin((http) => http.post('/api/regions').send({ code: '379901098', name: '坏街道', ...change })), 400, field);
    });

    it('refuses a taken code (409 naming code), a blank new name, and a region that does not exist', async () => {
      await refusedUnwritten(RegionEntity, asAdmin((http) => http.post('/api/regions').send({ code: '379901', name: '重复' })), 409, 'code');
      expect(await rows(RegionEntity).findOneByOrFail({ code: '379901' })).toMatchObject({ name: expect.not.stringMatching('重复') });
      const blank = await asAdmin((http) => http.patch('/api/regions/379901').send({ name: ' ' })).expect(400);
      expect(Object.keys(blank.body.fields)).toEqual(['name']);
      await asAdmin((http) => http.patch('/api/regions/379901').send({ name: 'x', parentCode: null })).expect(400);
      await asAdmin((http) => http.patch('/api/regions/379999').send({ name: 'x' })).expect(404);
    });

    it('only administrators write regions', async () => {
      await authed(t, 'operator1', (http) => http.post('/api/regions').send({ code: '379901097', name: 'x' })).expect(403);
      await authed(t, 'haichuan.admin', (http) => http.patch('/api/regions/379901').send({ name: 'x' })).expect(403);
      await t.http().post('/api/regions').send({ code: '379901097', name: 'x' }).expect(401);
      expect(await rows(RegionEntity).existsBy({ code: '379901097' })).toBe(false);
    });
  });

  describe('categories', () => {
    it('adds an item below a class, with its owner and duty, and changes them', async () => {
      const housing = await unitIdOf(t, 'D-HOUSING');
      const created = (await asAdmin((http) => http.post('/api/categories').send({ code: '010199', name: '新事项', departmentDuty: true, ownerUnitId: housing })).expect(201)).body;
      expect(created).toEqual({ code: '010199', name: '新事项', parentCode: '0101', level: 3, departmentDuty: true, ownerUnitId: housing, active: true });
      const group = (await asAdmin((http) => http.post('/api/categories').send({ code: '97', name: '新大类' })).expect(201)).body;
      expect(group).toMatchObject({ parentCode: null, level: 1, departmentDuty: false, ownerUnitId: null });

      const changed = (await asAdmin((http) => http.patch('/api/categories/010199').send({ name: '改名事项', departmentDuty: false, ownerUnitId: null })).expect(200)).body;
      expect(changed).toMatchObject({ name: '改名事项', departmentDuty: false, ownerUnitId: null });
      const listed = (await t.http().get('/api/categories').expect(200)).body;
      expect(listed).toContainEqual(changed);
    });

    it.each([
      ['7 digits', { code: '0101991' }, 'code'],
      ['an odd length', { code: '01019' }, 'code'],
      ['a class of a group that does not exist', { code: '9901' }, 'code'],
      ['an unknown owner', { ownerUnitId: 4_000_000 }, 'ownerUnitId'],
      ['a duty that is not a boolean', { departmentDuty: 'yes' }, 'departmentDuty'],
      ['no name', { name: undefined }, 'name'],
    ])('refuses %s: 400 naming the field, nothing written', async (_case, change, field) => {
      await refusedUnwritten(CategoryEntity, asAdmin((http) => http.post('/api/categories').send({ code: '010198', name: '坏事项', ...change })), 400, field);
    });

    it.each([
      ['an unknown owner', { ownerUnitId: 4_000_000 }, 'ownerUnitId'],
      ['a name of null', { name: null }, 'name'],
      ['a duty that is not a boolean', { departmentDuty: 'yes' }, 'departmentDuty'],
      ['a new code', { code: '010102' }, 'code'],
    ])('a change refuses %s: 400 naming the field, the row unchanged', async (_case, change, field) => {
      const before = await rows(CategoryEntity).findOneByOrFail({ code: '010101' });
      const response = await asAdmin((http) => http.patch('/api/categories/010101').send(change)).expect(400);
      expect(Object.keys(response.body.fields)).toEqual([field]);
      expect(await rows(CategoryEntity).findOneByOrFail({ code: '010101' })).toEqual(before);
      await asAdmin((http) => http.patch('/api/categories/999999').send({ name: 'x' })).expect(404);
    });

    it('an owner must be active, and a category comes back only with an active owner', async () => {
      const owner = (await asAdmin((http) => http.post('/api/units').send({ code: 'T-OWNER', name: '将撤销的主管单位', tier: 'city', kind: 'department' })).expect(201)).body;
      await asAdmin((http) => http.post('/api/categories').send({ code: '010195', name: '待撤事项', ownerUnitId: owner.id })).expect(201);
      await asAdmin((http) => http.patch('/api/categories/010195').send({ active: false })).expect(200);
      await asAdmin((http) => http.patch(`/api/units/${owner.id}`).send({ active: false })).expect(200);
      const inactiveOwner = asAdmin((http) => http.post('/api/categories').send({ code: '010196', name: '坏事项', ownerUnitId: owner.id }));
      await refusedUnwritten(CategoryEntity, inactiveOwner, 400, 'ownerUnitId');
      const back = await asAdmin((http) => http.patch('/api/categories/010195').send({ active: true })).expect(400);
      expect(Object.keys(back.body.fields)).toEqual(['ownerUnitId']);
      expect(await rows(CategoryEntity).findOneByOrFail({ code: '010195' })).toMatchObject({ active: false });
    });

    it('refuses a taken code: 409 naming code', async () => {
      await refusedUnwritten(CategoryEntity, asAdmin((http) => http.post('/api/categories').send({ code: '010101', name: '重复' })), 409, 'code');
      expect(await rows(CategoryEntity).findOneByOrFail({ code: '010101' })).toMatchObject({ name: expect.not.stringMatching('重复') });
    });

    it('deactivation is refused while active categories sit below; inactive ones are listed only for administrators', async () => {
      await asAdmin((http) => http.post('/api/categories').send({ code: '96', name: '待停用' })).expect(201);
      await asAdmin((http) => http.post('/api/categories').send({ code: '9601', name: '待停用小类' })).expect(201);
      const refused = await asAdmin((http) => http.patch('/api/categories/96').send({ active: false })).expect(409);
      expect(refused.body.message).toContain('1 active categories');
      await asAdmin((http) => http.patch('/api/categories/9601').send({ active: false })).expect(200);
      await asAdmin((http) => http.patch('/api/categories/96').send({ active: false })).expect(200);

      const codes = (list: { code: string }[]) => list.map((category) => category.code);
      expect(codes((await t.http().get('/api/categories').expect(200)).body)).not.toContain('96');
      expect(codes((await asAdmin((http) => http.get('/api/categories?includeInactive=true')).expect(200)).body)).toEqual(expect.arrayContaining(['96', '9601']));
      // Not signed in, or with a token that no longer holds: asked to sign in.
      await t.http().get('/api/categories?includeInactive=true').expect(401);
      await t.http().get('/api/categories?includeInactive=true').set('Authorization', 'Bearer not.a.token').expect(401);
      // On the public list a stale token is no reason to refuse the active rows.
      expect(codes((await t.http().get('/api/categories').set('Authorization', 'Bearer not.a.token').expect(200)).body)).toContain('010101');
      await authed(t, 'operator1', (http) => http.get('/api/categories?includeInactive=true')).expect(403);

      // Nothing is added or reactivated below an inactive category.
      const below = await asAdmin((http) => http.post('/api/categories').send({ code: '9602', name: 'x' })).expect(400);
      expect(Object.keys(below.body.fields)).toEqual(['code']);
      await asAdmin((http) => http.patch('/api/categories/9601').send({ active: true })).expect(409);
      expect(await rows(CategoryEntity).findOneByOrFail({ code: '9601' })).toMatchObject({ active: false });
    });

    it('a ticket cannot be registered in a deactivated category', async () => {
      await asAdmin((http) => http.post('/api/categories').send({ code: '010197', name: '即将停用' })).expect(201);
      await register(t, { categoryCode: '010197' });
      await asAdmin((http) => http.patch('/api/categories/010197').send({ active: false })).expect(200);
      const refused = await authed(t, 'operator1', (http) => http.post('/api/tickets').send({ ...NOISE_COMPLAINT, categoryCode: '010197' })).expect(400);
      expect(Object.keys(refused.body.fields)).toEqual(['categoryCode']);
    });

    it('only administrators write categories', async () => {
      await authed(t, 'dispatcher1', (http) => http.post('/api/categories').send({ code: '95', name: 'x' })).expect(403);
      await authed(t, 'leader1', (http) => http.patch('/api/categories/01').send({ name: 'x' })).expect(403);
      expect(await rows(CategoryEntity).existsBy({ code: '95' })).toBe(false);
    });
  });
});
