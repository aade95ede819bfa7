import { describe, expect, it } from '@jest/globals';
import {
  compileRules,
  resolveRegionalUnit,
  ruleProblems,
  type DispatchDecision,
  type DispatchRule,
  type RegionalTier,
  type RuleAction,
  type TicketFacts,
} from '#libs/dispatch-rules';
import { naturalHours, workingDays, type Limit } from '#libs/deadlines';
import { REGION_LEVELS, REQUEST_TYPES, regionLevelOf } from '#libs/domain';
import { demoCity } from './index.js';
import type { UnitSeed } from './types.js';

const { regions, units, categories } = demoCity;
// Ids in the seeder's insert order.
const rules: DispatchRule[] = demoCity.rules.map((seed, index) => ({ id: index + 1, ...seed }));
const compiled = compileRules(rules);

const leaves = categories.filter((category) => category.code.length === 6);
const unitByCode = new Map(units.map((unit) => [unit.code, unit]));
const localBodies = new Map(units.map((unit) => [`${unit.tier} ${unit.regionCode}`, unit]));
const lookup = (regionCode: string, tier: RegionalTier): UnitSeed | undefined => localBodies.get(`${tier} ${regionCode}`);
const isGrassroots = (unitCode: string): boolean => ['street', 'community'].includes(unitByCode.get(unitCode)?.tier ?? 'city');
/** A category no rule names. */
const UNKNOWN_CATEGORY = '99';
const PLAIN_TEXT = '市民来电反映情况，请尽快处理';

const facts = (categoryCode: string, regionCode: string, more: Partial<TicketFacts> = {}): TicketFacts => ({
  categoryCode,
  regionCode,
  requestType: 'complaint',
  channel: 'phone',
  urgency: 'normal',
  enterprise: false,
  text: PLAIN_TEXT,
  ...more,
});

const namedUnits = (action: RuleAction): string[] => {
  if (action.type === 'dispatch') return [action.unitCode];
  if (action.type === 'co-dispatch') return [action.primaryUnitCode, ...action.assistUnitCodes];
  return [];
};

/** Where the routing app sends the ticket: unit codes, or what happens instead of a dispatch. */
function routeOf(decision: DispatchDecision, regionCode: string): string[] {
  if (!decision.matched) return ['no match'];
  const { action } = decision;
  switch (action.type) {
    case 'dispatch-by-region':
      return [resolveRegionalUnit(regionCode, action.tier, lookup)?.code ?? 'unresolved'];
    case 'manual':
    case 'direct':
      return [action.type];
    case 'transfer':
      return [`transfer ${action.to}`];
    default:
      return namedUnits(action);
  }
}

const ALL_KEYWORDS = [...new Set(rules.flatMap((rule) => rule.conditions.keywords ?? []))].join('，');

/**
 * Every leaf in every region, for every request type, as a citizen and as an enterprise, in plain words
 * and in alarming ones (every keyword of every rule, marked critical).
 */
const MATRIX: TicketFacts[] = leaves.flatMap((leaf) =>
  regions.flatMap((region) =>
    REQUEST_TYPES.flatMap((requestType) =>
      [false, true].flatMap((enterprise) => [
        facts(leaf.code, region.code, { requestType, enterprise }),
        facts(leaf.code, region.code, { requestType, enterprise, urgency: 'critical', text: ALL_KEYWORDS }),
      ]),
    ),
  ),
);

/** The tickets a rule is written for: each leaf and region it reaches, with the first value of each condition. */
function ticketsFor(rule: DispatchRule): TicketFacts[] {
  const { categoryPrefix, regionPrefix, requestTypes, channels, urgencies, enterprise, keywords } = rule.conditions;
  const categoryCodes = categoryPrefix === undefined ? [UNKNOWN_CATEGORY] : leaves.map((leaf) => leaf.code).filter((code) => code.startsWith(categoryPrefix));
  const regionCodes = regions.map((region) => region.code).filter((code) => regionPrefix === undefined || code.startsWith(regionPrefix));
  const more: Partial<TicketFacts> = {
    requestType: requestTypes?.[0] ?? 'complaint',
    channel: channels?.[0] ?? 'phone',
    urgency: urgencies?.[0] ?? 'normal',
    enterprise: enterprise ?? false,
    text: keywords?.[0] ?? PLAIN_TEXT,
  };
  return categoryCodes.flatMap((categoryCode) => regionCodes.map((regionCode) => facts(categoryCode, regionCode, more)));
}

