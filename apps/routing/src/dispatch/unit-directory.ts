import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Tier } from '#libs/domain';
import { UnitEntity } from '#libs/persistence';
import { Refreshing } from '#libs/intake';
import { isWithin } from '../reference/unit-paths.js';

export interface UnitInfo {
  readonly id: number;
  readonly code: string;
  readonly name: string;
  readonly tier: Tier;
  readonly regionCode: string | null;
  readonly path: string;
}

interface Directory {
  readonly byId: ReadonlyMap<number, UnitInfo>;
  readonly byCode: ReadonlyMap<string, UnitInfo>;
  readonly byRegionAndTier: ReadonlyMap<string, UnitInfo>;
}

/** Units change a few times a year; a minute's delay before a new one can be routed to is fine. */
const TTL_MS = 60_000;

/** The active units in memory: routing looks them up by id, by code and by region and tier. */
@Injectable()
export class UnitDirectory {
  private readonly directory: Refreshing<Directory>;

  constructor(@InjectDataSource() db: DataSource) {
    this.directory = new Refreshing(async () => {
      const units: UnitInfo[] = await db.getRepository(UnitEntity).find({
        select: { id: true, code: true, name: true, tier: true, regionCode: true, path: true },
        where: { active: true },
      });
      return {
        byId: new Map(units.map((unit) => [unit.id, unit])),
        byCode: new Map(units.map((unit) => [unit.code, unit])),
        byRegionAndTier: new Map(units.filter((unit) => unit.regionCode).map((unit) => [`${unit.regionCode}|${unit.tier}`, unit])),
      };
    }, TTL_MS);
  }

  async byId(id: number): Promise<UnitInfo | undefined> {
    return (await this.directory.get()).byId.get(id);
  }

  async byCode(code: string): Promise<UnitInfo | undefined> {
    return (await this.directory.get()).byCode.get(code);
  }

  /** 属地: the unit of a region at a tier (the street office of street 379901001, …). */
  async lookupRegional(): Promise<(regionCode: string, tier: Tier) => UnitInfo | undefined> {
    const { byRegionAndTier } = await this.directory.get();
    return (regionCode, tier) => byRegionAndTier.get(`${regionCode}|${tier}`);
  }

  /** After an administrator's change on this instance; other instances see it within their minute. */
  invalidate(): void {
    this.directory.invalidate();
  }

  /** Whether `unit` sits strictly below `above` in the unit tree. */
  static isBelow(unit: UnitInfo, above: UnitInfo): boolean {
    return unit.id !== above.id && isWithin(unit.path, above.path);
  }
}
