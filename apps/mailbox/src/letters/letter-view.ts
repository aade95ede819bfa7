import type { TicketStatus } from '#libs/domain';
import type { TicketEntity, TicketEventEntity } from '#libs/persistence';
import type { ApprovedReply } from './approved-reply.js';

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
  reply: ApprovedReply | null,
): LetterView => ({
  number: ticket.number,
  title: ticket.title,
  content: ticket.content,
  status: ticket.status,
  submittedAt: ticket.createdAt.toISOString(),
  progress: events.map((event) => ({ type: event.type, at: event.occurredAt.toISOString() })),
  reply: reply && { content: reply.content, repliedAt: reply.repliedAt.toISOString() },
});
