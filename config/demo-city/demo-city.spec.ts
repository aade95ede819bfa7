import { describe, expect, it } from '@jest/globals';
import { CENTRE_ROLES, REGION_LEVELS, ROLES, UNIT_ROLES, regionLevelOf, type RegionLevel, type Tier, type UnitKind } from '#libs/domain';
import { DEMO_PASSWORD, demoCity } from './index.js';
import type { UnitSeed } from './types.js';

const { regions, units, categories, users } = demoCity;

const byCode = <T extends { code: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((item) => [item.code, item]));
const regionByCode = byCode(regions);
const unitByCode = byCode(units);
const categoryByCode = byCode(categories);

const regionsAt = (level: RegionLevel) => regions.filter((region) => regionLevelOf(region.code) === level);
const childrenOf = <T extends { parentCode: string | null }>(items: readonly T[], code: string): T[] =>
  items.filter((item) => item.parentCode === code);
const unitsOfRegion = (regionCode: string): UnitSeed[] => units.filter((unit) => unit.regionCode === regionCode);

const duplicates = (values: readonly string[]): string[] => values.filter((value, index) => values.indexOf(value) !== index);

const LOCAL_BODY: Record<RegionLevel, { tier: Tier; kind: UnitKind }> = {
  district: { tier: 'district', kind: 'district_government' },
  street: { tier: 'street', kind: 'street_office' },
  community: { tier: 'community', kind: 'community' },
};

