import { dueTextOf } from '#libs/calendar';
import type { DomainEvent } from '#libs/domain';
import { noticeMessage, type OutboxMessage } from '#libs/queues';
import type { StoredEvent } from './change-messages.js';
import { noticeTitle } from './notice-text.js';

/**
 * The notice a unit gets when the centre urges (催办) or supervises (督办) its assignment by hand:
 * sent through the `notify` queue like the ladder's, in the words units know; none for other events.
 */
export function pressNotice(ticket: { id: number; number: string }, event: DomainEvent, stored: StoredEvent): OutboxMessage | undefined {
  if ((event.type !== 'urged' && event.type !== 'supervised') || !event.assignment || stored.assignmentId === null) return undefined;
  const { number } = ticket;
  const text =
    event.type === 'urged'
      ? { title: noticeTitle('urge', number), body: `市热线中心催办工单 ${number}：${event.note ?? ''}\n请抓紧办理，按时限答复。` }
      : {
          title: noticeTitle('open_supervision', number),
          body: `工单 ${number} 已列入督办，督办时限 ${dueTextOf(event.data.dueAt)}，请在时限内办结并答复。\n督办意见：${event.note ?? ''}`,
        };
  return noticeMessage({ eventId: stored.id, unitId: event.assignment.unitId, ticketId: ticket.id, assignmentId: stored.assignmentId, kind: event.type, ...text });
}
