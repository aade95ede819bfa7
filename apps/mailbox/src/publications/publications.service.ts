import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Like, type DataSource, type FindOptionsWhere } from 'typeorm';
import type { AuthUser } from '#libs/auth';
import { escapeLike, PublicationEntity, TicketEntity } from '#libs/persistence';
import { redactPersonalData } from '#libs/publication';
import type { PagedTextQuery } from '../text-query.dto.js';
import { approvedReply } from '../letters/approved-reply.js';

const DUPLICATE_KEY = 'ER_DUP_ENTRY';

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

/**
 * 公开答复: the centre publishes a letter and its approved reply when the writer agreed to it. The copy
 * made at approval has personal data redacted — the writer's name, phone numbers, ID numbers, e-mail
 * addresses, house numbers — and is all the public list ever reads.
 */
@Injectable()
export class PublicationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async publish(ticketId: number, user: AuthUser) {
    const ticket = await this.db.getRepository(TicketEntity).findOneBy({ id: ticketId });
    if (!ticket) throw new NotFoundException(`ticket ${ticketId} not found`);
    if (!ticket.publishConsent) throw new ConflictException('the writer did not agree that the reply may be published');
    const reply = await approvedReply(this.db.manager, ticket);
    if (!reply) throw new ConflictException('the ticket has no reply approved by the centre yet');
    const names = ticket.citizenName ? [ticket.citizenName] : [];
    const publication = {
      ticketId,
      ticketNumber: ticket.number,
      categoryCode: ticket.categoryCode,
      title: redactPersonalData(ticket.title, names),
      content: redactPersonalData(ticket.content, names),
      reply: redactPersonalData(reply.content, names),
      repliedAt: reply.repliedAt,
      publishedAt: new Date(),
      publishedByUserId: user.id,
    } satisfies Omit<PublicationEntity, 'id'>;
    await this.db
      .getRepository(PublicationEntity)
      .insert(publication)
      .catch((error: { code?: string }) => {
        throw error.code === DUPLICATE_KEY ? new ConflictException(`ticket ${ticketId} is already published`) : error;
      });
    return publicView(publication as PublicationEntity);
  }

  /** 撤回: taken off the public list. */
  async withdraw(ticketId: number): Promise<void> {
    const { affected } = await this.db.getRepository(PublicationEntity).delete({ ticketId });
    if (!affected) throw new NotFoundException(`ticket ${ticketId} is not published`);
  }

  /** Newest first; text is looked for in the title, the letter and the reply, a category by prefix. */
  async list({ q, categoryCode, page, pageSize }: PagedTextQuery) {
    const scope: FindOptionsWhere<PublicationEntity> = categoryCode ? { categoryCode: Like(`${categoryCode}%`) } : {};
    const where = q ? (['title', 'content', 'reply'] as const).map((field) => ({ ...scope, [field]: Like(`%${escapeLike(q)}%`) })) : scope;
    const [rows, total] = await this.db.getRepository(PublicationEntity).findAndCount({
      where,
      order: { publishedAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return { total, page, pageSize, items: rows.map(publicView) };
  }
}
