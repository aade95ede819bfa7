import { describe, expect, it } from '@jest/globals';
import { CHANNELS, REQUEST_TYPES, URGENCIES } from '#libs/domain';
import fc from 'fast-check';
import { compileRules } from './compile.js';
import type { DispatchRule, RuleAction, RuleConditions, TicketFacts } from './rule.js';
import { scanRules } from './scan.js';

// Small alphabets, so that prefixes nest and collide and most tickets meet several candidates.
const CATEGORY_PREFIXES = ['01', '0101', '010101', '010102', '0102', '010201', '02', '0201', '020101'];
const CATEGORY_CODES = ['010101', '010102', '010201', '020101', '0101', '01', '03'];
const REGION_PREFIXES = ['379901', '379901001', '379901001001', '379901001002', '379901002', '379902', '379902001'];
const REGION_CODES = ['379901001001', '379901001002', '379901002001', '379902001001', '379901001', '379901', '379903'];
const KEYWORDS = ['噪音', '漏水', '燃气泄漏', '施工'];

const ACTIONS: RuleAction[] = [
  { type: 'dispatch', unitCode: 'D-HOUSING' },
  { type: 'dispatch-by-region', tier: 'street' },
  { type: 'manual', reason: '人工' },
  { type: 'transfer', to: '119' },
];

const someOf = <T>(values: readonly T[]) => fc.subarray([...values], { minLength: 1 });

const conditions: fc.Arbitrary<RuleConditions> = fc.record(
  {
    categoryPrefix: fc.constantFrom(...CATEGORY_PREFIXES),
    regionPrefix: fc.constantFrom(...REGION_PREFIXES),
    requestTypes: someOf(REQUEST_TYPES),
    channels: someOf(CHANNELS),
    urgencies: someOf(URGENCIES),
    enterprise: fc.boolean(),
    keywords: someOf(KEYWORDS),
  },
  { requiredKeys: [] },
);

const rule: fc.Arbitrary<DispatchRule> = fc.record({
  id: fc.integer({ min: 1, max: 1000 }),
  name: fc.constant('规则'),
  priority: fc.integer({ min: 0, max: 3 }),
  // Mostly enabled, so that disabled rules hide among live ones rather than empty the set.
  enabled: fc.oneof({ arbitrary: fc.constant(true), weight: 6 }, { arbitrary: fc.constant(false), weight: 1 }),
  conditions,
  action: fc.constantFrom(...ACTIONS),
});

const ticket: fc.Arbitrary<TicketFacts> = fc.record({
  categoryCode: fc.constantFrom(...CATEGORY_CODES),
  regionCode: fc.constantFrom(...REGION_CODES),
  requestType: fc.constantFrom(...REQUEST_TYPES),
  channel: fc.constantFrom(...CHANNELS),
  urgency: fc.constantFrom(...URGENCIES),
  enterprise: fc.boolean(),
  text: fc.subarray(KEYWORDS).map((words) => `市民反映${words.join('，')}问题`),
});

describe('the compiled index against the reference scan', () => {
  it('decides every ticket exactly as the scan does, explanation included', () => {
    fc.assert(
      fc.property(fc.uniqueArray(rule, { selector: (r) => r.id, maxLength: 60 }), fc.array(ticket, { minLength: 1, maxLength: 10 }), (rules, tickets) => {
        const compiled = compileRules(rules);
        for (const facts of tickets) expect(compiled.decide(facts)).toEqual(scanRules(rules, facts));
      }),
      { numRuns: 500 },
    );
  });
});
