import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { regionPlaceOf } from '#libs/domain';
import { Catalogue } from '#libs/intake';
import { conflictingField, invalidField } from '#libs/platform';
import { duplicateKeyAs, RegionEntity } from '#libs/persistence';
import type { CreateRegionDto, RenameRegionDto } from './region.dto.js';

/** 属地 administration: regions are added and renamed, never removed (tickets and rules name them). */
@Injectable()
export class RegionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalogue: Catalogue,
  ) {}

  async create({ code, name }: CreateRegionDto): Promise<RegionEntity> {
    const { level, parentCode } = regionPlaceOf(code)!;
    await this.db.transaction(async (manager) => {
      if (parentCode !== null && !(await manager.existsBy(RegionEntity, { code: parentCode }))) {
        throw invalidField('code', `code ${code} belongs under the region ${parentCode}, which does not exist`);
      }
      await manager.insert(RegionEntity, { code, name, level, parentCode }).catch(duplicateKeyAs(conflictingField('code', `code ${code} is taken by another region`)));
    });
    // Tickets in the new region pass intake's check on this instance at once.
    this.catalogue.invalidate();
    return this.get(code);
  }

  async rename(code: string, { name }: RenameRegionDto): Promise<RegionEntity> {
    const { affected } = await this.db.getRepository(RegionEntity).update({ code }, { name });
    if (affected !== 1) throw notFound(code);
    return this.get(code);
  }

  private async get(code: string): Promise<RegionEntity> {
    const region = await this.db.getRepository(RegionEntity).findOneBy({ code });
    if (!region) throw notFound(code);
    return region;
  }
}

const notFound = (code: string) => new NotFoundException(`No region ${code}`);