describe('demo city: sizes', () => {
  it('has one centre and at least 25 city departments and utilities', () => {
    expect(units.filter((unit) => unit.kind === 'centre')).toHaveLength(1);
    const cityHandlers = units.filter((unit) => unit.tier === 'city' && unit.kind !== 'centre');
    expect(cityHandlers.length).toBeGreaterThanOrEqual(25);
    expect(cityHandlers.some((unit) => unit.kind === 'utility')).toBe(true);
  });

  it('has 4 districts, each with at least 3 streets, each with at least 2 communities', () => {
    expect(regionsAt('district')).toHaveLength(4);
    for (const district of regionsAt('district')) {
      const streets = childrenOf(regions, district.code);
      expect(streets.length).toBeGreaterThanOrEqual(3);
      for (const street of streets) expect(childrenOf(regions, street.code).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives every region exactly one local body of its level', () => {
    for (const region of regions) {
      const body = LOCAL_BODY[regionLevelOf(region.code)!];
      expect({ region: region.code, bodies: unitsOfRegion(region.code).map((unit) => [unit.tier, unit.kind]) }).toEqual({
        region: region.code,
        bodies: [[body.tier, body.kind]],
      });
    }
  });

  it('has at least 10 top-level categories and 60 leaves', () => {
    expect(categories.filter((category) => category.parentCode === null).length).toBeGreaterThanOrEqual(10);
    expect(categories.filter((category) => category.code.length === 6).length).toBeGreaterThanOrEqual(60);
  });

  it('has users for every role, with enough centre staff to run shifts', () => {
    const count = (role: string) => users.filter((user) => user.role === role).length;
    for (const role of ROLES) expect({ role, present: count(role) > 0 }).toEqual({ role, present: true });
    expect(count('operator')).toBeGreaterThanOrEqual(3);
    expect(count('dispatcher')).toBeGreaterThanOrEqual(2);
    expect(count('callback_agent')).toBeGreaterThanOrEqual(2);
  });
});

describe('demo city: identity and references', () => {
  it('has unique codes, unit names and usernames', () => {
    expect(duplicates(regions.map((region) => region.code))).toEqual([]);
    expect(duplicates(units.map((unit) => unit.code))).toEqual([]);
    expect(duplicates(units.map((unit) => unit.name))).toEqual([]);
    expect(duplicates(categories.map((category) => category.code))).toEqual([]);
    expect(duplicates(users.map((user) => user.username))).toEqual([]);
  });

  it('resolves every parent, region, unit and owner code', () => {
    const missing = [
      ...regions.filter((r) => r.parentCode !== null && !regionByCode.has(r.parentCode)).map((r) => `region ${r.code}`),
      ...units.filter((u) => u.parentCode !== null && !unitByCode.has(u.parentCode)).map((u) => `unit parent ${u.code}`),
      ...units.filter((u) => u.regionCode !== null && !regionByCode.has(u.regionCode)).map((u) => `unit region ${u.code}`),
      ...categories.filter((c) => c.parentCode !== null && !categoryByCode.has(c.parentCode)).map((c) => `category ${c.code}`),
      ...categories.filter((c) => c.ownerUnitCode !== null && !unitByCode.has(c.ownerUnitCode)).map((c) => `owner ${c.code}`),
      ...users.filter((u) => u.unitCode !== null && !unitByCode.has(u.unitCode)).map((u) => `user ${u.username}`),
    ];
    expect(missing).toEqual([]);
  });

  // The widths of the MySQL columns the seeder writes to.
  it('fits codes and names into their columns', () => {
    expect(regions.filter((region) => region.name.length > 50)).toEqual([]);
    expect(units.filter((unit) => unit.code.length > 40 || unit.name.length > 100)).toEqual([]);
    expect(categories.filter((category) => category.name.length > 50)).toEqual([]);
    expect(users.filter((user) => user.username.length > 50 || user.displayName.length > 50)).toEqual([]);
  });
});

describe('demo city: regions', () => {
  it('nests codes by level: a district has no parent, a street extends its district, a community its street', () => {
    for (const region of regions) {
      const level = regionLevelOf(region.code);
      expect({ code: region.code, level }).toEqual({ code: region.code, level: expect.any(String) });
      if (level === 'district') expect(region.parentCode).toBeNull();
      else {
        const parentLevel = level === 'street' ? 'district' : 'street';
        expect(region.parentCode).toHaveLength(REGION_LEVELS[parentLevel]);
        expect(region.code.startsWith(region.parentCode!)).toBe(true);
      }
    }
  });
});

describe('demo city: units', () => {
  it('keeps city units out of the local tree', () => {
    for (const unit of units.filter((u) => u.tier === 'city')) {
      expect(unit).toMatchObject({ regionCode: null, parentCode: null });
      expect(['centre', 'department', 'utility']).toContain(unit.kind);
    }
  });

  it('matches each local body to the level of its region and nests it under the body of the parent region', () => {
    for (const unit of units.filter((u) => u.tier !== 'city')) {
      const region = regionByCode.get(unit.regionCode!)!;
      expect({ unit: unit.code, ...LOCAL_BODY[regionLevelOf(region.code)!] }).toEqual({ unit: unit.code, tier: unit.tier, kind: unit.kind });
      if (region.parentCode === null) {
        expect(unit.parentCode).toBeNull();
        continue;
      }
      const parent = unitByCode.get(unit.parentCode!)!;
      expect({ unit: unit.code, parentRegion: parent.regionCode }).toEqual({ unit: unit.code, parentRegion: region.parentCode });
    }
  });
});

describe('demo city: categories', () => {
  it('nests codes two digits per level, with leaves only at level 3', () => {
    for (const category of categories) {
      expect(category.code).toMatch(/^(\d{2}){1,3}$/);
      if (category.parentCode === null) expect(category.code).toHaveLength(2);
      else {
        expect(category.code).toHaveLength(category.parentCode.length + 2);
        expect(category.code.startsWith(category.parentCode)).toBe(true);
      }
      const isLeaf = childrenOf(categories, category.code).length === 0;
      expect({ code: category.code, isLeaf }).toEqual({ code: category.code, isLeaf: category.code.length === 6 });
    }
  });

  it('has unique names among siblings', () => {
    const siblingKeys = categories.map((category) => `${category.parentCode ?? ''}/${category.name}`);
    expect(duplicates(siblingKeys)).toEqual([]);
  });

  it('gives department duties, and only leaf department duties, an owner among city departments and utilities', () => {
    for (const category of categories) {
      const owner = category.ownerUnitCode === null ? undefined : unitByCode.get(category.ownerUnitCode);
      if (!category.departmentDuty) {
        expect({ code: category.code, owner: category.ownerUnitCode }).toEqual({ code: category.code, owner: null });
        continue;
      }
      expect(category.code).toHaveLength(6);
      expect({ code: category.code, tier: owner?.tier, kind: owner?.kind }).toEqual({
        code: category.code,
        tier: 'city',
        kind: expect.stringMatching(/^(department|utility)$/),
      });
    }
  });

  it('leaves some leaves to 属地 so that dispatch by region has work', () => {
    expect(categories.some((category) => category.code.length === 6 && !category.departmentDuty)).toBe(true);
  });
});

describe('demo city: users', () => {
  it('uses lowercase ascii usernames', () => {
    expect(users.filter((user) => !/^[a-z][a-z0-9.]*$/.test(user.username))).toEqual([]);
  });

  it('puts centre roles in the centre and unit roles in units outside it', () => {
    for (const user of users) {
      const unit = unitByCode.get(user.unitCode!)!;
      if (CENTRE_ROLES.includes(user.role)) expect({ user: user.username, unit: unit.kind }).toEqual({ user: user.username, unit: 'centre' });
      else expect({ user: user.username, unit: unit.kind }).toEqual({ user: user.username, unit: expect.not.stringMatching(/^centre$/) });
    }
  });

  it('has unit handlers and unit admins across the kinds of unit', () => {
    for (const role of UNIT_ROLES) {
      const kinds = new Set(users.filter((user) => user.role === role).map((user) => unitByCode.get(user.unitCode!)!.kind));
      expect([...kinds].sort()).toEqual(['community', 'department', 'district_government', 'street_office', 'utility']);
    }
  });

  it('documents one shared demo password', () => {
    expect(DEMO_PASSWORD).toBe('Hotline@12345');
  });
});
