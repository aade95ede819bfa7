import type { DispatchDecision } from './decision.js';
import type { RuleAction } from './rule.js';

function describeAction(action: RuleAction): string {
  switch (action.type) {
    case 'dispatch':
      return `dispatch ${action.unitCode}`;
    case 'dispatch-by-region':
      return `dispatch-by-region ${action.tier}`;
    case 'co-dispatch':
      return `co-dispatch ${action.primaryUnitCode} + ${action.assistUnitCodes.join(', ')}`;
    case 'manual':
    case 'direct':
      return `${action.type} (${action.reason})`;
    case 'transfer':
      return `transfer ${action.to}`;
  }
}

/** One line for logs and the console: which rule, what it does, and why it won. */
export function describeDecision(decision: DispatchDecision): string {
  const { candidates, considered, matchedOn } = decision.explanation;
  if (!decision.matched) return `no rule matched; ${considered} of ${candidates} candidates considered`;
  const facts = Object.entries(matchedOn).map(([condition, fact]) => `${condition}=${String(fact)}`);
  const because = facts.length === 0 ? 'matches any ticket' : `matched ${facts.join(' ')}`;
  const { id, name, priority } = decision.rule;
  return `rule #${id} "${name}" (priority ${priority}) → ${describeAction(decision.action)}; ${because}; ${considered} of ${candidates} candidates considered`;
}
