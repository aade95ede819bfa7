import { naturalHours, naturalMinutes, workingDays, type DeadlinePolicy } from '#libs/deadlines';

/** The default profile: DOMAIN.md's table, with Guangdong's reply limits in working days. */
export const guangdong: DeadlinePolicy = {
  name: 'guangdong',
  dispatchDue: { critical: naturalHours(1), urgent: naturalHours(2), normal: naturalHours(24) },
  signDue: { critical: naturalMinutes(15), urgent: naturalMinutes(30), normal: workingDays(1) },
  replyDue: {
    byRequestType: {
      consult: workingDays(2),
      help: workingDays(10),
      suggestion: workingDays(10),
      complaint: workingDays(15),
      report: workingDays(15),
      // Praise asks for no action: passing it on to the praised unit and saying so takes as long as a consultation.
      praise: workingDays(2),
    },
    urgent: naturalHours(24),
    critical: naturalHours(2),
  },
  // Halved: a complaint gets 8 working days instead of 15, a consultation 1 instead of 2.
  enterprise: { replyDivisor: 2 },
  returnWindow: workingDays(1),
  complexReturnWindow: workingDays(2),
  extensionCapWorkingDays: 10,
  warning: { fractionUsed: 0.75, remaining: workingDays(1) },
  redoReply: workingDays(5),
  callbackDue: workingDays(2),
  callbackAttempts: 3,
  callbackRetryGap: naturalHours(2),
  supervisionDue: workingDays(3),
  escalation: [
    // Yellow: the unit is warned and urged at once.
    { name: 'warn', offset: { from: 'warning' }, criterion: 'unreplied', actions: ['notify', 'urge'] },
    { name: 'overdue', offset: { from: 'due', after: workingDays(0) }, criterion: 'unreplied', actions: ['notify', 'raise_priority'] },
    { name: 'urging_notice', offset: { from: 'due', after: workingDays(1) }, criterion: 'unreplied', actions: ['issue_urging_notice'] },
    { name: 'supervise', offset: { from: 'due', after: workingDays(2) }, criterion: 'unreplied', actions: ['open_supervision', 'notify'] },
    { name: 'publicise', offset: { from: 'due', after: workingDays(5) }, criterion: 'unreplied', actions: ['mark_for_publicising'] },
  ],
};
