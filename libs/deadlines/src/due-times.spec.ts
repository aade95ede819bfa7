import { describe, expect, it } from '@jest/globals';
import { POLICIES } from '#config/policies';
import type { RequestType, Urgency } from '#libs/domain';
import { CALENDAR_2026, shanghai } from '../../calendar/src/testing/calendar-2026.js';
import { assignmentDueTimes, dispatchDueAt, extendedReplyDueAt, redoDueTimes, supervisedRedoDueTimes, supervisionDueAt } from './due-times.js';
import { naturalHours, workingDays } from './limit.js';
import type { DeadlinePolicy } from './policy.js';

const { guangdong, beijing } = POLICIES;

interface AssignmentRow {
  readonly why: string;
  readonly policy?: DeadlinePolicy;
  readonly requestType: RequestType;
  readonly urgency?: Urgency;
  readonly enterprise?: boolean;
  readonly complex?: boolean;
  readonly dispatchedAt: string;
  readonly sign: string;
  readonly reply: string;
  readonly returnWindow: string;
}

describe('assignmentDueTimes on the 2026 calendar', () => {
  it.each<AssignmentRow>([
    { why: 'a complaint dispatched before the Spring Festival', requestType: 'complaint', dispatchedAt: '2026-02-13 16:00', sign: '2026-02-14 24:00', reply: '2026-03-12 24:00', returnWindow: '2026-02-14 24:00' },
    { why: 'the same, marked complex: 2 working days to return it', requestType: 'complaint', complex: true, dispatchedAt: '2026-02-13 16:00', sign: '2026-02-14 24:00', reply: '2026-03-12 24:00', returnWindow: '2026-02-24 24:00' },
    { why: 'a consultation on a Friday afternoon', requestType: 'consult', dispatchedAt: '2026-01-09 15:30', sign: '2026-01-12 24:00', reply: '2026-01-13 24:00', returnWindow: '2026-01-12 24:00' },
    { why: 'praise', requestType: 'praise', dispatchedAt: '2026-01-09 15:30', sign: '2026-01-12 24:00', reply: '2026-01-13 24:00', returnWindow: '2026-01-12 24:00' },
    { why: 'a suggestion across National Day', requestType: 'suggestion', dispatchedAt: '2026-09-30 10:00', sign: '2026-10-08 24:00', reply: '2026-10-20 24:00', returnWindow: '2026-10-08 24:00' },
    { why: 'an enterprise complaint: 8 working days', requestType: 'complaint', enterprise: true, dispatchedAt: '2026-01-09 15:30', sign: '2026-01-12 24:00', reply: '2026-01-21 24:00', returnWindow: '2026-01-12 24:00' },
    { why: 'urgent help on a Saturday night: natural time', requestType: 'help', urgency: 'urgent', dispatchedAt: '2026-01-10 22:00', sign: '2026-01-10 22:30', reply: '2026-01-11 22:00', returnWindow: '2026-01-12 24:00' },
    { why: 'a critical complaint in the Spring Festival', requestType: 'complaint', urgency: 'critical', dispatchedAt: '2026-02-16 23:50', sign: '2026-02-17 00:05', reply: '2026-02-17 01:50', returnWindow: '2026-02-24 24:00' },
    { why: 'Beijing: a consultation, 7 natural days', policy: beijing, requestType: 'consult', dispatchedAt: '2026-02-13 16:00', sign: '2026-02-14 24:00', reply: '2026-02-20 24:00', returnWindow: '2026-02-14 24:00' },
    { why: 'Beijing: a complaint, 15 natural days', policy: beijing, requestType: 'complaint', dispatchedAt: '2026-02-13 16:00', sign: '2026-02-14 24:00', reply: '2026-02-28 24:00', returnWindow: '2026-02-14 24:00' },
    { why: 'Beijing: an enterprise complaint, 8 natural days', policy: beijing, requestType: 'complaint', enterprise: true, dispatchedAt: '2026-02-13 16:00', sign: '2026-02-14 24:00', reply: '2026-02-21 24:00', returnWindow: '2026-02-14 24:00' },
  ])('$why', ({ policy = guangdong, requestType, urgency = 'normal', enterprise = false, complex, dispatchedAt, sign, reply, returnWindow }) => {
    expect(assignmentDueTimes(policy, CALENDAR_2026, { requestType, urgency, enterprise }, shanghai(dispatchedAt), { complex })).toEqual({
      signDueAt: shanghai(sign),
      replyDueAt: shanghai(reply),
      returnWindowEndsAt: shanghai(returnWindow),
    });
  });
});

