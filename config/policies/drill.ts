import { naturalSeconds, type DeadlinePolicy } from '#libs/deadlines';
import { guangdong } from './guangdong.js';

/**
 * 演练 drill: the default profile's shape with every limit in seconds, for training operators and
 * units on a test system (and for the deadline tests): a whole ladder runs in about a minute.
 * Never for a real city: `DEADLINE_POLICY=drill` is refused in production.
 */
export const drill: DeadlinePolicy = {
  ...guangdong,
  name: 'drill',
  dispatchDue: { critical: naturalSeconds(4), urgent: naturalSeconds(4), normal: naturalSeconds(4) },
  signDue: { critical: naturalSeconds(2), urgent: naturalSeconds(2), normal: naturalSeconds(2) },
  replyDue: {
    byRequestType: {
      consult: naturalSeconds(8),
      help: naturalSeconds(8),
      suggestion: naturalSeconds(8),
      complaint: naturalSeconds(8),
      report: naturalSeconds(8),
      praise: naturalSeconds(8),
    },
    urgent: naturalSeconds(8),
    critical: naturalSeconds(8),
  },
  returnWindow: naturalSeconds(8),
  complexReturnWindow: naturalSeconds(8),
  warning: { fractionUsed: 0.75, remaining: naturalSeconds(1) },
  redoReply: naturalSeconds(8),
  callbackDue: naturalSeconds(8),
  callbackRetryGap: naturalSeconds(2),
  supervisionDue: naturalSeconds(8),
  escalation: [
    { name: 'warn', offset: { from: 'warning' }, criterion: 'unreplied', actions: ['notify', 'urge'] },
    { name: 'overdue', offset: { from: 'due', after: naturalSeconds(0) }, criterion: 'unreplied', actions: ['notify', 'raise_priority'] },
    { name: 'urging_notice', offset: { from: 'due', after: naturalSeconds(2) }, criterion: 'unreplied', actions: ['issue_urging_notice'] },
    { name: 'supervise', offset: { from: 'due', after: naturalSeconds(4) }, criterion: 'unreplied', actions: ['open_supervision', 'notify'] },
    { name: 'publicise', offset: { from: 'due', after: naturalSeconds(10) }, criterion: 'unreplied', actions: ['mark_for_publicising'] },
  ],
};
