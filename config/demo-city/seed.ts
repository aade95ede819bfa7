import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '#libs/auth';
import { regionLevelOf, TIERS } from '#libs/domain';
import { CategoryEntity, DispatchRuleEntity, KnowledgeArticleEntity, RegionEntity, UnitEntity, UserEntity, writeKnowledgeTerms } from '#libs/persistence';
import type { DemoCity } from './types.js';

export interface SeedReport {
  seeded: boolean;
  regions: number;
  units: number;
  categories: number;
  users: number;
  rules: number;
  articles: number;
}

/**
 * Loads a city into an empty database, in one transaction; a database that already has units is
 * left alone, so `npm start` may call this on every boot.
 */
export async function seedCity(dataSource: DataSource, city: DemoCity, password: string): Promise<SeedReport> {
  return dataSource.transaction(async (manager) => {
    if ((await manager.count(UnitEntity)) > 0) return { seeded: false, regions: 0, units: 0, categories: 0, users: 0, rules: 0, articles: 0 };
    await insertRegions(manager, city);
    const unitIds = await insertUnits(manager, city);
    await insertCategories(manager, city, unitIds);
    await insertUsers(manager, city, unitIds, password);
    await insertRules(manager, city);
    await insertArticles(manager, city, unitIds);
    return {
      seeded: true,
      regions: city.regions.length,
      units: city.units.length,
      categories: city.categories.length,
      users: city.users.length,
      rules: city.rules.length,
      articles: city.articles.length,
    };
  });
}

async function insertRegions(manager: EntityManager, city: DemoCity): Promise<void> {
  const rows = city.regions.map((region) => {
    const level = regionLevelOf(region.code);
    if (!level) throw new Error(`Region ${region.code} has no valid administrative code`);
    return { ...region, level };
  });
  await manager.insert(RegionEntity, rows);
}

/** Parents before children (by tier), so each unit's materialised path can extend its parent's. */
async function insertUnits(manager: EntityManager, city: DemoCity): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const paths = new Map<number, string>();
  const byTier = [...city.units].sort((a, b) => TIERS.indexOf(a.tier) - TIERS.indexOf(b.tier));
  for (const unit of byTier) {
    const parentId = unit.parentCode === null ? null : ids.get(unit.parentCode);
    if (parentId === undefined) throw new Error(`Unit ${unit.code} names an unknown parent ${unit.parentCode}`);
    const { identifiers } = await manager.insert(UnitEntity, {
      code: unit.code,
      name: unit.name,
      tier: unit.tier,
      kind: unit.kind,
      regionCode: unit.regionCode,
      parentId,
      path: '/',
    });
    const id = Number(identifiers[0]!.id);
    const path = `${parentId === null ? '/' : paths.get(parentId)}${id}/`;
    await manager.update(UnitEntity, { id }, { path });
    ids.set(unit.code, id);
    paths.set(id, path);
  }
  return ids;
}

async function insertCategories(manager: EntityManager, city: DemoCity, unitIds: Map<string, number>): Promise<void> {
  await manager.insert(
    CategoryEntity,
    city.categories.map((category) => ({
      code: category.code,
      name: category.name,
      parentCode: category.parentCode,
      level: category.code.length / 2,
      departmentDuty: category.departmentDuty,
      ownerUnitId: category.ownerUnitCode === null ? null : unitIdOf(unitIds, category.ownerUnitCode),
    })),
  );
}

async function insertUsers(
  manager: EntityManager,
  city: DemoCity,
  unitIds: Map<string, number>,
  password: string,
): Promise<void> {
  // Demo users share one documented password, so one hash (salted once) serves them all and a
  // fresh test database seeds in milliseconds instead of a second of scrypt.
  const passwordHash = await hashPassword(password);
  await manager.insert(
    UserEntity,
    city.users.map((user) => ({
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      unitId: user.unitCode === null ? null : unitIdOf(unitIds, user.unitCode),
      passwordHash,
    })),
  );
}

/** Rules name units and regions by code, not id, so they load as they are. */
async function insertRules(manager: EntityManager, city: DemoCity): Promise<void> {
  await manager.insert(
    DispatchRuleEntity,
    city.rules.map((rule) => ({
      name: rule.name,
      priority: rule.priority,
      enabled: rule.enabled,
      // Copies, because the entity's JSON columns take plain records rather than the rules' interfaces.
      conditions: { ...rule.conditions },
      action: { ...rule.action },
    })),
  );
}

/** 知识库 articles, each with its search terms, as the knowledge service writes them. */
async function insertArticles(manager: EntityManager, city: DemoCity, unitIds: Map<string, number>): Promise<void> {
  for (const seed of city.articles) {
    const article = {
      title: seed.title,
      content: seed.content,
      categoryCode: seed.categoryCode,
      keywords: seed.keywords,
      validFrom: seed.validFrom,
      validTo: seed.validTo,
      ownerUnitId: unitIdOf(unitIds, seed.ownerUnitCode),
      isPublic: seed.isPublic,
    };
    const { identifiers } = await manager.insert(KnowledgeArticleEntity, article);
    await writeKnowledgeTerms(manager, { ...article, id: Number(identifiers[0]!.id) });
  }
}

function unitIdOf(unitIds: Map<string, number>, code: string): number {
  const id = unitIds.get(code);
  if (id === undefined) throw new Error(`Unknown unit code ${code}`);
  return id;
}
