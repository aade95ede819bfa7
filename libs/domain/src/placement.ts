import type { UnitTarget } from './commands.js';
import { refuse } from './errors.js';
import { DEFAULT_WORKFLOW_POLICY, type WorkflowPolicy } from './policy.js';
import type { Assignment, TicketSnapshot } from './ticket.js';
import { notLaterThan } from './transition.js';
import type { Tier } from './vocabulary.js';

/** 基层: where a functional department's duty must never be pushed down to (66号). */
const GRASSROOTS_TIERS: readonly Tier[] = ['street', 'community'];

export const requireTierAllowed = (ticket: TicketSnapshot, target: UnitTarget): void => {
  if (ticket.departmentDuty && GRASSROOTS_TIERS.includes(target.unitTier)) {
    refuse('department_duty_to_grassroots', `a functional department's duty cannot go to ${target.unitTier} unit ${target.unitId}`);
  }
};

/** Whether the next dispatch must be the centre's designation (指定派单) rather than a plain dispatch. */
export const isDesignationRequired = (ticket: TicketSnapshot, policy: WorkflowPolicy = DEFAULT_WORKFLOW_POLICY): boolean =>
  ticket.failedDispatchRounds >= policy.failedRoundsBeforeDesignation;

/**
 * A sub-dispatched unit's deadlines fall inside its parent's: none may be later than the parent's
 * reply-due (the parent has signed already, so its sign-due no longer bounds anything).
 */
export const requireInsideParent = (parent: Assignment, dues: readonly Date[]): void => {
  if (!dues.every((due) => notLaterThan(due, parent.replyDueAt))) {
    refuse('child_due_after_parent', `deadlines must not be later than the parent's reply-due ${parent.replyDueAt.toISOString()}`);
  }
};
