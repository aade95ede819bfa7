import { ConflictException } from '@nestjs/common';
import { OPEN_ASSIGNMENT_STATUSES, type Assignment } from '#libs/domain';
import { invalidField } from '#libs/platform';
import type { LoadedTicket } from './ticket-store.js';

/**
 * The assignment a command is about: the one named, or else the only one it can mean (the caller's
 * own open assignment, the one whose return awaits a decision, …); null, as the API allows, means the same
 * as left out. The state machine checks the rest.
 */
export function pickAssignment(loaded: LoadedTicket, named: number | null | undefined, meant: (assignment: Assignment) => boolean, what: string): number {
  if (named !== undefined && named !== null) return named;
  const candidates = loaded.snapshot.assignments.filter(meant);
  if (candidates.length === 1) return candidates[0]!.id!;
  if (candidates.length === 0) throw new ConflictException({ statusCode: 409, error: 'Conflict', code: 'invalid_state', message: `no assignment ${what}` });
  throw invalidField('assignmentId', `assignmentId must name one of ${candidates.map((a) => a.id).join(', ')}`);
}

/** A unit user's own open assignment on the ticket. */
export const ownOpen = (unitId: number | null) => (assignment: Assignment) => assignment.unitId === unitId && OPEN_ASSIGNMENT_STATUSES.includes(assignment.status);
