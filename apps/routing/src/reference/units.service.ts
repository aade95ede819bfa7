import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, Not, type DataSource, type EntityManager } from 'typeorm';
import { unitCodesOf } from '#libs/dispatch-rules';
import { OPEN_ASSIGNMENT_STATUSES, type Tier } from '#libs/domain';
import { conflictingField, refuseInvalidFields, type FieldMessages } from '#libs/platform';
import { AssignmentEntity, CategoryEntity, DispatchRuleEntity, duplicateKeyAs, RegionEntity, UnitEntity, updateSentFields, UserEntity } from '#libs/persistence';
import { UnitDirectory } from '../dispatch/unit-directory.js';
import type { ChangeUnitDto, CreateUnitDto } from './unit.dto.js';
import { pathOf, planMove, type PathMove } from './unit-paths.js';

/**
 * 承办单位 administration. Units are never deleted (tickets, users and figures refer to them): they are
 * deactivated once nothing live depends on them. Each change runs in one transaction that locks the
 * unit and the parent it reads, so a move and a new child below it cannot interleave; routing on this
 * instance sees it at once, on others within UnitDirectory's minute.
 */
@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly directory: UnitDirectory,
  ) {}

  async create(input: CreateUnitDto): Promise<UnitEntity> {
    const id = await this.db.transaction(async (manager) => {
      const fields: FieldMessages = {};
      await this.checkRegion(manager, input.regionCode, fields);
      await this.checkRegionFree(manager, { id: null, regionCode: input.regionCode ?? null, tier: input.tier }, fields);
      const parent = input.parentId ? await this.activeParent(manager, input.parentId, fields) : null;
      refuseInvalidFields(fields);
      const { code, name, tier, kind } = input;
      // The path names the new id, which the insert gives: written in two steps, inside the transaction.
      const inserted = await manager
        .insert(UnitEntity, { code, name, tier, kind, regionCode: input.regionCode ?? null, parentId: parent?.id ?? null, path: '/' })
        .catch(duplicateKeyAs(conflictingField('code', `code ${code} is taken by another unit`)));
      const unitId = Number(inserted.identifiers[0]!.id);
      await manager.update(UnitEntity, { id: unitId }, { path: pathOf(unitId, parent?.path ?? null) });
      return unitId;
    });
    this.directory.invalidate();
    return this.get(id);
  }

  async change(id: number, input: ChangeUnitDto): Promise<UnitEntity> {
    await this.db.transaction(async (manager) => {
      const unit = await manager.findOne(UnitEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!unit) throw notFound(id);
      const fields: FieldMessages = {};
      await this.checkRegion(manager, input.regionCode, fields);
      const claimsRegion = input.regionCode !== undefined || input.tier !== undefined || (input.active === true && !unit.active);
      if (claimsRegion && (input.active ?? unit.active)) {
        const regionCode = input.regionCode === undefined ? unit.regionCode : input.regionCode;
        await this.checkRegionFree(manager, { id: unit.id, regionCode, tier: input.tier ?? unit.tier }, fields);
      }
      const move = input.parentId === undefined ? undefined : await this.planMove(manager, unit, input.parentId, fields);
      refuseInvalidFields(fields);
      if (input.active === false && unit.active) await this.requireIdle(manager, unit);
      if (input.active === true && !unit.active && input.parentId === undefined) await this.requireActiveParent(manager, unit);
      const { name, tier, kind, regionCode, parentId, active } = input;
      await updateSentFields(manager, UnitEntity, { id }, { name, tier, kind, regionCode, parentId, active });
      if (move && move.from !== move.to) {
        // The whole subtree in one statement: every path under the old prefix gets the new one.
        await manager.query('UPDATE units SET path = CONCAT(?, SUBSTRING(path, ?)) WHERE path LIKE ?', [move.to, move.from.length + 1, `${move.from}%`]);
      }
    });
    this.directory.invalidate();
    return this.get(id);
  }

  private async get(id: number): Promise<UnitEntity> {
    const unit = await this.db.getRepository(UnitEntity).findOneBy({ id });
    if (!unit) throw notFound(id);
    return unit;
  }

  private async checkRegion(manager: EntityManager, regionCode: string | null | undefined, fields: FieldMessages): Promise<void> {
    if (regionCode && !(await manager.existsBy(RegionEntity, { code: regionCode }))) fields.regionCode = [`regionCode ${regionCode} is not a known region`];
  }

  /**
   * 属地 routing finds a region's unit by region and tier (UnitDirectory): a second active unit of the
   * same region and tier would leave it to chance which of them gets the tickets.
   */
  private async checkRegionFree(manager: EntityManager, unit: { id: number | null; regionCode: string | null; tier: Tier }, fields: FieldMessages): Promise<void> {
    if (!unit.regionCode || fields.regionCode) return;
    // The region's row is the mutex: two administrators claiming the same free slot take turns rather
    // than both passing a gap lock and deadlocking on the insert.
    await manager.findOne(RegionEntity, { select: { code: true }, where: { code: unit.regionCode }, lock: { mode: 'pessimistic_write' } });
    // A locking read: it sees what the administrator who held the region before committed, which the
    // transaction's snapshot (taken at its first plain read, before the wait) does not.
    const holder = await manager.findOne(UnitEntity, {
      select: { id: true, code: true },
      where: { regionCode: unit.regionCode, tier: unit.tier, active: true, ...(unit.id !== null && { id: Not(unit.id) }) },
      lock: { mode: 'pessimistic_read' },
    });
    if (holder) fields.regionCode = [`regionCode ${unit.regionCode} already has the active ${unit.tier} unit ${holder.code}: routing by region needs one`];
  }

  /** The parent, locked against a concurrent move or deactivation while this change reads its path. */
  private async activeParent(manager: EntityManager, parentId: number, fields: FieldMessages): Promise<UnitEntity | null> {
    const parent = await manager.findOne(UnitEntity, { where: { id: parentId }, lock: { mode: 'pessimistic_read' } });
    if (parent?.active) return parent;
    fields.parentId = [`parentId ${parentId} is not an active unit`];
    return null;
  }

  private async planMove(manager: EntityManager, unit: UnitEntity, parentId: number | null, fields: FieldMessages): Promise<PathMove | undefined> {
    const parent = parentId === null ? null : await this.activeParent(manager, parentId, fields);
    if (parentId !== null && !parent) return undefined;
    // The subtree is locked too: a unit created below it meanwhile waits, then gets the new path.
    const [{ deepest }] = await manager.query('SELECT MAX(CHAR_LENGTH(path)) AS deepest FROM units WHERE path LIKE ? FOR UPDATE', [`${unit.path}%`]);
    const plan = planMove(unit, parent, Number(deepest));
    if ('problem' in plan) {
      fields.parentId = [plan.problem];
      return undefined;
    }
    return plan.move;
  }

  /** 409 while anything live depends on the unit, saying what. */
  private async requireIdle(manager: EntityManager, unit: UnitEntity): Promise<void> {
    const openAssignments = await manager.countBy(AssignmentEntity, { unitId: unit.id, status: In([...OPEN_ASSIGNMENT_STATUSES]) });
    const activeChildren = await manager.countBy(UnitEntity, { parentId: unit.id, active: true });
    const activeUsers = await manager.countBy(UserEntity, { unitId: unit.id, active: true });
    const ownedCategories = await manager.countBy(CategoryEntity, { ownerUnitId: unit.id, active: true });
    const rules = await manager.find(DispatchRuleEntity, { select: { id: true, action: true }, where: { enabled: true }, order: { id: 'ASC' } });
    const naming = rules.filter((rule) => unitCodesOf(rule.action).includes(unit.code)).map((rule) => `#${rule.id}`);
    const reasons = [
      ...(openAssignments > 0 ? [`${openAssignments} open assignments`] : []),
      ...(activeChildren > 0 ? [`${activeChildren} active units below it`] : []),
      ...(activeUsers > 0 ? [`${activeUsers} active users`] : []),
      ...(ownedCategories > 0 ? [`${ownedCategories} active categories it owns`] : []),
      ...(naming.length > 0 ? [`enabled dispatch rules naming it (${naming.join(', ')})`] : []),
    ];
    if (reasons.length > 0) throw new ConflictException(`Unit ${unit.code} cannot be deactivated while it has ${reasons.join(', ')}`);
  }

  private async requireActiveParent(manager: EntityManager, unit: UnitEntity): Promise<void> {
    if (unit.parentId === null) return;
    const parent = await manager.findOne(UnitEntity, { where: { id: unit.parentId }, lock: { mode: 'pessimistic_read' } });
    if (!parent?.active) throw new ConflictException(`Unit ${unit.code} cannot be reactivated below the inactive unit ${parent?.code ?? unit.parentId}: move it first`);
  }
}

const notFound = (id: number) => new NotFoundException(`No unit ${id}`);
