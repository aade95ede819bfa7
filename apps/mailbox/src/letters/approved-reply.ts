import { In, IsNull, Not, type EntityManager } from 'typeorm';
import type { AssignmentStatus, TicketStatus } from '#libs/domain';
import { AssignmentEntity, type TicketEntity } from '#libs/persistence';

/** A reply is shown outside the centre once the centre has approved it (审核), not while it is reviewed. */
export const REPLY_SHOWN_STATUSES: readonly TicketStatus[] = ['callback_pending', 'closed'];

/** The primary assignment's statuses in which its reply stands (one sent back for redo no longer does). */
const STANDING_REPLY_STATUSES: readonly AssignmentStatus[] = ['replied', 'closed'];

export interface ApprovedReply {
  content: string;
  repliedAt: Date;
}

/**
 * The SQL condition that the ticket under `alias` (in one of REPLY_SHOWN_STATUSES) has a reply to show,
 * with its parameter: a list can then count only tickets that `approvedReplies` finds a reply for.
 */
export const hasStandingReply = (alias: string) => ({
  condition: `EXISTS (SELECT 1 FROM assignments reply WHERE reply.ticket_id = ${alias}.id AND reply.role = 'primary' AND reply.reply_content IS NOT NULL AND reply.status IN (:...standingReply))`,
  parameters: { standingReply: STANDING_REPLY_STATUSES },
});

/** The primary unit's latest reply to each ticket whose reply the centre has approved, by ticket id. */
export async function approvedReplies(manager: EntityManager, tickets: readonly TicketEntity[]): Promise<Map<number, ApprovedReply>> {
  const shown = tickets.filter((ticket) => REPLY_SHOWN_STATUSES.includes(ticket.status)).map((ticket) => ticket.id);
  if (shown.length === 0) return new Map();
  const assignments = await manager.getRepository(AssignmentEntity).find({
    where: { ticketId: In(shown), role: 'primary', replyContent: Not(IsNull()), status: In(STANDING_REPLY_STATUSES) },
    order: { repliedAt: 'ASC', id: 'ASC' },
  });
  // Latest last, so that it is the one the map keeps. The reply command sets the content and its
  // time together (libs/domain, unit-work.ts).
  return new Map(assignments.map((assignment) => [assignment.ticketId, { content: assignment.replyContent!, repliedAt: assignment.repliedAt! }]));
}

/** The primary unit's latest reply to a ticket, if the centre has approved it. */
export async function approvedReply(manager: EntityManager, ticket: TicketEntity): Promise<ApprovedReply | null> {
  return (await approvedReplies(manager, [ticket])).get(ticket.id) ?? null;
}
