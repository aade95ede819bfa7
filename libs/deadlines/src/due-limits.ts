import type { RequestType, Urgency } from '#libs/domain';
import type { Limit } from './limit.js';
import type { DeadlinePolicy } from './policy.js';

/** What of a ticket decides its limits. */
export interface DeadlineFacts {
  readonly requestType: RequestType;
  readonly urgency: Urgency;
  /** 营商环境: an enterprise's request, on the green channel. */
  readonly enterprise: boolean;
  /** A dispatch rule's reply limit for the ticket's category: in place of the request type's, never of an urgent one's. */
  readonly categoryReplyLimit?: Limit;
}

export interface DueLimits {
  readonly sign: Limit;
  readonly reply: Limit;
}

const shortened = (limit: Limit, divisor: number): Limit => ({ ...limit, amount: Math.max(1, Math.ceil(limit.amount / divisor)) });

const replyLimit = ({ replyDue, enterprise }: DeadlinePolicy, facts: DeadlineFacts): Limit => {
  if (facts.urgency !== 'normal') return replyDue[facts.urgency];
  const limit = facts.categoryReplyLimit ?? replyDue.byRequestType[facts.requestType];
  return facts.enterprise ? shortened(limit, enterprise.replyDivisor) : limit;
};

/** The sign and reply limits of one assignment. */
export function dueLimits(policy: DeadlinePolicy, facts: DeadlineFacts): DueLimits {
  return { sign: policy.signDue[facts.urgency], reply: replyLimit(policy, facts) };
}
