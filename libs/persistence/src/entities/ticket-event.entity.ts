import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, InstantColumn } from './columns.js';

/**
 * Append-only: the audit trail and the timeline users see. Rows are never updated or deleted, so
 * no foreign keys slow the insert; ticket and actor ids are kept as they were at the time.
 */
@Entity('ticket_events')
@Index('idx_ticket_events_ticket', ['ticketId', 'id'])
@Index('uq_ticket_events_dedupe', ['dedupeKey'], { unique: true })
export class TicketEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint', unsigned: true })
  id: number;

  @Column({ type: 'int', unsigned: true })
  ticketId: number;

  @Column({ type: 'int', unsigned: true, nullable: true })
  assignmentId: number | null;

  @CodeColumn(32)
  type: string;

  @Column({ type: 'int', unsigned: true, nullable: true })
  actorUserId: number | null;

  @CodeColumn(20)
  actorRole: string;

  @Column({ type: 'int', unsigned: true, nullable: true })
  actorUnitId: number | null;

  @CodeColumn(20, { nullable: true })
  fromStatus: string | null;

  @CodeColumn(20)
  toStatus: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  note: string | null;

  @Column({ type: 'json', nullable: true })
  data: object | null;

  @InstantColumn()
  occurredAt: Date;

  /** Set by timers: the job id of the step that wrote it, so a retried job cannot write it twice. */
  @Column({ type: 'varchar', length: 80, nullable: true })
  dedupeKey: string | null;
}
