import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Role } from '#libs/domain';
import { CodeColumn, CreatedAtColumn, InstantColumn, UpdatedAtColumn } from './columns.js';
import { UnitEntity } from './unit.entity.js';

@Entity('users')
@Index('uq_users_username', ['username'], { unique: true })
@Index('idx_users_unit', ['unitId'])
export class UserEntity {
  @PrimaryGeneratedColumn({ type: 'int', unsigned: true })
  id: number;

  @Column({ type: 'varchar', length: 50 })
  username: string;

  @Column({ type: 'varchar', length: 50 })
  displayName: string;

  /** `scrypt$N$r$p$salt$hash`: the parameters travel with the hash so they can be raised later. */
  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @CodeColumn(20)
  role: Role;

  @Column({ type: 'int', unsigned: true, nullable: true })
  unitId: number | null;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_users_unit' })
  unit?: Relation<UnitEntity>;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** When an administrator last set the password: tokens issued before it no longer speak for the user. */
  @InstantColumn({ nullable: true })
  passwordChangedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
