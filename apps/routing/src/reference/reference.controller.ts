import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { CurrentUser, Public, type AuthUser } from '#libs/auth';
import { CategoryEntity, RegionEntity, UnitEntity } from '#libs/persistence';
import { includingInactive } from './include-inactive.js';
import { CategoryQueryDto } from './category.dto.js';
import { UnitQueryDto } from './unit-query.dto.js';

/**
 * The lists every console form is built from: the region cascader, the category tree and the unit
 * picker. Names and codes of public bodies are not personal data, so every signed-in role may read
 * them; regions and categories also citizens, who pick them on the public mailbox's letter form.
 */
@ApiTags('reference')
@ApiBearerAuth()
@Controller()
export class ReferenceController {
  constructor(
    @InjectRepository(RegionEntity) private readonly regions: Repository<RegionEntity>,
    @InjectRepository(CategoryEntity) private readonly categories: Repository<CategoryEntity>,
    @InjectRepository(UnitEntity) private readonly units: Repository<UnitEntity>,
  ) {}

  @Get('regions')
  @Public()
  listRegions(): Promise<RegionEntity[]> {
    return this.regions.find({ order: { code: 'ASC' } });
  }

  @Get('categories')
  @Public()
  listCategories(@Query() query: CategoryQueryDto, @CurrentUser() user: AuthUser | undefined): Promise<CategoryEntity[]> {
    const active = includingInactive(query.includeInactive, user) ? {} : { active: true };
    return this.categories.find({ where: active, order: { code: 'ASC' } });
  }

  @Get('units')
  listUnits(@Query() query: UnitQueryDto, @CurrentUser() user: AuthUser): Promise<UnitEntity[]> {
    const active = includingInactive(query.includeInactive, user) ? {} : { active: true };
    return this.units.find({
      where: { ...active, ...(query.tier && { tier: query.tier }), ...(query.parentId && { parentId: query.parentId }) },
      order: { path: 'ASC' },
    });
  }
}
