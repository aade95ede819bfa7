import type { RequestType } from '#libs/domain';

/**
 * 回访抽样: the share of a kind of ticket the centre calls back, e.g. every complaint but 30 % of
 * consultations. `categoryPrefix` '' matches every category; `requestType` null every type.
 */
export interface SamplingRule {
  readonly categoryPrefix: string;
  readonly requestType: RequestType | null;
  /** 0–100. */
  readonly percent: number;
}

export interface SampledFacts {
  readonly categoryCode: string;
  readonly requestType: RequestType;
}

/** Without a rule, every ticket is called back. */
export const DEFAULT_SAMPLE_PERCENT = 100;

/**
 * The share for a ticket: of the rules that match it, the one with the longest category prefix, and
 * among those the one that names the request type.
 */
export function samplePercent(rules: readonly SamplingRule[], facts: SampledFacts): number {
  let best: SamplingRule | undefined;
  const rank = (rule: SamplingRule) => rule.categoryPrefix.length * 2 + (rule.requestType === null ? 0 : 1);
  for (const rule of rules) {
    if (!facts.categoryCode.startsWith(rule.categoryPrefix)) continue;
    if (rule.requestType !== null && rule.requestType !== facts.requestType) continue;
    if (!best || rank(rule) > rank(best)) best = rule;
  }
  return best?.percent ?? DEFAULT_SAMPLE_PERCENT;
}

/**
 * Whether the sample draws a ticket: a fixed draw from its id (a multiplicative hash spreads
 * consecutive ids over 0–100), so that asking again — a retried job — gives the same answer.
 */
export function isDrawn(ticketId: number, percent: number): boolean {
  const draw = (Math.imul(ticketId, 0x9e3779b1) >>> 0) / 2 ** 32; // Knuth's golden-ratio constant
  return draw * 100 < percent;
}

/**
 * What is wrong with a set of rules, by field (`rules.{index}`): two rules for the same kind of
 * ticket would leave the share to chance.
 */
export function samplingRuleProblems(rules: readonly SamplingRule[]): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  const first = new Map<string, number>();
  rules.forEach((rule, index) => {
    const kind = `${rule.categoryPrefix}/${rule.requestType ?? '*'}`;
    const earlier = first.get(kind);
    if (earlier === undefined) first.set(kind, index);
    else problems[`rules.${index}`] = [`rules.${index} repeats rules.${earlier} (the same category prefix and request type)`];
  });
  return problems;
}
