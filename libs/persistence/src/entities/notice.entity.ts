import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { CodeColumn, CreatedAtColumn, InstantColumn } from './columns.js';
import { UnitEntity } from './unit.entity.js';

/**
 * A message to a unit (催办通知, 督办, …), as the default notice provider delivers it: units read
 * them in their console. `dedupeKey` makes a repeated delivery a no-op.
 */
@Entity('notices')
@Index('uq_notices_dedupe', ['dedupeKey'], { unique: true })
@Index('idx_notices_unit_read', ['unitId', 'readAt', 'id'])
export class NoticeEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', unsigned: true })
  id: number;

  @Column({ type: 'int', unsigned: true })
  unitId: number;

  @ManyToOne(() => UnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_notices_unit' })
  unit?: Relation<UnitEntity>;

  @Column({ type: 'int', unsigned: true })
  ticketId: number;

  @Column({ type: 'int', unsigned: true, nullable: true })
  assignmentId: number | null;

  @CodeColumn(32)
  kind: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 2000 })
  body: string;

  @Column({ type: 'varchar', length: 80 })
  dedupeKey: string;

  @CreatedAtColumn()
  createdAt: Date;

  @InstantColumn({ nullable: true })
  readAt: Date | null;
}
