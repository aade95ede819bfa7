import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { categoryPlaceOf } from '#libs/domain';
import { Catalogue } from '#libs/intake';
import { conflictingField, refuseInvalidFields, type FieldMessages } from '#libs/platform';
import { CategoryEntity, duplicateKeyAs, UnitEntity, updateSentFields } from '#libs/persistence';
import type { ChangeCategoryDto, CreateCategoryDto } from './category.dto.js';

/**
 * 事项分类 administration. Categories are deactivated, never removed (tickets and rules name them);
 * an active category always sits under an active parent, which each change keeps true with the
 * parent row locked while it reads it.
 */
@Injectable()
export class CategoriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalogue: Catalogue,
  ) {}

  async create(input: CreateCategoryDto): Promise<CategoryEntity> {
    const { code, name } = input;
    const { level, parentCode } = categoryPlaceOf(code)!;
    await this.db.transaction(async (manager) => {
      const fields: FieldMessages = {};
      if (parentCode !== null && !(await this.lockedParent(manager, parentCode))?.active) {
        fields.code = [`code ${code} belongs under the category ${parentCode}, which is not an active category`];
      }
      await this.checkOwner(manager, input.ownerUnitId, fields);
      refuseInvalidFields(fields);
      const row = { code, name, level, parentCode, departmentDuty: input.departmentDuty ?? false, ownerUnitId: input.ownerUnitId ?? null };
      await manager.insert(CategoryEntity, row).catch(duplicateKeyAs(conflictingField('code', `code ${code} is taken by another category`)));
    });
    this.catalogue.invalidate();
    return this.get(code);
  }

  async change(code: string, input: ChangeCategoryDto): Promise<CategoryEntity> {
    await this.db.transaction(async (manager) => {
      const category = await manager.findOne(CategoryEntity, { where: { code }, lock: { mode: 'pessimistic_write' } });
      if (!category) throw notFound(code);
      const fields: FieldMessages = {};
      // A category coming back keeps its owner, which may have been deactivated meanwhile.
      const reactivated = input.active === true && !category.active;
      await this.checkOwner(manager, input.ownerUnitId === undefined && reactivated ? category.ownerUnitId : input.ownerUnitId, fields);
      refuseInvalidFields(fields);
      if (input.active === false && category.active) {
        const children = await manager.countBy(CategoryEntity, { parentCode: code, active: true });
        if (children > 0) throw new ConflictException(`Category ${code} cannot be deactivated while ${children} active categories sit below it`);
      }
      if (reactivated && category.parentCode !== null && !(await this.lockedParent(manager, category.parentCode))?.active) {
        throw new ConflictException(`Category ${code} cannot be reactivated below the inactive category ${category.parentCode}`);
      }
      const { name, departmentDuty, ownerUnitId, active } = input;
      await updateSentFields(manager, CategoryEntity, { code }, { name, departmentDuty, ownerUnitId, active });
    });
    this.catalogue.invalidate();
    return this.get(code);
  }

  private async get(code: string): Promise<CategoryEntity> {
    const category = await this.db.getRepository(CategoryEntity).findOneBy({ code });
    if (!category) throw notFound(code);
    return category;
  }

  /** Locked against a concurrent deactivation while a child is added or reactivated below it. */
  private lockedParent(manager: EntityManager, code: string): Promise<CategoryEntity | null> {
    return manager.findOne(CategoryEntity, { where: { code }, lock: { mode: 'pessimistic_read' } });
  }

  /** The owner, locked against a concurrent deactivation (which counts the categories it owns). */
  private async checkOwner(manager: EntityManager, ownerUnitId: number | null | undefined, fields: FieldMessages): Promise<void> {
    if (!ownerUnitId) return;
    const owner = await manager.findOne(UnitEntity, { select: { id: true, active: true }, where: { id: ownerUnitId }, lock: { mode: 'pessimistic_read' } });
    if (!owner?.active) fields.ownerUnitId = [`ownerUnitId ${ownerUnitId} is not an active unit`];
  }
}

const notFound = (code: string) => new NotFoundException(`No category ${code}`);
