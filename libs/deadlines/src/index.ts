export { dueLimits, type DeadlineFacts, type DueLimits } from './due-limits.js';
export { assignmentDueTimes, dispatchDueAt, extendedReplyDueAt, redoDueTimes, supervisedRedoDueTimes, supervisionDueAt, type AssignmentDueTimes } from './due-times.js';
export {
  ESCALATION_ACTIONS,
  ESCALATION_CRITERIA,
  type EscalationAction,
  type EscalationCriterion,
  type EscalationOffset,
  type EscalationStep,
} from './escalation.js';
export { escalationSchedule, type ScheduledStep } from './escalation-schedule.js';
export { LIMIT_UNITS, addLimit, naturalDays, naturalHours, naturalMinutes, naturalSeconds, workingDays, workingHours, type Limit, type LimitUnit } from './limit.js';
export type { DeadlinePolicy, EnterpriseRule, ReplyLimits } from './policy.js';
export { flagsAfterStep, warningAt } from './warning.js';
export {
  SIGN_DUE,
  SIGN_DUE_ACTIONS,
  assignmentTimerKinds,
  assignmentTimers,
  earlierTimerIds,
  ownerOfTimer,
  pendingTimer,
  stepOfTimer,
  subjectKey,
  ticketTimerKinds,
  ticketTimers,
  timerAfter,
  timerId,
  firedKeyOf,
  type AssignmentClock,
  type TicketClock,
  type Timer,
  type TimerSubject,
} from './timers.js';
