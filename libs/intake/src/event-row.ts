import type { Actor, TicketStatus } from '#libs/domain';

/** The event row of one timeline entry, actor and all. */
export const eventRow = (
  ticketId: number,
  event: { type: string; actor: Actor; occurredAt: Date; fromStatus: TicketStatus | null; toStatus: TicketStatus; note?: string },
  assignmentId: number | null,
  data: object | null,
) => ({
  ticketId,
  assignmentId,
  type: event.type,
  actorUserId: event.actor.userId ?? null,
  actorRole: event.actor.role,
  actorUnitId: event.actor.unitId ?? null,
  fromStatus: event.fromStatus,
  toStatus: event.toStatus,
  note: event.note ?? null,
  data,
  occurredAt: event.occurredAt,
});
