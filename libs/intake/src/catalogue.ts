import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CategoryEntity, RegionEntity } from '#libs/persistence';
import { Refreshing } from './refreshing.js';

export interface CategoryFacts {
  readonly active: boolean;
  readonly leaf: boolean;
  readonly departmentDuty: boolean;
}

interface Loaded {
  readonly categories: ReadonlyMap<string, CategoryFacts>;
  readonly regions: ReadonlySet<string>;
}

/** The categories and regions in memory: intake checks every ticket's codes, routing reads a category's duty. */
@Injectable()
export class Catalogue {
  private readonly loaded: Refreshing<Loaded>;

  constructor(@InjectDataSource() db: DataSource) {
    this.loaded = new Refreshing(async () => {
      const [categories, regions] = await Promise.all([
        db.getRepository(CategoryEntity).find({ select: { code: true, parentCode: true, departmentDuty: true, active: true } }),
        db.getRepository(RegionEntity).find({ select: { code: true } }),
      ]);
      const parents = new Set(categories.filter((category) => category.active).map((category) => category.parentCode));
      return {
        categories: new Map(categories.map((c) => [c.code, { active: c.active, leaf: !parents.has(c.code), departmentDuty: c.departmentDuty }])),
        regions: new Set(regions.map((region) => region.code)),
      };
    }, 60_000);
  }

  async category(code: string): Promise<CategoryFacts | undefined> {
    return (await this.loaded.get()).categories.get(code);
  }

  async hasRegion(code: string): Promise<boolean> {
    return (await this.loaded.get()).regions.has(code);
  }

  /** After an administrator's change on this instance; other instances see it within their minute. */
  invalidate(): void {
    this.loaded.invalidate();
  }
}
