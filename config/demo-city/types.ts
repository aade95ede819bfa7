import type { DispatchRule } from '#libs/dispatch-rules';
import type { Role, Tier, UnitKind } from '#libs/domain';

/** 属地: a district (6-digit code), street or town (9) or community or village (12) under its parent. */
export interface RegionSeed {
  code: string;
  name: string;
  parentCode: string | null;
}

/**
 * 承办单位. City departments, utilities and the centre stand alone (regionCode and parentCode null); local
 * bodies form the tree district government > street office > community, each tied to its own region.
 */
export interface UnitSeed {
  code: string;
  name: string;
  tier: Tier;
  kind: UnitKind;
  regionCode: string | null;
  parentCode: string | null;
}

/**
 * 事项分类, codes nesting 01 > 0101 > 010101 so that a dispatch rule matches by prefix. A leaf with
 * departmentDuty names the city department or utility that owns it and is never sent below the city tier.
 */
export interface CategorySeed {
  code: string;
  name: string;
  parentCode: string | null;
  departmentDuty: boolean;
  ownerUnitCode: string | null;
}

export interface UserSeed {
  username: string;
  displayName: string;
  role: Role;
  unitCode: string | null;
}

/** 分级分类派单 rule as seeded: the database gives it its id. */
export type RuleSeed = Omit<DispatchRule, 'id'>;

/** 知识库 article as seeded: category and owning unit by code, validity as local dates (null: open-ended). */
export interface ArticleSeed {
  title: string;
  categoryCode: string | null;
  keywords: string;
  content: string;
  validFrom: string | null;
  validTo: string | null;
  ownerUnitCode: string;
  isPublic: boolean;
}

export interface DemoCity {
  regions: readonly RegionSeed[];
  units: readonly UnitSeed[];
  categories: readonly CategorySeed[];
  users: readonly UserSeed[];
  rules: readonly RuleSeed[];
  articles: readonly ArticleSeed[];
}
