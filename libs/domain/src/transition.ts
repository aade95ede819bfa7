import type { Actor } from './actor.js';
import { refuse } from './errors.js';
import type { DomainEvent, EventAssignment } from './events.js';
import type { WorkflowPolicy } from './policy.js';
import type { TicketStatus } from './statuses.js';
import type { Assignment, TicketSnapshot } from './ticket.js';

/** What every command handler gets besides the ticket and the command. */
export interface Context {
  readonly actor: Actor;
  readonly now: Date;
  readonly policy: WorkflowPolicy;
}

export interface Transition {
  readonly next: TicketSnapshot;
  readonly events: readonly DomainEvent[];
}

/** Handles one command whose role and ticket state have been checked; refuses by throwing WorkflowError. */
export type Handler<C> = (ticket: TicketSnapshot, command: C, context: Context) => Transition;

/** The next snapshot: every accepted command bumps the version. */
export const advance = (ticket: TicketSnapshot, changes: Partial<Omit<TicketSnapshot, 'version'>>): TicketSnapshot => ({
  ...ticket,
  ...changes,
  version: ticket.version + 1,
});

/** The fields every event of this transition shares. */
export const stamp = (context: Context, fromStatus: TicketStatus, toStatus: TicketStatus) => ({
  actor: context.actor,
  occurredAt: context.now,
  fromStatus,
  toStatus,
});

export const eventAssignment = (assignment: Assignment): EventAssignment => ({ id: assignment.id, unitId: assignment.unitId });

/** A required text, trimmed; an empty one is refused. */
export const requireText = (text: string, what: string): string =>
  text.trim() === '' ? refuse('reason_required', `${what} must not be empty`) : text.trim();

/** Whether `now` is still inside a period ending at `end` (the end instant belongs to the period). */
export const notLaterThan = (instant: Date, end: Date): boolean => instant.getTime() <= end.getTime();
