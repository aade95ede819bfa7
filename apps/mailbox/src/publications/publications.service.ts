import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, Like, type DataSource, type FindOptionsWhere } from 'typeorm';
import type { AuthUser } from '#libs/auth';
import { duplicateKeyAs, escapeLike, PublicationEntity, TicketEntity, UserEntity } from '#libs/persistence';
import { redactPersonalData } from '#libs/publication';
import type { PagedTextQuery } from '../text-query.dto.js';
import { approvedReplies, approvedReply, hasStandingReply, REPLY_SHOWN_STATUSES, type ApprovedReply } from '../letters/approved-reply.js';
import type { PublicationQuery } from './publication-query.dto.js';

/** A published letter as anyone may read it. */
const publicView = ({ ticketNumber, categoryCode, title, content, reply, repliedAt, publishedAt }: PublicationEntity) => ({
  ticketNumber,
  categoryCode,
  title,
  content,
  reply,
  repliedAt: repliedAt.toISOString(),
  publishedAt: publishedAt.toISOString(),
});

/** The letter and its reply as publishing makes them public: the writer's personal data taken out. */
function redactedCopy(ticket: TicketEntity, reply: ApprovedReply) {
  const names = ticket.citizenName ? [ticket.citizenName] : [];
  return {
    title: redactPersonalData(ticket.title, names),
    content: redactPersonalData(ticket.content, names),
    reply: redactPersonalData(reply.content, names),
  };
}

/**
 * 公开答复: the centre publishes a letter and its approved reply when the writer agreed to it. The copy
 * made at publishing has personal data redacted — the writer's name, phone numbers, ID numbers, e-mail
 * addresses, house numbers — and is all the public list ever reads.
 */
@Injectable()
export class PublicationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async publish(ticketId: number, user: AuthUser) {
    const ticket = await this.publishable().andWhere('ticket.id = :ticketId', { ticketId }).getOne();
    const reply = ticket && (await approvedReply(this.db.manager, ticket));
    if (!ticket || !reply) throw await this.whyNotPublishable(ticketId);
    const publication = {
      ticketId,
      ticketNumber: ticket.number,
      categoryCode: ticket.categoryCode,
      ...redactedCopy(ticket, reply),
      repliedAt: reply.repliedAt,
      publishedAt: new Date(),
      publishedByUserId: user.id,
    } satisfies Omit<PublicationEntity, 'id'>;
    await this.db
      .getRepository(PublicationEntity)
      .insert(publication)
      .catch(duplicateKeyAs(new ConflictException(`ticket ${ticketId} is already published`)));
    return publicView(publication as PublicationEntity);
  }

  /** 撤回: taken off the public list. */
  async withdraw(ticketId: number): Promise<void> {
    const { affected } = await this.db.getRepository(PublicationEntity).delete({ ticketId });
    if (!affected) throw new NotFoundException(`ticket ${ticketId} is not published`);
  }

  /** The public list. */
  async list(query: PagedTextQuery) {
    const [rows, total] = await this.publishedPage(query);
    return { total, page: query.page, pageSize: query.pageSize, items: rows.map(publicView) };
  }

  /** The centre's desk: the letters it may publish, or those it has published (with who published each). */
  centreList(query: PublicationQuery) {
    return query.state === 'candidate' ? this.candidates(query) : this.published(query);
  }

  /**
   * Letters whose writer agreed to publication and whose reply the centre approved, not yet published,
   * newest first, each with the redacted copy publishing would make; text is looked for in the letter.
   */
  private async candidates({ q, categoryCode, page, pageSize }: PublicationQuery) {
    const builder = this.publishable();
    if (categoryCode) builder.andWhere('ticket.category_code LIKE :category', { category: `${categoryCode}%` });
    if (q) builder.andWhere('(ticket.title LIKE :text OR ticket.content LIKE :text)', { text: `%${escapeLike(q)}%` });
    const [tickets, total] = await builder
      .orderBy('ticket.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    const replies = await approvedReplies(this.db.manager, tickets);
    // A reply sent back for redo between the two reads is no longer a candidate.
    const items = tickets.flatMap((ticket) => {
      const reply = replies.get(ticket.id);
      if (!reply) return [];
      const { id: ticketId, number: ticketNumber, categoryCode: category } = ticket;
      return [{ ticketId, ticketNumber, categoryCode: category, ...redactedCopy(ticket, reply), repliedAt: reply.repliedAt.toISOString() }];
    });
    return { total, page, pageSize, items };
  }

  /**
   * The one statement of what may be published, for the desk's list and for publishing alike: a letter
   * to the mayor's mailbox whose writer agreed, with a reply the centre approved that still stands, not
   * yet published.
   */
  private publishable() {
    const standing = hasStandingReply('ticket');
    return this.db
      .getRepository(TicketEntity)
      .createQueryBuilder('ticket')
      .where('ticket.channel = :channel AND ticket.publish_consent = TRUE AND ticket.status IN (:...shown)', { channel: 'mailbox', shown: REPLY_SHOWN_STATUSES })
      .andWhere('NOT EXISTS (SELECT 1 FROM publications published WHERE published.ticket_id = ticket.id)')
      .andWhere(standing.condition, standing.parameters);
  }

  /** Which part of `publishable` a ticket fails, for the refusal. */
  private async whyNotPublishable(ticketId: number): Promise<NotFoundException | ConflictException> {
    const ticket = await this.db.getRepository(TicketEntity).findOneBy({ id: ticketId });
    if (!ticket) return new NotFoundException(`ticket ${ticketId} not found`);
    if (ticket.channel !== 'mailbox') return new ConflictException('only letters to the mayor’s mailbox are published');
    if (!ticket.publishConsent) return new ConflictException('the writer did not agree that the reply may be published');
    if (await this.db.getRepository(PublicationEntity).existsBy({ ticketId })) return new ConflictException(`ticket ${ticketId} is already published`);
    return new ConflictException('the ticket has no reply approved by the centre yet');
  }

  private async published(query: PublicationQuery) {
    const [rows, total] = await this.publishedPage(query);
    const users = await this.db.getRepository(UserEntity).find({
      select: { id: true, displayName: true },
      where: { id: In([...new Set(rows.map((row) => row.publishedByUserId))]) },
    });
    const names = new Map(users.map((user) => [user.id, user.displayName]));
    const items = rows.map((row) => ({ ticketId: row.ticketId, ...publicView(row), publishedBy: names.get(row.publishedByUserId) ?? null }));
    return { total, page: query.page, pageSize: query.pageSize, items };
  }

  /** Newest first; text is looked for in the published copies (title, letter, reply), a category by prefix. */
  private publishedPage(query: PagedTextQuery) {
    const { q, categoryCode, page, pageSize } = query;
    const scope: FindOptionsWhere<PublicationEntity> = categoryCode ? { categoryCode: Like(`${categoryCode}%`) } : {};
    return this.db.getRepository(PublicationEntity).findAndCount({
      where: q ? (['title', 'content', 'reply'] as const).map((field) => ({ ...scope, [field]: Like(`%${escapeLike(q)}%`) })) : scope,
      order: { publishedAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }
}
