/** 工单状态: where a ticket stands in its workflow (DOMAIN.md, "Ticket states"). */
export const TICKET_STATUSES = [
  'registered', // 已登记: taken in, not yet routed
  'pending_dispatch', // 待派单: in the dispatchers' manual pool
  'dispatched', // 已派单: the primary unit has not signed yet
  'handling', // 办理中: the primary unit signed
  'replied', // 已答复: the primary unit replied; the centre reviews the reply (审核)
  'callback_pending', // 待回访: reply approved, waiting for the callback
  'reopened', // 重办: dissatisfied and unsolved at callback, to go back to the same unit
  'return_requested', // 退单申请中: the primary unit asked to return it
  'closed', // 已办结
  'transferred', // 已转接: handed to 110/119/120/122 or another hotline (closed for us)
  'not_accepted', // 不予受理: closed at intake with the basis told
  'merged', // 已并单: a duplicate merged into another ticket
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Waiting for the centre to dispatch it: just registered, or parked in the dispatchers' manual pool. */
export const AWAITING_DISPATCH_TICKET_STATUSES: readonly TicketStatus[] = ['registered', 'pending_dispatch'];

/** Waiting for a person at the centre: to dispatch it, to decide a return, to review a reply, or to send a failed redo back under supervision. */
export const AWAITING_CENTRE_TICKET_STATUSES: readonly TicketStatus[] = [...AWAITING_DISPATCH_TICKET_STATUSES, 'return_requested', 'replied', 'reopened'];

/** Ended for us: closed, transferred to another line, not accepted, or merged into another ticket. */
export const CLOSED_TICKET_STATUSES: readonly TicketStatus[] = ['closed', 'transferred', 'not_accepted', 'merged'];

export const OPEN_TICKET_STATUSES: readonly TicketStatus[] = TICKET_STATUSES.filter((status) => !CLOSED_TICKET_STATUSES.includes(status));

/** 主办 primary leads and replies to the centre; 协办 assist helps and replies to the primary. */
export const ASSIGNMENT_ROLES = ['primary', 'assist'] as const;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

/** Where one unit's part of a ticket stands. */
export const ASSIGNMENT_STATUSES = [
  'dispatched', // 待签收
  'handling', // 办理中
  'return_requested', // 退单申请中
  'replied', // 已答复 (to the centre, or to the primary / parent unit)
  'returned', // 已退单: the centre approved the return
  'closed', // ended with its ticket or its dispatch round
] as const;
export type AssignmentStatus = (typeof ASSIGNMENT_STATUSES)[number];

/**
 * Statuses in which an assignment's clock runs: the unit still owes its reply. A return request does
 * not stop it (不签收不计时 is the abuse to avoid); a replied assignment waits on the centre, not on the unit.
 */
export const RUNNING_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = ['dispatched', 'handling', 'return_requested'];

/** Statuses in which an assignment is still part of the ticket's live work. */
export const OPEN_ASSIGNMENT_STATUSES: readonly AssignmentStatus[] = [...RUNNING_ASSIGNMENT_STATUSES, 'replied'];

/** Late is not a state: an assignment carries a warning level (预警) beside its status. */
export const WARNING_LEVELS = ['none', 'yellow', 'red'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];
