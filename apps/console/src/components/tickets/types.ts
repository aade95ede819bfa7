/** The ticket API's shapes (apps/routing/src/tickets/ticket-view.ts) and its pushes (libs/realtime/src/pushes.ts). */

import { OPEN_ASSIGNMENT_STATUSES, RUNNING_ASSIGNMENT_STATUSES, type AssignmentStatus, type WarningLevel } from '@server/domain/src/statuses';
import type { Urgency } from '@server/domain/src/vocabulary';

export type { AssignmentStatus, Urgency, WarningLevel };

export interface TicketSummary {
  id: number;
  number: string;
  status: string;
  channel: string;
  requestType: string;
  urgency: Urgency;
  categoryCode: string;
  regionCode: string;
  address: string;
  title: string;
  citizen: { name: string | null; phone: string | null };
  confidential: boolean;
  enterprise: boolean;
  createdAt: string;
  dispatchDueAt: string | null;
  closedAt: string | null;
  failedDispatchRounds: number;
  version: number;
}

export interface Assignment {
  id: number;
  unitId: number;
  unitName: string | null;
  role: 'primary' | 'assist';
  status: AssignmentStatus;
  parentId: number | null;
  redo: boolean;
  dispatchedAt: string;
  signDueAt: string;
  replyDueAt: string;
  returnWindowEndsAt: string | null;
  signedAt: string | null;
  repliedAt: string | null;
  warningLevel: WarningLevel;
  overdue: boolean;
  extensionDays: number;
  extensionRequest: { days: number; reason: string; requestedAt: string } | null;
  /** A pending 退单 request's reason (`[code] text`) and time. */
  returnRequest: { reason: string; requestedAt: string } | null;
  reply: { content: string; solved: boolean } | null;
}

export interface TimelineEvent {
  id: number;
  type: string;
  occurredAt: string;
  actor: { role: string; userId: number | null; name: string | null; unitId: number | null; unitName: string | null };
  assignmentId: number | null;
  /** Null for the ticket's first event, its registration. */
  fromStatus: string | null;
  toStatus: string;
  note: string | null;
  data: Record<string, unknown> | null;
}

/** A list's item when asked `withAssignments`, and the core of the detail. */
export interface TicketWithAssignments extends TicketSummary {
  assignments: Assignment[];
}

export interface TicketDetail extends TicketWithAssignments {
  content: string;
  callId: string | null;
  mergedIntoId: number | null;
  timeline: TimelineEvent[];
}

export interface TicketPage<Item extends TicketSummary = TicketSummary> {
  total: number;
  page: number;
  pageSize: number;
  items: Item[];
}

// The pushes as the server types them (type-only: erased from the bundle).
export type { Caseload, CentrePool, Snapshot, TicketPush } from '@server/realtime/src/pushes';

/** Statuses in which an assignment's clock runs, and those in which it still has work (the domain's). */
export const RUNNING = RUNNING_ASSIGNMENT_STATUSES;
export const OPEN = OPEN_ASSIGNMENT_STATUSES;

/** The primary at the top of the tree, the latest one: its work moves the ticket. */
export const leadOf = (ticket: { assignments: Assignment[] }): Assignment | undefined =>
  ticket.assignments.filter((a) => a.role === 'primary' && a.parentId === null).at(-1);

/** A unit's part of the ticket: its open assignment, else its latest. */
export const ownOf = (ticket: { assignments: Assignment[] }, unitId: number | null | undefined): Assignment | undefined => {
  const mine = ticket.assignments.filter((a) => a.unitId === unitId);
  return mine.find((a) => OPEN.includes(a.status)) ?? mine.at(-1);
};
