import type { TicketStatus } from '#libs/domain';
import type { AssignmentEntity, TicketEntity, TicketEventEntity } from '#libs/persistence';

/**
 * What the writer sees of their letter: its own words, where it stands and when each step happened,
 * and the approved reply. Nothing of who handled it: no user, no unit staff, no internal notes.
 */
export interface LetterView {
  number: string;
  title: string;
  content: string;
  status: TicketStatus;
  submittedAt: string;
  progress: { type: string; at: string }[];
  reply: { content: string; repliedAt: string } | null;
}

export const letterView = (
  ticket: TicketEntity,
  events: readonly Pick<TicketEventEntity, 'type' | 'occurredAt'>[],
  reply: AssignmentEntity | null,
): LetterView => ({
  number: ticket.number,
  title: ticket.title,
  content: ticket.content,
  status: ticket.status,
  submittedAt: ticket.createdAt.toISOString(),
  progress: events.map((event) => ({ type: event.type, at: event.occurredAt.toISOString() })),
  reply: reply?.replyContent ? { content: reply.replyContent, repliedAt: (reply.repliedAt ?? reply.updatedAt).toISOString() } : null,
});
