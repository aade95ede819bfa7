import { describe, expect, it } from '@jest/globals';
import { POLICIES } from '#config/policies';
import type { RequestType, Urgency } from '#libs/domain';
import { dueLimits } from './due-limits.js';
import { naturalDays, naturalHours, naturalMinutes, workingDays, type Limit } from './limit.js';
import type { DeadlinePolicy } from './policy.js';

const { guangdong, beijing } = POLICIES;

interface Row {
  readonly why: string;
  readonly policy: DeadlinePolicy;
  readonly requestType: RequestType;
  readonly urgency: Urgency;
  readonly enterprise: boolean;
  readonly categoryReplyLimit?: Limit;
  readonly sign: Limit;
  readonly reply: Limit;
}

describe('dueLimits', () => {
  it.each<Row>([
    { why: 'a consultation', policy: guangdong, requestType: 'consult', urgency: 'normal', enterprise: false, sign: workingDays(1), reply: workingDays(2) },
    { why: 'a complaint', policy: guangdong, requestType: 'complaint', urgency: 'normal', enterprise: false, sign: workingDays(1), reply: workingDays(15) },
    { why: 'an enterprise complaint: halved, rounded up', policy: guangdong, requestType: 'complaint', urgency: 'normal', enterprise: true, sign: workingDays(1), reply: workingDays(8) },
    { why: 'an enterprise request for help: halved', policy: guangdong, requestType: 'help', urgency: 'normal', enterprise: true, sign: workingDays(1), reply: workingDays(5) },
    { why: 'an enterprise consultation', policy: guangdong, requestType: 'consult', urgency: 'normal', enterprise: true, sign: workingDays(1), reply: workingDays(1) },
    { why: 'praise', policy: guangdong, requestType: 'praise', urgency: 'normal', enterprise: false, sign: workingDays(1), reply: workingDays(2) },
    { why: 'an urgent complaint: urgency decides, not the type', policy: guangdong, requestType: 'complaint', urgency: 'urgent', enterprise: false, sign: naturalMinutes(30), reply: naturalHours(24) },
    { why: 'an urgent enterprise complaint: already the shortest', policy: guangdong, requestType: 'complaint', urgency: 'urgent', enterprise: true, sign: naturalMinutes(30), reply: naturalHours(24) },
    { why: 'a critical report', policy: guangdong, requestType: 'report', urgency: 'critical', enterprise: false, sign: naturalMinutes(15), reply: naturalHours(2) },
    { why: 'Beijing: a consultation in natural days', policy: beijing, requestType: 'consult', urgency: 'normal', enterprise: false, sign: workingDays(1), reply: naturalDays(7) },
    { why: 'Beijing: a suggestion in natural days', policy: beijing, requestType: 'suggestion', urgency: 'normal', enterprise: false, sign: workingDays(1), reply: naturalDays(15) },
    { why: 'Beijing: an enterprise complaint', policy: beijing, requestType: 'complaint', urgency: 'normal', enterprise: true, sign: workingDays(1), reply: naturalDays(8) },
    { why: 'Beijing: a critical help', policy: beijing, requestType: 'help', urgency: 'critical', enterprise: false, sign: naturalMinutes(15), reply: naturalHours(2) },
    { why: "a rule's limit for the category replaces the type's", policy: guangdong, requestType: 'complaint', urgency: 'normal', enterprise: false, categoryReplyLimit: naturalHours(24), sign: workingDays(1), reply: naturalHours(24) },
    { why: "a rule's longer limit for a category too", policy: guangdong, requestType: 'consult', urgency: 'normal', enterprise: false, categoryReplyLimit: workingDays(5), sign: workingDays(1), reply: workingDays(5) },
    { why: "the green channel halves a category's limit", policy: guangdong, requestType: 'help', urgency: 'normal', enterprise: true, categoryReplyLimit: workingDays(6), sign: workingDays(1), reply: workingDays(3) },
    { why: "urgency beats a category's limit", policy: guangdong, requestType: 'help', urgency: 'urgent', enterprise: false, categoryReplyLimit: workingDays(6), sign: naturalMinutes(30), reply: naturalHours(24) },
    {
      why: 'a green channel never shortens a limit to nothing',
      policy: { ...guangdong, enterprise: { replyDivisor: 10 } },
      requestType: 'consult',
      urgency: 'normal',
      enterprise: true,
      sign: workingDays(1),
      reply: workingDays(1),
    },
  ])('$why', ({ policy, requestType, urgency, enterprise, categoryReplyLimit, sign, reply }) => {
    expect(dueLimits(policy, { requestType, urgency, enterprise, categoryReplyLimit })).toEqual({ sign, reply });
  });
});