describe('dispatchDueAt: natural hours from registration', () => {
  it.each<[Urgency, string, string]>([
    ['normal', '2026-01-09 15:30', '2026-01-10 15:30'],
    ['urgent', '2026-01-12 23:00', '2026-01-13 01:00'],
    ['critical', '2026-02-16 23:30', '2026-02-17 00:30'],
  ])('%s, registered %s → %s', (urgency, registeredAt, due) => {
    expect(dispatchDueAt(guangdong, CALENDAR_2026, urgency, shanghai(registeredAt))).toEqual(shanghai(due));
  });
});

describe('redoDueTimes (重办)', () => {
  it('gives the unit 5 working days, across Labour Day and its make-up Saturday', () => {
    expect(redoDueTimes(guangdong, CALENDAR_2026, shanghai('2026-04-30 10:00'))).toEqual({
      signDueAt: shanghai('2026-05-06 24:00'),
      replyDueAt: shanghai('2026-05-11 24:00'),
    });
  });
});

describe('supervisedRedoDueTimes (督办重办): one due for the unit', () => {
  it("owes the reply by the order's 3 working days, before the redo's 5", () => {
    expect(supervisedRedoDueTimes(guangdong, CALENDAR_2026, shanghai('2026-03-03 10:00'))).toEqual({
      signDueAt: shanghai('2026-03-04 24:00'),
      replyDueAt: shanghai('2026-03-06 24:00'),
      supervisionDueAt: shanghai('2026-03-06 24:00'),
    });
  });

  it('keeps the redo limit when it is the sooner, and the sign-due within the reply-due', () => {
    const policy = { ...guangdong, redoReply: naturalHours(2), supervisionDue: workingDays(3) };
    expect(supervisedRedoDueTimes(policy, CALENDAR_2026, shanghai('2026-03-03 10:00'))).toEqual({
      signDueAt: shanghai('2026-03-03 12:00'),
      replyDueAt: shanghai('2026-03-03 12:00'),
      supervisionDueAt: shanghai('2026-03-06 24:00'),
    });
  });
});

describe('extendedReplyDueAt (延期): counted on from the old due', () => {
  it.each([
    { why: 'onto the make-up Saturday', due: '2026-02-13 24:00', days: 1, extended: '2026-02-14 24:00' },
    { why: 'over the Spring Festival', due: '2026-02-14 24:00', days: 1, extended: '2026-02-24 24:00' },
    { why: 'the whole cap of 10', due: '2026-03-12 24:00', days: 10, extended: '2026-03-26 24:00' },
    { why: 'from a due in the middle of a day', due: '2026-01-14 14:00', days: 1, extended: '2026-01-15 24:00' },
  ])('$why', ({ due, days, extended }) => {
    expect(extendedReplyDueAt(CALENDAR_2026, shanghai(due), days)).toEqual(shanghai(extended));
  });

  it.each([0, -1, 1.5])('refuses %s working days', (days) => {
    expect(() => extendedReplyDueAt(CALENDAR_2026, shanghai('2026-02-13 24:00'), days)).toThrow(RangeError);
  });
});

describe('supervisionDueAt (督办): 3 working days from the order', () => {
  it.each([
    { why: 'on a Tuesday', orderedAt: '2026-03-03 10:00', due: '2026-03-06 24:00' },
    { why: 'on a Friday: over the weekend', orderedAt: '2026-03-06 16:00', due: '2026-03-11 24:00' },
    { why: 'before the Spring Festival: the make-up Saturday counts, the holiday does not', orderedAt: '2026-02-13 16:00', due: '2026-02-25 24:00' },
  ])('$why', ({ orderedAt, due }) => {
    expect(supervisionDueAt(guangdong, CALENDAR_2026, shanghai(orderedAt))).toEqual(shanghai(due));
  });
});
