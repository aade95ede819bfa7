import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, MoreThanOrEqual, Not, type DataSource } from 'typeorm';
import { OPEN_TICKET_STATUSES } from '#libs/domain';
import { TicketEntity } from '#libs/persistence';
import { mostSimilar } from '#libs/search-terms';
import type { SimilarTicketsQuery } from './similar-tickets.query.js';

const LOOK_BACK_MS = 30 * 24 * 3600_000;
/** The newest open tickets of one category and region in a month: more than a city ever has of one matter. */
const CANDIDATES = 500;
/** Below this, texts share little more than their place names. */
const MIN_SIMILARITY = 0.3;
const SUGGESTIONS = 5;

/**
 * 重复诉求: open tickets of the same category and region from the last 30 days whose text is like the
 * new one's, most alike first, so that an operator can merge rather than dispatch the same matter twice.
 */
@Injectable()
export class SimilarTicketsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async find({ categoryCode, regionCode, text, excludeTicketId }: SimilarTicketsQuery) {
    const candidates = await this.db.getRepository(TicketEntity).find({
      select: { id: true, number: true, title: true, content: true, status: true, createdAt: true },
      where: {
        categoryCode,
        regionCode,
        status: In([...OPEN_TICKET_STATUSES]),
        createdAt: MoreThanOrEqual(new Date(Date.now() - LOOK_BACK_MS)),
        ...(excludeTicketId !== undefined && { id: Not(excludeTicketId) }),
      },
      order: { createdAt: 'DESC' },
      take: CANDIDATES,
    });
    return mostSimilar(text, candidates, (ticket) => `${ticket.title} ${ticket.content}`, { min: MIN_SIMILARITY, limit: SUGGESTIONS })
      .map(({ candidate: { id, number, title, status, createdAt }, similarity }) => ({
        id,
        number,
        title,
        status,
        createdAt: createdAt.toISOString(),
        similarity: Math.round(similarity * 100) / 100,
      }));
  }
}
