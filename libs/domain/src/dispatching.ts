import { findOwnAssignment, latestLead, newAssignment, requireAssignmentStatus, requireUnitFree } from './assignments.js';
import type { DispatchCommand, ReopenCommand, SubDispatchCommand } from './commands.js';
import { refuse } from './errors.js';
import type { DomainEvent } from './events.js';
import { isDesignationRequired, requireInsideParent, requireTierAllowed } from './placement.js';
import { supervisionEvent } from './pressing.js';
import { advance, eventAssignment, requireText, stamp, type Handler } from './transition.js';

/**
 * 派单: one primary and any assists. The rules engine (`system`) dispatches only fresh tickets:
 * the manual pool and designation are the centre's people's work.
 */
export const dispatch: Handler<DispatchCommand> = (ticket, command, context) => {
  const designated = command.designated === true;
  if (context.actor.role === 'system' && (ticket.status === 'pending_dispatch' || designated)) {
    refuse('forbidden_role', 'only the centre dispatches from the manual pool or designates a unit');
  }
  if (!designated && isDesignationRequired(ticket, context.policy)) {
    refuse('designation_required', `after ${ticket.failedDispatchRounds} failed rounds the centre must designate the unit`);
  }
  const targets = [command.primary, ...(command.assists ?? [])];
  targets.forEach((target, index) => {
    requireTierAllowed(ticket, target);
    if (targets.findIndex((other) => other.unitId === target.unitId) !== index) {
      refuse('duplicate_unit', `unit ${target.unitId} is named twice`);
    }
  });
  const created = targets.map((target, index) =>
    newAssignment(context.now, {
      unitId: target.unitId,
      unitTier: target.unitTier,
      role: index === 0 ? 'primary' : 'assist',
      parentId: null,
      redo: false,
      signDueAt: target.signDueAt,
      replyDueAt: target.replyDueAt,
      returnWindowEndsAt: index === 0 && designated ? null : target.returnWindowEndsAt,
    }),
  );
  const mode = context.actor.role === 'system' ? 'rule' : 'manual';
  return {
    next: advance(ticket, { status: 'dispatched', assignments: [...ticket.assignments, ...created] }),
    events: created.map(
      (assignment): DomainEvent => ({
        ...stamp(context, ticket.status, 'dispatched'),
        type: 'dispatched',
        assignment: eventAssignment(assignment),
        note: command.note,
        data: { role: assignment.role, mode, designated: assignment.role === 'primary' && designated },
      }),
    ),
  };
};

/** 二级派单: a unit passes its part down to a unit below it; the child answers to the parent. */
export const subDispatch: Handler<SubDispatchCommand> = (ticket, command, context) => {
  const parent = findOwnAssignment(ticket, command.parentAssignmentId, context.actor);
  requireAssignmentStatus(parent, ['handling'], 'sub-dispatch');
  const { child } = command;
  if (!command.childIsBelowParent) refuse('unit_not_below', `unit ${child.unitId} is not below unit ${parent.unitId}`);
  requireTierAllowed(ticket, child);
  requireUnitFree(ticket, child.unitId);
  requireInsideParent(parent, [child.signDueAt, child.replyDueAt]);
  const created = newAssignment(context.now, {
    unitId: child.unitId,
    unitTier: child.unitTier,
    role: parent.role,
    parentId: command.parentAssignmentId,
    redo: parent.redo,
    signDueAt: child.signDueAt,
    replyDueAt: child.replyDueAt,
    returnWindowEndsAt: null,
  });
  return {
    next: advance(ticket, { assignments: [...ticket.assignments, created] }),
    events: [
      {
        ...stamp(context, ticket.status, ticket.status),
        type: 'sub_dispatched',
        assignment: eventAssignment(created),
        note: command.note,
        data: { parentAssignmentId: command.parentAssignmentId },
      },
    ],
  };
};

/** 重办: back to the last primary's unit with new deadlines; the unit cannot return it this time. */
export const reopen: Handler<ReopenCommand> = (ticket, command, context) => {
  const previous = latestLead(ticket);
  const created = newAssignment(context.now, {
    unitId: previous.unitId,
    unitTier: previous.unitTier,
    role: 'primary',
    parentId: null,
    redo: true,
    signDueAt: command.signDueAt,
    replyDueAt: command.replyDueAt,
    returnWindowEndsAt: null,
  });
  // The centre's supervision order, whose note is required: what the unit is told.
  const order =
    command.supervisionDueAt === undefined ? undefined : { dueAt: command.supervisionDueAt, note: requireText(command.note ?? '', 'the note of the supervision order') };
  return {
    next: advance(ticket, { status: 'dispatched', assignments: [...ticket.assignments, created] }),
    events: [
      {
        ...stamp(context, ticket.status, 'dispatched'),
        type: 'reopened',
        assignment: eventAssignment(created),
        note: order?.note ?? command.note,
        data: { previousAssignmentId: previous.id },
      },
      ...(order ? [supervisionEvent(context, 'dispatched', created, order.note, order.dueAt)] : []),
    ],
  };
};
