import { describe, expect, it } from '@jest/globals';
import { ruleProblems } from './problems.js';
import type { DispatchRule, RuleAction, RuleConditions } from './rule.js';

type Draft = Omit<DispatchRule, 'id'>;

const draft = (more: Partial<Draft> = {}): Draft => ({
  name: '噪音扰民属地派单',
  priority: 10,
  enabled: true,
  conditions: { categoryPrefix: '010101', regionPrefix: '379901' },
  action: { type: 'dispatch-by-region', tier: 'street' },
  ...more,
});
const withConditions = (conditions: RuleConditions): Draft => draft({ conditions });
const withAction = (action: RuleAction): Draft => draft({ action });

describe('ruleProblems', () => {
  it.each<[string, Draft]>([
    ['a 属地 rule', draft()],
    ['a rule with every condition', withConditions({
      categoryPrefix: '01',
      regionPrefix: '379901001001',
      requestTypes: ['complaint', 'report'],
      channels: ['phone'],
      urgencies: ['critical'],
      enterprise: true,
      keywords: ['燃气泄漏', '煤气味'],
    })],
    ['a catch-all', draft({ conditions: {}, action: { type: 'manual', reason: '无匹配规则' } })],
    ['a co-dispatch', withAction({ type: 'co-dispatch', primaryUnitCode: 'D-HRSS', assistUnitCodes: ['D-HOUSING', 'D-URBAN'] })],
    ['a transfer', withAction({ type: 'transfer', to: '119' })],
    ['a negative priority', draft({ priority: -5 })],
    ['a reply limit for the matter', withAction({ type: 'dispatch', unitCode: 'U-WATER', replyLimit: { amount: 24, unit: 'natural_hours' } })],
  ])('accepts %s', (_case, rule) => {
    expect(ruleProblems(rule)).toEqual([]);
  });

  it.each<[string, Draft, string]>([
    ['a blank name', draft({ name: '  ' }), 'name'],
    ['a name too long for its column', draft({ name: '派'.repeat(101) }), 'name'],
    ['a fractional priority', draft({ priority: 1.5 }), 'priority'],
    ['a priority beyond an int column', draft({ priority: 2 ** 31 }), 'priority'],
    ['non-digits in the category prefix', withConditions({ categoryPrefix: '01a1' }), 'conditions.categoryPrefix'],
    ['an odd-length category prefix', withConditions({ categoryPrefix: '010' }), 'conditions.categoryPrefix'],
    ['an empty category prefix', withConditions({ categoryPrefix: '' }), 'conditions.categoryPrefix'],
    ['non-digits in the region prefix', withConditions({ regionPrefix: '3799-01' }), 'conditions.regionPrefix'],
    ['a region prefix longer than a community code', withConditions({ regionPrefix: '3799010010010' }), 'conditions.regionPrefix'],
    ['an empty list of request types', withConditions({ requestTypes: [] }), 'conditions.requestTypes'],
    ['an unknown request type', withConditions({ requestTypes: ['complaint', 'rant' as never] }), 'conditions.requestTypes'],
    ['a channel named twice', withConditions({ channels: ['app', 'app'] }), 'conditions.channels'],
    ['an unknown urgency', withConditions({ urgencies: ['soon' as never] }), 'conditions.urgencies'],
    ['an empty keyword, which would match every text', withConditions({ keywords: ['噪音', ''] }), 'conditions.keywords'],
    ['a keyword named twice', withConditions({ keywords: ['噪音', '噪音'] }), 'conditions.keywords'],
    ['a dispatch without a unit', withAction({ type: 'dispatch', unitCode: '' }), 'action.unitCode'],
    ['dispatch by region to the city', withAction({ type: 'dispatch-by-region', tier: 'city' as never }), 'action.tier'],
    ['a co-dispatch without a primary', withAction({ type: 'co-dispatch', primaryUnitCode: ' ', assistUnitCodes: ['D-URBAN'] }), 'action.primaryUnitCode'],
    ['a co-dispatch without assists', withAction({ type: 'co-dispatch', primaryUnitCode: 'D-HRSS', assistUnitCodes: [] }), 'action.assistUnitCodes'],
    ['the primary among the assists', withAction({ type: 'co-dispatch', primaryUnitCode: 'D-HRSS', assistUnitCodes: ['D-HRSS'] }), 'action.assistUnitCodes'],
    ['an assist named twice', withAction({ type: 'co-dispatch', primaryUnitCode: 'D-HRSS', assistUnitCodes: ['D-URBAN', 'D-URBAN'] }), 'action.assistUnitCodes'],
    ['a manual rule without a reason', withAction({ type: 'manual', reason: '' }), 'action.reason'],
    ['a direct answer without a reason', withAction({ type: 'direct', reason: ' ' }), 'action.reason'],
    ['a transfer to an unknown line', withAction({ type: 'transfer', to: '911' as never }), 'action.to'],
    ['an unknown action', withAction({ type: 'forward' } as never), 'action.type'],
    ['a reply limit of no time', withAction({ type: 'manual', reason: '信访', replyLimit: { amount: 0, unit: 'working_days' } }), 'action.replyLimit.amount'],
    ['a reply limit in weeks', withAction({ type: 'manual', reason: '信访', replyLimit: { amount: 2, unit: 'weeks' as never } }), 'action.replyLimit.unit'],
    ['a reply limit as a number', withAction({ type: 'manual', reason: '信访', replyLimit: 5 as never }), 'action.replyLimit'],
    ['a reply limit in seconds (the drill profile’s unit)', withAction({ type: 'manual', reason: '信访', replyLimit: { amount: 30, unit: 'natural_seconds' } }), 'action.replyLimit.unit'],
    ['a reply limit in minutes', withAction({ type: 'manual', reason: '信访', replyLimit: { amount: 1, unit: 'natural_minutes' } }), 'action.replyLimit.unit'],
    ['a reply limit over a year of working days', withAction({ type: 'manual', reason: '信访', replyLimit: { amount: 300, unit: 'working_days' } }), 'action.replyLimit.amount'],
    ['a reply limit with a field of its own', withAction({ type: 'manual', reason: '信访', replyLimit: { amount: 5, unit: 'working_days', extra: 1 } as never }), 'action.replyLimit.extra'],
  ])('names the field of %s', (_case, rule, field) => {
    const problems = ruleProblems(rule);
    expect(problems.map((problem) => problem.field)).toEqual([field]);
    expect(problems[0]!.message).not.toBe('');
  });

  it('reports every problem at once', () => {
    const rule = draft({ name: '', conditions: { regionPrefix: 'x', channels: [] }, action: { type: 'transfer', to: '999' as never } });
    expect(ruleProblems(rule).map((problem) => problem.field)).toEqual(['name', 'conditions.regionPrefix', 'conditions.channels', 'action.to']);
  });
});
