import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { InstantColumn } from './columns.js';
import { TicketEntity } from './ticket.entity.js';

/**
 * 公开答复: a letter and its reply as the public list shows them, approved by the centre. The texts are
 * the redacted copies made at approval (libs/publication): no personal data is ever stored here.
 */
@Entity('publications')
@Index('uq_publications_ticket', ['ticketId'], { unique: true })
@Index('idx_publications_published', ['publishedAt'])
@Index('idx_publications_category_published', ['categoryCode', 'publishedAt'])
export class PublicationEntity {
  @PrimaryGeneratedColumn({ type: 'int', unsigned: true })
  id: number;

  @Column({ type: 'int', unsigned: true })
  ticketId: number;

  @ManyToOne(() => TicketEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ticket_id', foreignKeyConstraintName: 'fk_publications_ticket' })
  ticket?: Relation<TicketEntity>;

  @Column({ type: 'varchar', length: 20 })
  ticketNumber: string;

  @Column({ type: 'varchar', length: 6 })
  categoryCode: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'text' })
  reply: string;

  @InstantColumn()
  repliedAt: Date;

  @InstantColumn()
  publishedAt: Date;

  @Column({ type: 'int', unsigned: true })
  publishedByUserId: number;
}
