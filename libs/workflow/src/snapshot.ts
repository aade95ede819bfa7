import type { Assignment, Tier, TicketSnapshot } from '#libs/domain';
import type { AssignmentEntity, TicketEntity } from '#libs/persistence';

/** An assignment row with the tier of its unit, as the state machine wants it. */
export type AssignmentRow = AssignmentEntity & { unitTier: Tier };

export const toAssignment = (row: AssignmentRow): Assignment => ({
  id: row.id,
  unitId: row.unitId,
  unitTier: row.unitTier,
  role: row.role,
  status: row.status,
  parentId: row.parentId,
  redo: row.redo,
  dispatchedAt: row.dispatchedAt,
  signedAt: row.signedAt,
  repliedAt: row.repliedAt,
  signDueAt: row.signDueAt,
  replyDueAt: row.replyDueAt,
  returnWindowEndsAt: row.returnWindowEndsAt,
  extensionDays: row.extensionDays,
  extensionRequest:
    row.extensionRequestDays === null
      ? null
      : { days: row.extensionRequestDays, reason: row.extensionRequestReason ?? '', requestedAt: row.extensionRequestedAt! },
  reply: row.replyContent === null ? null : { text: row.replyContent, solved: row.replySolved ?? false },
});

export const toSnapshot = (ticket: TicketEntity, departmentDuty: boolean, assignments: readonly AssignmentRow[]): TicketSnapshot => ({
  status: ticket.status,
  version: ticket.version,
  departmentDuty,
  failedDispatchRounds: ticket.dispatchRounds,
  assignments: assignments.map(toAssignment),
});

/** The assignment columns a decision may set; `ticketId`, ids and bookkeeping are the store's. */
export const assignmentColumns = (assignment: Assignment) => ({
  unitId: assignment.unitId,
  role: assignment.role,
  status: assignment.status,
  parentId: assignment.parentId,
  redo: assignment.redo,
  dispatchedAt: assignment.dispatchedAt,
  signedAt: assignment.signedAt,
  repliedAt: assignment.repliedAt,
  signDueAt: assignment.signDueAt,
  replyDueAt: assignment.replyDueAt,
  returnWindowEndsAt: assignment.returnWindowEndsAt,
  extensionDays: assignment.extensionDays,
  extensionRequestDays: assignment.extensionRequest?.days ?? null,
  extensionRequestReason: assignment.extensionRequest?.reason ?? null,
  extensionRequestedAt: assignment.extensionRequest?.requestedAt ?? null,
  replyContent: assignment.reply?.text ?? null,
  replySolved: assignment.reply?.solved ?? null,
});
