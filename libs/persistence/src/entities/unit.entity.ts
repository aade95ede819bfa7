import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Tier, UnitKind } from '#libs/domain';
import { CodeColumn } from './columns.js';

/** 承办单位: a body that handles tickets, in a tree (district government > street office > community). */
@Entity('units')
@Index('uq_units_code', ['code'], { unique: true })
@Index('idx_units_path', ['path'])
@Index('idx_units_region_tier', ['regionCode', 'tier'])
export class UnitEntity {
  @PrimaryGeneratedColumn({ type: 'int', unsigned: true })
  id: number;

  @CodeColumn(40)
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @CodeColumn(12)
  tier: Tier;

  @CodeColumn(24)
  kind: UnitKind;

  @CodeColumn(12, { nullable: true })
  regionCode: string | null;

  @Column({ type: 'int', unsigned: true, nullable: true })
  parentId: number | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT', createForeignKeyConstraints: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_units_parent' })
  parent?: Relation<UnitEntity>;

  /**
   * Materialised path of ids, e.g. `/3/17/52/`: a unit's subtree is `path LIKE '/3/17/%'`, one index
   * range scan, which the data-scope check runs on every request of a unit user.
   */
  @Column({ type: 'varchar', length: 255 })
  path: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
