import { describe, expect, it } from '@jest/globals';
import { compileRules } from './compile.js';
import type { DispatchDecision } from './decision.js';
import type { DispatchRule, RuleConditions, TicketFacts } from './rule.js';
import { scanRules } from './scan.js';
import { facts, rule } from './testing/fixtures.js';

type Evaluate = (rules: readonly DispatchRule[], facts: TicketFacts) => DispatchDecision;

const EVALUATIONS: [string, Evaluate][] = [
  ['compiled index', (rules, ticket) => compileRules(rules).decide(ticket)],
  ['reference scan', scanRules],
];

const winnerId = (decision: DispatchDecision): number | null => (decision.matched ? decision.rule.id : null);

describe.each(EVALUATIONS)('dispatch decisions by the %s', (_name, evaluate) => {
  describe('specificity', () => {
    it.each<[string, DispatchRule[], number]>([
      ['a longer category prefix beats a higher priority', [rule(1, { categoryPrefix: '01' }, { priority: 99 }), rule(2, { categoryPrefix: '0101' })], 2],
      ['the category beats the region', [rule(1, { categoryPrefix: '01', regionPrefix: '379901001001' }), rule(2, { categoryPrefix: '0101' })], 2],
      [
        'a longer region prefix beats a higher priority in the same category',
        [rule(1, { categoryPrefix: '0101', regionPrefix: '379901' }, { priority: 99 }), rule(2, { categoryPrefix: '0101', regionPrefix: '379901001' })],
        2,
      ],
      ['any category is the least specific', [rule(1, {}, { priority: 99 }), rule(2, { regionPrefix: '379901' })], 2],
      ['a higher priority wins in the same place', [rule(1, { categoryPrefix: '0101' }, { priority: 1 }), rule(2, { categoryPrefix: '0101' }, { priority: 5 })], 2],
      ['the lower id breaks a tie', [rule(7, { categoryPrefix: '0101' }), rule(3, { categoryPrefix: '0101' })], 3],
      [
        'a more specific rule whose other conditions fail gives way',
        [rule(1, { categoryPrefix: '010101', requestTypes: ['consult'] }), rule(2, { categoryPrefix: '01' })],
        2,
      ],
      ['a disabled rule never wins', [rule(1, { categoryPrefix: '010101' }, { enabled: false }), rule(2, { categoryPrefix: '01' })], 2],
    ])('%s', (_case, rules, expected) => {
      expect(winnerId(evaluate(rules, facts()))).toBe(expected);
    });

    it('does not mistake a short code for a longer prefix', () => {
      const decision = evaluate([rule(1, { categoryPrefix: '0101' }), rule(2, { categoryPrefix: '01' })], facts({ categoryCode: '01' }));
      expect(decision).toMatchObject({ rule: { id: 2 }, explanation: { candidates: 1, considered: 1 } });
    });
  });

  describe('conditions', () => {
    it.each<[string, RuleConditions, Partial<TicketFacts>, boolean]>([
      ['category prefix of the code', { categoryPrefix: '0101' }, {}, true],
      ['category code itself', { categoryPrefix: '010101' }, {}, true],
      ['another category', { categoryPrefix: '0102' }, {}, false],
      ['category prefix longer than the code', { categoryPrefix: '010101' }, { categoryCode: '0101' }, false],
      ['region prefix of the code', { regionPrefix: '379901' }, {}, true],
      ['another region', { regionPrefix: '379902' }, {}, false],
      ['one of the request types', { requestTypes: ['report', 'complaint'] }, {}, true],
      ['none of the request types', { requestTypes: ['consult'] }, {}, false],
      ['one of the channels', { channels: ['phone', 'sms'] }, {}, true],
      ['none of the channels', { channels: ['app'] }, {}, false],
      ['one of the urgencies', { urgencies: ['critical'] }, { urgency: 'critical' }, true],
      ['none of the urgencies', { urgencies: ['critical'] }, {}, false],
      ['an enterprise rule, an enterprise', { enterprise: true }, { enterprise: true }, true],
      ['an enterprise rule, a citizen', { enterprise: true }, {}, false],
      ['a citizens-only rule, a citizen', { enterprise: false }, {}, true],
      ['any keyword in the text', { keywords: ['施工', '噪音'] }, {}, true],
      ['no keyword in the text', { keywords: ['漏水'] }, {}, false],
      ['no conditions at all', {}, {}, true],
      [
        'all conditions together',
        {
          categoryPrefix: '01',
          regionPrefix: '379901001',
          requestTypes: ['complaint'],
          channels: ['phone'],
          urgencies: ['normal'],
          enterprise: false,
          keywords: ['扰民'],
        },
        {},
        true,
      ],
    ])('%s', (_case, conditions, ticket, matches) => {
      expect(evaluate([rule(1, conditions)], facts(ticket)).matched).toBe(matches);
    });
  });

  describe('explanation', () => {
    it('names the winner, the action, the fact each condition matched and how far the search went', () => {
      const rules = [
        rule(1, { categoryPrefix: '01' }),
        rule(2, { categoryPrefix: '0101', regionPrefix: '379901', requestTypes: ['complaint', 'report'], keywords: ['漏水', '噪音', '扰民'] }, {
          name: '海川区物业噪音',
          priority: 3,
          action: { type: 'dispatch', unitCode: 'G-379901' },
        }),
        rule(3, { categoryPrefix: '010101', channels: ['app'] }),
        rule(4, { categoryPrefix: '02' }),
      ];
      expect(evaluate(rules, facts())).toEqual({
        matched: true,
        rule: { id: 2, name: '海川区物业噪音', priority: 3 },
        action: { type: 'dispatch', unitCode: 'G-379901' },
        explanation: {
          matchedOn: { categoryPrefix: '0101', regionPrefix: '379901', requestType: 'complaint', keyword: '噪音' },
          candidates: 3,
          considered: 2,
        },
      });
    });

    it('names every kind of fact in the order of the conditions', () => {
      const conditions: RuleConditions = { keywords: ['噪音'], enterprise: false, urgencies: ['normal'], channels: ['phone'], requestTypes: ['complaint'] };
      const decision = evaluate([rule(1, conditions)], facts());
      expect(Object.entries(decision.explanation.matchedOn)).toEqual([
        ['requestType', 'complaint'],
        ['channel', 'phone'],
        ['urgency', 'normal'],
        ['enterprise', false],
        ['keyword', '噪音'],
      ]);
    });

    it('explains no match by the candidates that were considered', () => {
      const rules = [rule(1, { categoryPrefix: '0101', channels: ['app'] }), rule(2, { categoryPrefix: '02' }), rule(3, {}, { enabled: false })];
      expect(evaluate(rules, facts())).toEqual({ matched: false, explanation: { matchedOn: {}, candidates: 1, considered: 1 } });
    });

    it('decides nothing without rules', () => {
      expect(evaluate([], facts())).toEqual({ matched: false, explanation: { matchedOn: {}, candidates: 0, considered: 0 } });
    });

    it('survives a JSON round trip unchanged', () => {
      const decision = evaluate([rule(1, { categoryPrefix: '01', enterprise: false, keywords: ['噪音'] })], facts());
      expect(JSON.parse(JSON.stringify(decision))).toEqual(decision);
    });
  });
});

describe('the compiled index', () => {
  it('counts the enabled rules it holds', () => {
    expect(compileRules([rule(1, {}), rule(2, {}, { enabled: false }), rule(3, { categoryPrefix: '02' })]).size).toBe(2);
  });

  it('looks only at rules whose category and region fit the ticket', () => {
    const elsewhere = Array.from({ length: 1000 }, (_, index) => rule(index + 10, { categoryPrefix: '02', keywords: ['噪音'] }));
    const decision = compileRules([...elsewhere, rule(1, { categoryPrefix: '0101', channels: ['app'] }), rule(2, { categoryPrefix: '01' })]).decide(facts());
    expect(decision).toMatchObject({ rule: { id: 2 }, explanation: { candidates: 2, considered: 2 } });
  });
});
