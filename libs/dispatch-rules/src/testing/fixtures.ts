import type { DispatchRule, RuleAction, RuleConditions, TicketFacts } from '../rule.js';

export const STREET_OFFICE: RuleAction = { type: 'dispatch-by-region', tier: 'street' };

export const rule = (id: number, conditions: RuleConditions, more: Partial<DispatchRule> = {}): DispatchRule => ({
  id,
  name: `规则${id}`,
  priority: 0,
  enabled: true,
  conditions,
  action: STREET_OFFICE,
  ...more,
});

/** 噪音扰民 reported by phone from 望海社区, 海滨街道, 海川区. */
export const facts = (more: Partial<TicketFacts> = {}): TicketFacts => ({
  categoryCode: '010101',
  regionCode: '379901001001',
  requestType: 'complaint',
  channel: 'phone',
  urgency: 'normal',
  enterprise: false,
  text: '楼上深夜噪音扰民，多次沟通无果',
  ...more,
});
