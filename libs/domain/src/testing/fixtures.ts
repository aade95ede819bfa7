// Test data for the workflow specs (not exported from the library).
import type { Actor, ActorRole } from '../actor.js';
import type { DispatchTarget, UnitTarget } from '../commands.js';
import type { CallbackResult } from '../outcomes.js';
import { UNIT_ROLES } from '../roles.js';
import type { AssignmentStatus, TicketStatus } from '../statuses.js';
import type { Assignment, TicketSnapshot } from '../ticket.js';
import type { Tier } from '../vocabulary.js';
import type { Decision } from '../workflow.js';

/** Monday 2 March 2026, 10:00 in Asia/Shanghai. */
export const NOW = new Date('2026-03-02T02:00:00.000Z');
export const hoursFromNow = (hours: number): Date => new Date(NOW.getTime() + hours * 3_600_000);

export const LEAD_UNIT = 100; // a district unit, primary in the fixtures
export const ASSIST_UNIT = 200;
export const OTHER_UNIT = 300;
export const STREET_UNIT = 101; // below LEAD_UNIT

export const actor = (role: ActorRole, unitId = LEAD_UNIT): Actor =>
  (UNIT_ROLES as readonly ActorRole[]).includes(role) ? { role, userId: 9, unitId } : { role, userId: 9 };

/** The primary assignment (id 1) of LEAD_UNIT, handling, with room left in every window. */
export const assignment = (overrides: Partial<Assignment> = {}): Assignment => ({
  id: 1,
  unitId: LEAD_UNIT,
  unitTier: 'district',
  role: 'primary',
  status: 'handling',
  parentId: null,
  redo: false,
  dispatchedAt: hoursFromNow(-2),
  signedAt: null,
  repliedAt: null,
  signDueAt: hoursFromNow(22),
  replyDueAt: hoursFromNow(240),
  returnWindowEndsAt: hoursFromNow(22),
  extensionDays: 0,
  extensionRequest: null,
  reply: null,
  ...overrides,
});

export const ticket = (status: TicketStatus, assignments: readonly Assignment[] = [], overrides: Partial<TicketSnapshot> = {}): TicketSnapshot => ({
  status,
  version: 7,
  departmentDuty: false,
  failedDispatchRounds: 0,
  assignments,
  ...overrides,
});

/** The primary's status in a consistent ticket of each state (none: the state has no assignment). */
const LEAD_STATUS: Partial<Record<TicketStatus, AssignmentStatus>> = {
  pending_dispatch: 'returned',
  dispatched: 'dispatched',
  handling: 'handling',
  return_requested: 'return_requested',
  replied: 'replied',
  callback_pending: 'replied',
  reopened: 'closed',
  closed: 'closed',
};

/** A consistent ticket in the given state, with its primary (id 1, LEAD_UNIT) where the state has one. */
export const ticketIn = (status: TicketStatus): TicketSnapshot => {
  const leadStatus = LEAD_STATUS[status];
  return ticket(status, leadStatus === undefined ? [] : [assignment({ status: leadStatus })], {
    failedDispatchRounds: status === 'pending_dispatch' ? 1 : 0,
  });
};

export const unitTarget = (unitId: number, unitTier: Tier, overrides: Partial<UnitTarget> = {}): UnitTarget => ({
  unitId,
  unitTier,
  signDueAt: hoursFromNow(24),
  replyDueAt: hoursFromNow(200),
  ...overrides,
});

export const dispatchTarget = (unitId: number, unitTier: Tier): DispatchTarget => ({
  ...unitTarget(unitId, unitTier),
  returnWindowEndsAt: hoursFromNow(24),
});

export const SATISFIED: CallbackResult = { reached: true, solved: 'solved', satisfaction: 'satisfied' };
export const DISSATISFIED_UNSOLVED: CallbackResult = { reached: true, solved: 'not_solved', satisfaction: 'dissatisfied' };

/** What the persistence layer does: give new assignments the next ids. */
export const store = (snapshot: TicketSnapshot): TicketSnapshot => {
  let lastId = Math.max(0, ...snapshot.assignments.map((a) => a.id ?? 0));
  return { ...snapshot, assignments: snapshot.assignments.map((a) => (a.id === null ? { ...a, id: ++lastId } : a)) };
};

/** The accepted decision, or an error naming the refusal (so a test fails with the reason). */
export const accepted = (decision: Decision): Extract<Decision, { ok: true }> => {
  if (!decision.ok) throw new Error(`refused: ${decision.error.code}: ${decision.error.message}`);
  return decision;
};

/** The refusal's code, or 'accepted'. */
export const outcome = (decision: Decision): string => (decision.ok ? 'accepted' : decision.error.code);
