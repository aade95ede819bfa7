import { maskName, maskPhone } from '#libs/auth';
import type { AssignmentEntity, TicketEntity, TicketEventEntity } from '#libs/persistence';

/** Who is looking decides what of the citizen they see (DOMAIN.md, privacy and access). */
export type Viewer = 'centre' | 'unit';

export interface Names {
  units: ReadonlyMap<number, string>;
  users: ReadonlyMap<number, string>;
}

/**
 * The citizen as a viewer may see them: the centre in full; units with the name and number masked,
 * and nothing at all of a confidential (保密) ticket's citizen.
 */
export function citizenFor(ticket: TicketEntity, viewer: Viewer): { name: string | null; phone: string | null } {
  if (viewer === 'centre') return { name: ticket.citizenName, phone: ticket.citizenPhone };
  if (ticket.confidential) return { name: null, phone: null };
  return { name: maskName(ticket.citizenName), phone: maskPhone(ticket.citizenPhone) };
}

export const ticketSummary = (ticket: TicketEntity, viewer: Viewer) => ({
  id: ticket.id,
  number: ticket.number,
  status: ticket.status,
  channel: ticket.channel,
  requestType: ticket.requestType,
  urgency: ticket.urgency,
  categoryCode: ticket.categoryCode,
  regionCode: ticket.regionCode,
  address: ticket.address,
  title: ticket.title,
  citizen: citizenFor(ticket, viewer),
  confidential: ticket.confidential,
  enterprise: ticket.enterprise,
  createdAt: ticket.createdAt,
  dispatchDueAt: ticket.dispatchDueAt,
  closedAt: ticket.closedAt,
  // Returned tickets back in the pool show it in the list: after enough rounds the centre must designate.
  failedDispatchRounds: ticket.dispatchRounds,
  version: ticket.version,
});

/** Each assignment's latest 退单 request event: the assignment row keeps only the status, the event keeps why and when. */
export type ReturnRequests = ReadonlyMap<number, Pick<TicketEventEntity, 'note' | 'occurredAt'>>;

export function returnRequestsIn(events: readonly Pick<TicketEventEntity, 'type' | 'assignmentId' | 'note' | 'occurredAt'>[]): ReturnRequests {
  const latest = new Map<number, Pick<TicketEventEntity, 'note' | 'occurredAt'>>();
  for (const event of events) if (event.type === 'return_requested' && event.assignmentId !== null) latest.set(event.assignmentId, event);
  return latest;
}

const returnRequestView = (assignment: AssignmentEntity, returnRequests: ReturnRequests) => {
  const request = assignment.status === 'return_requested' ? returnRequests.get(assignment.id) : undefined;
  return request ? { reason: request.note, requestedAt: request.occurredAt } : null;
};

export const assignmentView = (assignment: AssignmentEntity, names: Names, returnRequests: ReturnRequests) => ({
  id: assignment.id,
  unitId: assignment.unitId,
  unitName: names.units.get(assignment.unitId) ?? null,
  role: assignment.role,
  status: assignment.status,
  parentId: assignment.parentId,
  redo: assignment.redo,
  dispatchedAt: assignment.dispatchedAt,
  signDueAt: assignment.signDueAt,
  replyDueAt: assignment.replyDueAt,
  returnWindowEndsAt: assignment.returnWindowEndsAt,
  signedAt: assignment.signedAt,
  repliedAt: assignment.repliedAt,
  warningLevel: assignment.warningLevel,
  overdue: assignment.overdue,
  extensionDays: assignment.extensionDays,
  extensionRequest:
    assignment.extensionRequestDays === null
      ? null
      : { days: assignment.extensionRequestDays, reason: assignment.extensionRequestReason, requestedAt: assignment.extensionRequestedAt },
  returnRequest: returnRequestView(assignment, returnRequests),
  reply: assignment.replyContent === null ? null : { content: assignment.replyContent, solved: assignment.replySolved },
});

export const eventView = (event: TicketEventEntity, names: Names) => ({
  id: event.id,
  type: event.type,
  occurredAt: event.occurredAt,
  actor: {
    role: event.actorRole,
    userId: event.actorUserId,
    name: event.actorUserId === null ? null : (names.users.get(event.actorUserId) ?? null),
    unitId: event.actorUnitId,
    unitName: event.actorUnitId === null ? null : (names.units.get(event.actorUnitId) ?? null),
  },
  assignmentId: event.assignmentId,
  fromStatus: event.fromStatus,
  toStatus: event.toStatus,
  note: event.note,
  data: event.data,
});

/** A list's item when the list is asked for assignments: the summary and its units' work, without the timeline. */
export const ticketWithAssignments = (
  ticket: TicketEntity,
  assignments: readonly AssignmentEntity[],
  returnRequests: ReturnRequests,
  names: Names,
  viewer: Viewer,
) => ({
  ...ticketSummary(ticket, viewer),
  assignments: assignments.map((assignment) => assignmentView(assignment, names, returnRequests)),
});

export const ticketDetail = (
  ticket: TicketEntity,
  assignments: readonly AssignmentEntity[],
  events: readonly TicketEventEntity[],
  names: Names,
  viewer: Viewer,
) => ({
  ...ticketWithAssignments(ticket, assignments, returnRequestsIn(events), names, viewer),
  content: ticket.content,
  callId: ticket.callId,
  mergedIntoId: ticket.mergedIntoId,
  timeline: events.map((event) => eventView(event, names)),
});
