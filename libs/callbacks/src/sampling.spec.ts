import { describe, expect, it } from '@jest/globals';
import { isDrawn, samplePercent, samplingRuleProblems, type SamplingRule } from './sampling.js';

const RULES: SamplingRule[] = [
  { categoryPrefix: '', requestType: 'consult', percent: 30 },
  { categoryPrefix: '', requestType: 'complaint', percent: 100 },
  { categoryPrefix: '01', requestType: null, percent: 80 },
  { categoryPrefix: '0101', requestType: null, percent: 50 },
  { categoryPrefix: '0101', requestType: 'consult', percent: 10 },
  { categoryPrefix: '12', requestType: null, percent: 0 },
];

describe('samplePercent: the most specific matching rule', () => {
  it.each([
    ['no rule matches: everything is called back', [], '060101', 'help', 100],
    ['a type rule for every category', RULES, '060101', 'consult', 30],
    ['no rule for this type or category', RULES, '060101', 'help', 100],
    ['a category rule beats a type rule for every category', RULES, '010301', 'consult', 80],
    ['a longer category prefix beats a shorter one', RULES, '010101', 'complaint', 50],
    ['the same prefix: the rule naming the type wins', RULES, '010101', 'consult', 10],
    ['a rule of 0 %', RULES, '120101', 'complaint', 0],
  ] as const)('%s', (_why, rules, categoryCode, requestType, expected) => {
    expect(samplePercent(rules, { categoryCode, requestType })).toBe(expected);
  });
});

describe('isDrawn: a fixed draw per ticket', () => {
  const ids = Array.from({ length: 10_000 }, (_, index) => index + 1);
  const share = (percent: number) => ids.filter((id) => isDrawn(id, percent)).length / ids.length;

  it.each([0, 30, 50, 100])('draws about %i %% of consecutive ids', (percent) => {
    expect(Math.abs(share(percent) * 100 - percent)).toBeLessThan(1.5);
  });

  it('draws none at 0 % and all at 100 %', () => {
    expect(share(0)).toBe(0);
    expect(share(100)).toBe(1);
  });

  it('answers the same every time, and a ticket drawn at some share is drawn at every larger one', () => {
    for (const id of ids.slice(0, 500)) {
      expect(isDrawn(id, 30)).toBe(isDrawn(id, 30));
      if (isDrawn(id, 30)) expect(isDrawn(id, 31)).toBe(true);
    }
  });
});

describe('samplingRuleProblems: one rule per kind of ticket', () => {
  const rule = (categoryPrefix: string, requestType: SamplingRule['requestType'], percent = 50): SamplingRule => ({ categoryPrefix, requestType, percent });
  it.each<[string, SamplingRule[], Record<string, string[]>]>([
    ['none', [], {}],
    ['distinct kinds', [rule('', null), rule('', 'consult'), rule('01', null), rule('01', 'consult')], {}],
    ['the same prefix and type twice', [rule('01', 'consult'), rule('02', null), rule('01', 'consult', 9)], { 'rules.2': ['rules.2 repeats rules.0 (the same category prefix and request type)'] }],
    ['every type twice', [rule('', null), rule('', null, 0)], { 'rules.1': ['rules.1 repeats rules.0 (the same category prefix and request type)'] }],
  ])('%s', (_why, rules, expected) => {
    expect(samplingRuleProblems(rules)).toEqual(expected);
  });
});