const winnerOf = (ticket: TicketFacts): number | null => {
  const decision = compiled.decide(ticket);
  return decision.matched ? decision.rule.id : null;
};

describe('demo city: dispatch rules', () => {
  it('has at least 150 rules, every one valid and uniquely named', () => {
    expect(rules.length).toBeGreaterThanOrEqual(150);
    expect(rules.flatMap((rule) => ruleProblems(rule).map((problem) => `${rule.name}: ${problem.field} ${problem.message}`))).toEqual([]);
    const names = rules.map((rule) => rule.name);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it.each<[string, TicketFacts, Limit | undefined]>([
    ['停水: within 24 natural hours', facts('120101', '379901001001'), naturalHours(24)],
    ['停电: within 24 natural hours', facts('120201', '379904002002'), naturalHours(24)],
    ['拖欠农民工工资: within 5 working days', facts('060103', '379902'), workingDays(5)],
    ['噪音扰民: the profile decides', facts('010101', '379901001001'), undefined],
    // Exceptions that route a matter elsewhere keep its limit.
    ['停水 of an enterprise, on the green channel', facts('120101', '379901001001', { enterprise: true }), naturalHours(24)],
    ['停电 of an enterprise, on the green channel', facts('120201', '379904002002', { enterprise: true }), naturalHours(24)],
    ['工地欠薪, co-dispatched on its keyword', facts('060103', '379902', { text: '某工地包工头拖欠三个月工资' }), workingDays(5)],
  ])('sets a reply limit for %s', (_case, ticket, limit) => {
    expect(compiled.replyLimit(ticket)).toEqual(limit);
  });

  it('routes those exceptions by their own rules all the same', () => {
    const exception = compiled.decide(facts('120101', '379901001001', { enterprise: true }));
    expect(exception.matched && exception.action).toMatchObject({ type: 'co-dispatch', assistUnitCodes: ['D-BUSINESS'] });
  });

  it('names only units, categories and regions of the city', () => {
    const missing = rules.flatMap((rule) => [
      ...namedUnits(rule.action).filter((code) => !unitByCode.has(code)),
      ...[rule.conditions.categoryPrefix].filter((code) => code !== undefined && !categories.some((category) => category.code === code)),
      ...[rule.conditions.regionPrefix].filter((code) => code !== undefined && !regions.some((region) => region.code === code)),
    ]);
    expect(missing).toEqual([]);
  });

  it('routes every leaf in every region by a rule of its own category', () => {
    const unrouted = MATRIX.filter((ticket) => compiled.decide(ticket).explanation.matchedOn.categoryPrefix === undefined);
    expect(unrouted).toEqual([]);
  });

  // A ticket placed only above the asked tier (a district, for a street office) goes to the body of its
  // own region: resolveRegionalUnit never guesses a street or community the citizen did not name.
  it('resolves dispatch by region to the body of the ticket region at that tier, or of the region itself above it', () => {
    const misrouted = MATRIX.flatMap((ticket) => {
      const decision = compiled.decide(ticket);
      if (!decision.matched || decision.action.type !== 'dispatch-by-region') return [];
      const { action } = decision;
      const regionCode = ticket.regionCode.slice(0, Math.min(REGION_LEVELS[action.tier], ticket.regionCode.length));
      const unit = resolveRegionalUnit(ticket.regionCode, action.tier, lookup);
      const expected = { regionCode, tier: regionLevelOf(regionCode) };
      const got = { regionCode: unit?.regionCode, tier: unit?.tier };
      return expected.regionCode === got.regionCode && expected.tier === got.tier ? [] : [{ ticket, expected, got }];
    });
    expect(misrouted).toEqual([]);
  });

  it('never sends a department duty to a street or community, by any rule that could match it', () => {
    const duties = leaves.filter((leaf) => leaf.departmentDuty);
    const grassrootsRules = rules.filter(
      (rule) => (rule.action.type === 'dispatch-by-region' && rule.action.tier !== 'district') || namedUnits(rule.action).some(isGrassroots),
    );
    const reaching = grassrootsRules.filter((rule) =>
      duties.some((duty) => rule.conditions.categoryPrefix === undefined || duty.code.startsWith(rule.conditions.categoryPrefix)),
    );
    expect(reaching.map((rule) => rule.name)).toEqual([]);
    const sentDown = MATRIX.filter((ticket) => duties.some((duty) => duty.code === ticket.categoryCode)).filter((ticket) =>
      routeOf(compiled.decide(ticket), ticket.regionCode).some(isGrassroots),
    );
    expect(sentDown).toEqual([]);
  });

  it('has no dead rule: each wins some ticket it is written for', () => {
    const dead = rules.filter((rule) => !ticketsFor(rule).some((ticket) => winnerOf(ticket) === rule.id));
    expect(dead.map((rule) => rule.name)).toEqual([]);
  });

  it('catches emergencies and sensitive matters wherever their category and region reach', () => {
    const alarms = rules.filter((rule) => rule.conditions.keywords !== undefined && ['transfer', 'manual'].includes(rule.action.type));
    expect(alarms.length).toBeGreaterThan(0);
    const missed = alarms.flatMap((rule) => ticketsFor(rule).filter((ticket) => winnerOf(ticket) !== rule.id).map((ticket) => ({ rule: rule.name, ticket })));
    expect(missed).toEqual([]);
  });

  it.each<[string, TicketFacts, string[]]>([
    ['噪音扰民 in 望海社区 to the 海滨街道 office', facts('010101', '379901001001'), ['S-379901001']],
    ['电梯故障 to market supervision wherever it is', facts('010102', '379904003002'), ['D-MARKET']],
    ['停水 to the water company', facts('120101', '379903002'), ['U-WATER']],
    ['危旧房屋 to the district', facts('010204', '379902001002'), ['G-379902']],
    ['占道经营 in 新港街道 to 海川区', facts('020102', '379901003001'), ['G-379901']],
    ['农村人居环境 in 石门村 to its villagers committee', facts('130202', '379904002002'), ['C-379904002002']],
    ['农村人居环境 in 青石社区 to the town', facts('130202', '379904002001'), ['S-379904002']],
    ['邻里纠纷 placed at a street in 海川区 to that street, for want of a community', facts('100401', '379901002'), ['S-379901002']],
    ['垃圾清运 in 海滨街道 to the street with the city as assist', facts('020101', '379901001002'), ['S-379901001', 'D-URBAN']],
    ['an enterprise power cut through the green channel', facts('120201', '379902002', { enterprise: true }), ['U-POWER', 'D-BUSINESS']],
    ['unpaid site wages to labour with housing', facts('060103', '379903001', { text: '工地拖欠三个月工资' }), ['D-HRSS', 'D-HOUSING']],
    ['a group wage protest to a dispatcher', facts('060103', '379903001', { text: '工地工人集体讨薪' }), ['manual']],
    ['a critical gas leak to 119', facts('120302', '379901001001', { urgency: 'critical', text: '楼道里燃气泄漏' }), ['transfer 119']],
    ['a gas leak not marked critical to the gas company', facts('120302', '379901001001', { text: '楼道里燃气泄漏' }), ['U-GAS']],
    ['a housing-fund consultation answered at once', facts('010402', '379902', { requestType: 'consult' }), ['direct']],
    ['a housing-fund complaint to the fund centre', facts('010402', '379902'), ['D-FUND']],
    ['宅基地 in an urban district to a dispatcher', facts('130201', '379901002001'), ['manual']],
    ['a ticket classified only to a group to a dispatcher', facts('01', '379901'), ['manual']],
  ])('sends %s', (_case, ticket, route) => {
    expect(routeOf(compiled.decide(ticket), ticket.regionCode)).toEqual(route);
  });
});
