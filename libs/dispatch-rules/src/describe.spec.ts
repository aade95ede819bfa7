import { describe, expect, it } from '@jest/globals';
import type { DispatchDecision } from './decision.js';
import { describeDecision } from './describe.js';
import type { RuleAction } from './rule.js';

const decided = (action: RuleAction, matchedOn: object = { categoryPrefix: '0101', keyword: '噪音' }): DispatchDecision => ({
  matched: true,
  rule: { id: 12, name: '噪音扰民属地', priority: 5 },
  action,
  explanation: { matchedOn, candidates: 7, considered: 2 },
});

describe('describeDecision', () => {
  it.each<[RuleAction, string]>([
    [{ type: 'dispatch', unitCode: 'U-WATER' }, 'dispatch U-WATER'],
    [{ type: 'dispatch-by-region', tier: 'street' }, 'dispatch-by-region street'],
    [{ type: 'co-dispatch', primaryUnitCode: 'D-HRSS', assistUnitCodes: ['D-HOUSING', 'D-URBAN'] }, 'co-dispatch D-HRSS + D-HOUSING, D-URBAN'],
    [{ type: 'manual', reason: '涉稳事项' }, 'manual (涉稳事项)'],
    [{ type: 'direct', reason: '政策咨询' }, 'direct (政策咨询)'],
    [{ type: 'transfer', to: '119' }, 'transfer 119'],
  ])('puts %j on one line', (action, described) => {
    expect(describeDecision(decided(action))).toBe(
      `rule #12 "噪音扰民属地" (priority 5) → ${described}; matched categoryPrefix=0101 keyword=噪音; 2 of 7 candidates considered`,
    );
  });

  it('says when the winner has no conditions', () => {
    expect(describeDecision(decided({ type: 'manual', reason: '兜底' }, {}))).toContain('; matches any ticket;');
  });

  it('describes no match', () => {
    const decision: DispatchDecision = { matched: false, explanation: { matchedOn: {}, candidates: 3, considered: 3 } };
    expect(describeDecision(decision)).toBe('no rule matched; 3 of 3 candidates considered');
  });
});
