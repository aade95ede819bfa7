import type { AssignmentRole, AssignmentStatus, TicketStatus } from './statuses.js';
import type { Tier } from './vocabulary.js';

/** 延期申请: a unit's pending request for more time. */
export interface ExtensionRequest {
  readonly days: number; // working days asked for
  readonly reason: string;
  readonly requestedAt: Date;
}

/** 答复 / 办结反馈: the unit's answer, with whether it says the problem is solved. */
export interface AssignmentReply {
  readonly text: string;
  readonly solved: boolean;
}

/** One unit's part of a ticket (承办). */
export interface Assignment {
  /** Null until stored: the assignment was created by the decision being applied. */
  readonly id: number | null;
  readonly unitId: number;
  readonly unitTier: Tier;
  readonly role: AssignmentRole;
  readonly status: AssignmentStatus;
  /** 二级派单: the assignment this one was sub-dispatched from; its unit is above this one. */
  readonly parentId: number | null;
  /** 重办: created by a reopen after a dissatisfied callback (metrics count redo work apart). */
  readonly redo: boolean;
  readonly dispatchedAt: Date;
  readonly signedAt: Date | null;
  readonly repliedAt: Date | null;
  readonly signDueAt: Date;
  readonly replyDueAt: Date;
  /** Null when the assignment cannot be returned: sub-dispatched, redo, or designated by the centre. */
  readonly returnWindowEndsAt: Date | null;
  /** Working days granted by approved extensions so far. */
  readonly extensionDays: number;
  readonly extensionRequest: ExtensionRequest | null;
  readonly reply: AssignmentReply | null;
}

/**
 * What the workflow needs to know about a ticket. `assignments` holds all of the ticket's
 * assignments, closed and returned ones included (a redo goes to the last primary's unit).
 */
export interface TicketSnapshot {
  readonly status: TicketStatus;
  /** Optimistic lock: the persistence layer writes `next` only `WHERE version = <this version>`. */
  readonly version: number;
  /** The dispatch catalogue marks the category as a functional department's duty (职能部门职责). */
  readonly departmentDuty: boolean;
  /** Dispatch rounds that ended in an approved return of the primary. */
  readonly failedDispatchRounds: number;
  readonly assignments: readonly Assignment[];
}
