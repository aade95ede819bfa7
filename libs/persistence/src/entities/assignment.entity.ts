import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { AssignmentRole, AssignmentStatus, WarningLevel } from '#libs/domain';
import { CodeColumn, CreatedAtColumn, InstantColumn, UpdatedAtColumn } from './columns.js';
import { TicketEntity } from './ticket.entity.js';
import { UnitEntity } from './unit.entity.js';

/** One unit's part of a ticket (主办 primary or 协办 assist), with its own deadlines. */
@Entity('assignments')
@Index('idx_assignments_unit_status_due', ['unitId', 'status', 'replyDueAt']) // a unit's inbox
@Index('idx_assignments_ticket', ['ticketId'])
@Index('idx_assignments_unit_ticket', ['unitId', 'ticketId']) // a unit's tickets, for the lists, from the index alone
@Index('idx_assignments_status_sign_due', ['status', 'signDueAt']) // the deadline reconciler
@Index('idx_assignments_status_reply_due', ['status', 'replyDueAt']) // overdue now, on every dashboard push
@Index('idx_assignments_extension_request', ['extensionRequestDays']) // extension requests waiting for the centre
// The daily unit figures find a day's sign-dues, replies and dispatches by these.
@Index('idx_assignments_sign_due', ['signDueAt'])
@Index('idx_assignments_replied', ['repliedAt'])
@Index('idx_assignments_dispatched', ['dispatchedAt'])
export class AssignmentEntity {
  @PrimaryGeneratedColumn({ type: 'int', unsigned: true })
  id: number;

  @Column({ type: 'int', unsigned: true })
  ticketId: number;

  @ManyToOne(() => TicketEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id', foreignKeyConstraintName: 'fk_assignments_ticket' })
  ticket?: Relation<TicketEntity>;

  @Column({ type: 'int', unsigned: true })
  unitId: number;

  @ManyToOne(() => UnitEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_assignments_unit' })
  unit?: Relation<UnitEntity>;

  @CodeColumn(10)
  role: AssignmentRole;

  /** 二级派单: the assignment this one was sub-dispatched from. */
  @Column({ type: 'int', unsigned: true, nullable: true })
  parentId: number | null;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_assignments_parent' })
  parent?: Relation<AssignmentEntity>;

  @CodeColumn(20)
  status: AssignmentStatus;

  @InstantColumn()
  dispatchedAt: Date;

  @InstantColumn()
  signDueAt: Date;

  @InstantColumn()
  replyDueAt: Date;

  /** Null when the assignment cannot be returned: sub-dispatched, redo, or designated by the centre. */
  @InstantColumn({ nullable: true })
  returnWindowEndsAt: Date | null;

  /** 重办: opened again after a dissatisfied callback; the three rates count redo work apart. */
  @Column({ type: 'boolean', default: false })
  redo: boolean;

  @InstantColumn({ nullable: true })
  signedAt: Date | null;

  @InstantColumn({ nullable: true })
  repliedAt: Date | null;

  /** Working days granted by approved extensions (延期), capped by policy. */
  @Column({ type: 'smallint', unsigned: true, default: 0 })
  extensionDays: number;

  /** 延期申请 waiting for the centre: working days asked for, why, and when. */
  @Column({ type: 'smallint', unsigned: true, nullable: true })
  extensionRequestDays: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  extensionRequestReason: string | null;

  @InstantColumn({ nullable: true })
  extensionRequestedAt: Date | null;

  @CodeColumn(8, { default: 'none' })
  warningLevel: WarningLevel;

  @Column({ type: 'boolean', default: false })
  overdue: boolean;

  @Column({ type: 'text', nullable: true })
  replyContent: string | null;

  @Column({ type: 'boolean', nullable: true })
  replySolved: boolean | null;

  /**
   * Set by the ticket store whenever a decision changes the assignment; it keys the assignment's
   * deadline timers. Not a TypeORM version column: the flags its own timers set (warning level,
   * overdue) must leave it as it is, or they would make the later timers of the ladder stale.
   */
  @Column({ type: 'int', unsigned: true })
  version: number;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
