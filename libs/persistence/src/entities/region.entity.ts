import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { RegionLevel } from '#libs/domain';
import { CodeColumn } from './columns.js';

/** 属地: an administrative area; the code's length gives its level (district 6, street 9, community 12). */
@Entity('regions')
@Index('idx_regions_parent', ['parentCode'])
export class RegionEntity {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  code: string;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  @CodeColumn(12, { nullable: true })
  parentCode: string | null;

  @CodeColumn(10)
  level: RegionLevel;
}
