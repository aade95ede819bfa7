import { In, IsNull, Not, type EntityManager } from 'typeorm';
import type { TicketStatus } from '#libs/domain';
import { AssignmentEntity, type TicketEntity } from '#libs/persistence';

/** A reply is shown outside the centre once the centre has approved it (审核), not while it is reviewed. */
export const REPLY_SHOWN_STATUSES: readonly TicketStatus[] = ['callback_pending', 'closed'];

export interface ApprovedReply {
  content: string;
  repliedAt: Date;
}

/** The primary unit's latest reply to a ticket, if the centre has approved it. */
export async function approvedReply(manager: EntityManager, ticket: TicketEntity): Promise<ApprovedReply | null> {
  if (!REPLY_SHOWN_STATUSES.includes(ticket.status)) return null;
  const assignment = await manager.getRepository(AssignmentEntity).findOne({
    where: { ticketId: ticket.id, role: 'primary', replyContent: Not(IsNull()), status: In(['replied', 'closed']) },
    order: { repliedAt: 'DESC' },
  });
  // The reply command sets the content and its time together (libs/domain, unit-work.ts).
  return assignment ? { content: assignment.replyContent!, repliedAt: assignment.repliedAt! } : null;
}
