import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { SatisfactionLevel, SolvedLevel } from '#libs/domain';
import { CodeColumn, CreatedAtColumn, InstantColumn, UpdatedAtColumn } from './columns.js';
import { TicketEntity } from './ticket.entity.js';
import { UserEntity } from './user.entity.js';

export const CALLBACK_TASK_STATUSES = [
  'waiting', // for a ready agent, or for its next attempt (`nextAttemptAt`)
  'offered', // with an agent, to call now
  'done', // the citizen was reached, or the callback closed as unreachable or anonymous
] as const;
export type CallbackTaskStatus = (typeof CALLBACK_TASK_STATUSES)[number];

/**
 * 回访任务: one per reply the centre approved (the ticket's version when it began waiting for the
 * callback), so that opening it twice is a no-op and a redo's reply gets a task of its own.
 */
@Entity('callback_tasks')
@Index('uq_callback_tasks_ticket_version', ['ticketId', 'ticketVersion'], { unique: true })
@Index('idx_callback_tasks_status_attempt', ['status', 'nextAttemptAt'])
@Index('idx_callback_tasks_agent_status', ['agentUserId', 'status'])
@Index('idx_callback_tasks_done', ['doneAt']) // the daily unit figures

export class CallbackTaskEntity {
  @PrimaryGeneratedColumn({ type: 'int', unsigned: true })
  id: number;

  @Column({ type: 'int', unsigned: true })
  ticketId: number;

  @ManyToOne(() => TicketEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id', foreignKeyConstraintName: 'fk_callback_tasks_ticket' })
  ticket?: Relation<TicketEntity>;

  @Column({ type: 'int', unsigned: true })
  ticketVersion: number;

  @CodeColumn(16)
  status: CallbackTaskStatus;

  @Column({ type: 'int', unsigned: true, nullable: true })
  agentUserId: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'agent_user_id', foreignKeyConstraintName: 'fk_callback_tasks_agent' })
  agent?: Relation<UserEntity>;

  /** Calls made that did not reach the citizen. */
  @Column({ type: 'tinyint', unsigned: true, default: 0 })
  missedAttempts: number;

  @InstantColumn()
  dueAt: Date;

  /** While waiting after a missed call: not to be offered before. */
  @InstantColumn({ nullable: true })
  nextAttemptAt: Date | null;

  @InstantColumn({ nullable: true })
  offeredAt: Date | null;

  /** `unreachable`, `anonymous`, `closed`, `reopened` or `supervision`, once done. */
  @CodeColumn(16, { nullable: true })
  outcome: string | null;

  /** The unit whose reply is called back (the lead primary's): the one the result counts for. */
  @Column({ type: 'int', unsigned: true, nullable: true })
  unitId: number | null;

  /** The reply called back was a redo's (重办): counted apart in every figure. */
  @Column({ type: 'boolean', default: false })
  redo: boolean;

  /** Once done: whether the citizen was reached, and their answers. */
  @Column({ type: 'boolean', nullable: true })
  reached: boolean | null;

  @CodeColumn(16, { nullable: true })
  solved: SolvedLevel | null;

  @CodeColumn(24, { nullable: true })
  satisfaction: SatisfactionLevel | null;

  @InstantColumn({ nullable: true })
  doneAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;

  @UpdatedAtColumn()
  updatedAt: Date;
}
