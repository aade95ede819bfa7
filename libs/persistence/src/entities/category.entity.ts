import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CodeColumn } from './columns.js';
import { UnitEntity } from './unit.entity.js';

/** 事项分类: a three-level tree whose codes nest (01 > 0101 > 010101) so rules match by prefix. */
@Entity('categories')
@Index('idx_categories_parent', ['parentCode'])
export class CategoryEntity {
  @PrimaryColumn({ type: 'varchar', length: 6 })
  code: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @CodeColumn(6, { nullable: true })
  parentCode: string | null;

  @Column({ type: 'tinyint', unsigned: true })
  level: number;

  /** The dispatch catalogue names a functional department as owner: never sent down to streets (66号). */
  @Column({ type: 'boolean', default: false })
  departmentDuty: boolean;

  @Column({ type: 'int', unsigned: true, nullable: true })
  ownerUnitId: number | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_unit_id', foreignKeyConstraintName: 'fk_categories_owner_unit' })
  ownerUnit?: Relation<UnitEntity>;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
