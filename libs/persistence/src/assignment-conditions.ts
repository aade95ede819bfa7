import { RUNNING_ASSIGNMENT_STATUSES } from '#libs/domain';

/** A condition on an assignment aliased `a`, with TypeORM's named parameters. */
export interface AssignmentCondition {
  readonly where: string;
  readonly parameters: Record<string, unknown>;
}

/**
 * Assignments whose request awaits the centre's decision. A pending 延期 is a flag on a running
 * assignment (`idx_assignments_extension_request` finds them); a 退单 request is the assignment's
 * status, the primary's or an assist's (which leaves the ticket's status as it was). The pool's tiles
 * count, and its lists show, the tickets that have one.
 */
export const AWAITING_DECISION = {
  extension: { where: 'a.extension_request_days IS NOT NULL AND a.status IN (:...awaitingRunning)', parameters: { awaitingRunning: RUNNING_ASSIGNMENT_STATUSES } },
  return: { where: "a.status = 'return_requested'", parameters: {} },
} as const satisfies Record<string, AssignmentCondition>;

export type AwaitingDecision = keyof typeof AWAITING_DECISION;

/** Assignments still owing their reply past its due at `now` (超时). */
export const overdueAt = (now: Date): AssignmentCondition => ({
  where: 'a.status IN (:...overdueRunning) AND a.reply_due_at < :overdueNow',
  parameters: { overdueRunning: RUNNING_ASSIGNMENT_STATUSES, overdueNow: now },
});
