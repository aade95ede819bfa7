/**
 * Decisions per second of the compiled rule index against the naive scan, over a city-sized rule set.
 * Node runs this file by stripping its types, and `#libs/*` resolves to the compiled `dist/`:
 *
 *   npm run build && node_modules/.bin/node test/bench/dispatch-decisions.bench.ts
 *
 * Timings depend on the machine, so nothing here asserts them; the table states the goal.
 */
import { compileRules, scanRules } from '#libs/dispatch-rules';
import type { DispatchRule, RuleAction, RuleConditions, TicketFacts } from '#libs/dispatch-rules';
import type { Channel, RequestType, Urgency } from '#libs/domain';
import { seededRandom } from './support/random.ts';
import { format, printTable, verdict } from './support/report.ts';

const RULES = 5_000;
const TICKETS = 100_000;
// The scan is thousands of times slower, so it gets a slice of the same tickets.
const SCANNED_TICKETS = 2_000;
const GOAL_PER_SECOND = 200_000;

const random = seededRandom(12345);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (probability: number): boolean => random() < probability;
/** Picks by weight: [[value, weight], ...]. */
function weighted<T>(choices: readonly (readonly [T, number])[]): T {
  let roll = random() * choices.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of choices) if ((roll -= weight) < 0) return value;
  return choices[choices.length - 1]![0];
}

const code = (parent: string, index: number, width: number): string => parent + String(index + 1).padStart(width, '0');
const range = (count: number): number[] => Array.from({ length: count }, (_, index) => index);

// A large city: 20 × 6 × 8 = 960 category leaves; 12 districts × 12 streets × 10 communities.
const topCategories = range(20).map((index) => code('', index, 2));
const groups = topCategories.flatMap((top) => range(6).map((index) => code(top, index, 2)));
const leaves = groups.flatMap((group) => range(8).map((index) => code(group, index, 2)));
const districts = range(12).map((index) => code('3799', index, 2));
const streets = districts.flatMap((district) => range(12).map((index) => code(district, index, 3)));
const communities = streets.flatMap((street) => range(10).map((index) => code(street, index, 3)));

const KEYWORDS = ['燃气泄漏', '起火', '集体', '上访', '跳楼', '工地', '偷排', '中毒', '车祸', '持刀', '停贷', '跑路'];
const FILLER = '市民来电反映小区附近情况多次沟通无果希望有关部门尽快核实处理并回复';
const UNIT_CODES = range(40).map((index) => `D-${index}`);

const standingAction = (): RuleAction =>
  chance(0.6) ? { type: 'dispatch', unitCode: pick(UNIT_CODES) } : { type: 'dispatch-by-region', tier: weighted([['street', 8], ['district', 2]]) };

/** One exception of the kinds a city writes, mostly on leaves and in some place. */
function exceptionRule(): { conditions: RuleConditions; action: RuleAction; priority: number } {
  const categoryPrefix = chance(0.85) ? pick(leaves) : pick(groups);
  switch (weighted([['regional', 60], ['keyword', 15], ['consult', 10], ['enterprise', 10], ['catch-all', 5]] as const)) {
    case 'regional': {
      const regionPrefix = weighted([[pick(districts), 5], [pick(streets), 4], [pick(communities), 1]]);
      return { conditions: { categoryPrefix, regionPrefix }, action: standingAction(), priority: 0 };
    }
    case 'keyword': {
      const keywords = [pick(KEYWORDS), pick(KEYWORDS)].filter((word, index, all) => all.indexOf(word) === index);
      const action: RuleAction = chance(0.5) ? { type: 'transfer', to: '119' } : { type: 'manual', reason: '涉稳' };
      const urgencies: Urgency[] | undefined = chance(0.4) ? ['critical'] : undefined;
      return { conditions: { categoryPrefix, keywords, ...(urgencies && { urgencies }) }, action, priority: 40 };
    }
    case 'consult':
      return { conditions: { categoryPrefix, requestTypes: ['consult'] }, action: { type: 'direct', reason: '知识库' }, priority: 20 };
    case 'enterprise':
      return {
        conditions: { categoryPrefix, enterprise: true },
        action: { type: 'co-dispatch', primaryUnitCode: pick(UNIT_CODES), assistUnitCodes: ['D-BUSINESS'] },
        priority: 10,
      };
    case 'catch-all':
      return { conditions: { categoryPrefix: pick(topCategories) }, action: { type: 'manual', reason: '人工' }, priority: 0 };
  }
}

