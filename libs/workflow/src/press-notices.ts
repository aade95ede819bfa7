import { localDateOf, localTimeOf } from '#libs/calendar';
import type { DomainEvent } from '#libs/domain';
import { noticeMessage, type OutboxMessage } from '#libs/queues';
import type { StoredEvent } from './change-messages.js';

/** A due as dues are written: the end of a day is 24:00 of that day, not 00:00 of the next. */
const dueText = (due: Date): string => {
  const local = localTimeOf(due);
  return local.endsWith('T00:00:00.000') ? `${localDateOf(new Date(due.getTime() - 1))} 24:00` : local.slice(0, 16).replace('T', ' ');
};

/**
 * The notice a unit gets when the centre urges (催办) or supervises (督办) its assignment by hand:
 * sent through the `notify` queue like the ladder's, in the words units know; none for other events.
 */
export function pressNotice(ticket: { id: number; number: string }, event: DomainEvent, stored: StoredEvent): OutboxMessage | undefined {
  if ((event.type !== 'urged' && event.type !== 'supervised') || !event.assignment || stored.assignmentId === null) return undefined;
  const { number } = ticket;
  const text =
    event.type === 'urged'
      ? { title: `催办：工单 ${number}`, body: `市热线中心催办工单 ${number}：${event.note ?? ''}\n请抓紧办理，按时限答复。` }
      : {
          title: `督办通知：工单 ${number}`,
          body: `工单 ${number} 已列入督办，督办时限 ${dueText(event.data.dueAt)}，请在时限内办结并答复。\n督办意见：${event.note ?? ''}`,
        };
  return noticeMessage({ eventId: stored.id, unitId: event.assignment.unitId, ticketId: ticket.id, assignmentId: stored.assignmentId, kind: event.type, ...text });
}
