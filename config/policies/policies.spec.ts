import { describe, expect, it } from '@jest/globals';
import { REQUEST_TYPES, URGENCIES } from '#libs/domain';
import {
  ESCALATION_ACTIONS,
  ESCALATION_CRITERIA,
  LIMIT_UNITS,
  assignmentDueTimes,
  escalationSchedule,
  type DeadlinePolicy,
  type Limit,
} from '#libs/deadlines';
import { CALENDAR_2026, shanghai } from '../../libs/calendar/src/testing/calendar-2026.js';
import { DEFAULT_POLICY_NAME, POLICIES } from './index.js';

const limitsOf = (policy: DeadlinePolicy): [string, Limit | undefined][] => [
  ...URGENCIES.map((urgency): [string, Limit] => [`dispatchDue.${urgency}`, policy.dispatchDue[urgency]]),
  ...URGENCIES.map((urgency): [string, Limit] => [`signDue.${urgency}`, policy.signDue[urgency]]),
  ...REQUEST_TYPES.map((type): [string, Limit] => [`replyDue.byRequestType.${type}`, policy.replyDue.byRequestType[type]]),
  ['replyDue.urgent', policy.replyDue.urgent],
  ['replyDue.critical', policy.replyDue.critical],
  ['returnWindow', policy.returnWindow],
  ['complexReturnWindow', policy.complexReturnWindow],
  ['warning.remaining', policy.warning.remaining],
  ['redoReply', policy.redoReply],
  ['callbackDue', policy.callbackDue],
  ['callbackRetryGap', policy.callbackRetryGap],
  ['supervisionDue', policy.supervisionDue],
];

const DAY_UNITS: readonly string[] = ['working_days', 'natural_days'];

/** A known unit and a positive amount, whole where the unit counts days. */
const isValid = (limit: Limit | undefined, least = Number.MIN_VALUE): boolean =>
  limit !== undefined &&
  LIMIT_UNITS.includes(limit.unit) &&
  Number.isFinite(limit.amount) &&
  limit.amount >= least &&
  (!DAY_UNITS.includes(limit.unit) || Number.isInteger(limit.amount));

const isPositiveWhole = (value: number): boolean => Number.isInteger(value) && value > 0;

/** Every combination of facts a ticket can have. */
const ALL_FACTS = REQUEST_TYPES.flatMap((requestType) =>
  URGENCIES.flatMap((urgency) => [false, true].map((enterprise) => ({ requestType, urgency, enterprise }))),
);

it('the default profile is one of the profiles', () => {
  expect(Object.keys(POLICIES)).toContain(DEFAULT_POLICY_NAME);
});

describe.each(Object.entries(POLICIES))('the %s profile', (key, policy) => {
  it('is filed under its own name', () => {
    expect(policy.name).toBe(key);
  });

  it('has a valid limit for every urgency, request type and window', () => {
    expect(limitsOf(policy).filter(([, limit]) => !isValid(limit)).map(([path]) => path)).toEqual([]);
  });

  it('has sensible counts and fractions', () => {
    expect({
      extensionCap: isPositiveWhole(policy.extensionCapWorkingDays),
      callbackAttempts: isPositiveWhole(policy.callbackAttempts),
      enterpriseDivisor: policy.enterprise.replyDivisor >= 1,
      warningFraction: policy.warning.fractionUsed > 0 && policy.warning.fractionUsed < 1,
    }).toEqual({ extensionCap: true, callbackAttempts: true, enterpriseDivisor: true, warningFraction: true });
  });

  it('has an escalation ladder of named steps with known criteria and actions, each at or after the due', () => {
    const { escalation } = policy;
    expect(new Set(escalation.map((step) => step.name)).size).toBe(escalation.length);
    for (const step of escalation) {
      expect({ step: step.name, criterion: ESCALATION_CRITERIA.includes(step.criterion) }).toEqual({ step: step.name, criterion: true });
      expect({ step: step.name, actions: step.actions.length > 0 && step.actions.every((action) => ESCALATION_ACTIONS.includes(action)) }).toEqual({
        step: step.name,
        actions: true,
      });
      if (step.offset.from === 'due') expect({ step: step.name, after: isValid(step.offset.after, 0) }).toEqual({ step: step.name, after: true });
    }
  });

  describe.each(ALL_FACTS)('for a $urgency $requestType (enterprise: $enterprise)', (facts) => {
    const dispatchedAt = shanghai('2026-02-13 16:00');
    const due = assignmentDueTimes(policy, CALENDAR_2026, facts, dispatchedAt);

    it('the unit must sign no later than it must reply, and both after dispatch', () => {
      expect(due.signDueAt > dispatchedAt && due.signDueAt <= due.replyDueAt).toBe(true);
    });

    it('the escalation steps come one after another', () => {
      const times = escalationSchedule(policy, CALENDAR_2026, dispatchedAt, due.replyDueAt).map(({ at }) => at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(new Set(times).size).toBe(times.length);
    });
  });
});

it('the Beijing profile differs from the default only in its reply limits by request type', () => {
  const { beijing, guangdong } = POLICIES;
  const withoutReplies = ({ name: _name, replyDue: { byRequestType: _byType, ...replyDue }, ...rest }: DeadlinePolicy) => ({ ...rest, replyDue });
  expect(withoutReplies(beijing)).toEqual(withoutReplies(guangdong));
  expect(new Set(Object.values(beijing.replyDue.byRequestType).map(({ amount, unit }) => `${amount} ${unit}`))).toEqual(
    new Set(['7 natural_days', '15 natural_days']),
  );
});