function generateRules(): DispatchRule[] {
  const standing = leaves.map((categoryPrefix) => ({ conditions: { categoryPrefix }, action: standingAction(), priority: 0 }));
  const exceptions = range(RULES - standing.length - 1).map(exceptionRule);
  const catchAll = { conditions: {}, action: { type: 'manual', reason: '兜底' } as const, priority: 0 };
  return [...standing, ...exceptions, catchAll].map((rule, index) => ({
    id: index + 1,
    name: `规则${index + 1}`,
    enabled: chance(0.95),
    ...rule,
  }));
}

const REQUEST_TYPE_MIX: [RequestType, number][] = [['complaint', 45], ['consult', 25], ['help', 15], ['report', 8], ['suggestion', 5], ['praise', 2]];
const CHANNEL_MIX: [Channel, number][] = [['phone', 60], ['app', 15], ['web', 10], ['mailbox', 8], ['sms', 5], ['open311', 2]];
const URGENCY_MIX: [Urgency, number][] = [['normal', 90], ['urgent', 8], ['critical', 2]];

function generateTicket(): TicketFacts {
  const start = Math.floor(random() * 20);
  const words = FILLER.slice(start, start + 10 + Math.floor(random() * 20));
  return {
    categoryCode: pick(leaves),
    regionCode: weighted([[pick(communities), 90], [pick(streets), 8], [pick(districts), 2]]),
    requestType: weighted(REQUEST_TYPE_MIX),
    channel: weighted(CHANNEL_MIX),
    urgency: weighted(URGENCY_MIX),
    enterprise: chance(0.05),
    text: chance(0.2) ? `${words}${pick(KEYWORDS)}${words}` : words,
  };
}

/** Best of a few rounds, after one to warm the JIT: decisions per second. */
function perSecond(tickets: readonly TicketFacts[], decide: (facts: TicketFacts) => { matched: boolean }, rounds: number): number {
  let best = Infinity;
  let matched = 0;
  for (let round = 0; round <= rounds; round++) {
    const started = performance.now();
    for (const facts of tickets) if (decide(facts).matched) matched++;
    const elapsed = performance.now() - started;
    if (round > 0) best = Math.min(best, elapsed);
  }
  // Using the count keeps the decisions from being optimised away.
  if (matched < 0) throw new Error('unreachable');
  return (tickets.length / best) * 1000;
}

const rules = generateRules();
const tickets = range(TICKETS).map(generateTicket);

const compileStarted = performance.now();
const compiled = compileRules(rules);
const compileMs = performance.now() - compileStarted;

const scanned = tickets.slice(0, SCANNED_TICKETS);
const disagreements = scanned.filter((facts) => JSON.stringify(compiled.decide(facts)) !== JSON.stringify(scanRules(rules, facts))).length;

const compiledRate = perSecond(tickets, (facts) => compiled.decide(facts), 5);
const scanRate = perSecond(scanned, (facts) => scanRules(rules, facts), 2);

const rows: string[][] = [
  ['figure', 'compiled index', 'naive scan (baseline)', 'ratio', 'goal'],
  [
    'decisions per second, one core',
    format(compiledRate),
    format(scanRate),
    `${format(compiledRate / scanRate, 1)}×`,
    `≥ ${format(GOAL_PER_SECOND)}/s ${verdict(compiledRate >= GOAL_PER_SECOND)}`,
  ],
  ['microseconds per decision', format(1e6 / compiledRate, 2), format(1e6 / scanRate, 2), '', ''],
  ['tickets decided per round', format(tickets.length), format(scanned.length), '', ''],
];

console.log(`${rules.length} rules (${compiled.size} enabled) compiled in ${format(compileMs, 1)} ms; ${format(tickets.length)} tickets; node ${process.version}`);
console.log(`compiled and scan disagree on ${disagreements} of ${scanned.length} tickets`);
printTable(rows);
