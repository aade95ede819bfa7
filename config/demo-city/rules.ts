import type { TransferTarget } from '#libs/domain';
import { naturalHours, workingDays, type Limit } from '#libs/deadlines';
import type { RegionalTier, RuleAction, RuleConditions } from '#libs/dispatch-rules';
import { categories } from './categories.js';
import { regions } from './regions.js';
import type { RuleSeed } from './types.js';
import { units } from './units.js';

// A leaf's standing route and its exceptions share a category and region, so priority ranks them: the
// more serious the exception, the higher. Region overrides need none, as a longer region prefix wins.
const PRIORITY = { standing: 0, coDispatch: 10, direct: 20, sensitive: 30, emergency: 40 } as const;

const leaves = categories.filter((category) => category.code.length === 6);

const nameOf = <T extends { code: string; name: string }>(items: readonly T[], code: string): string => {
  const item = items.find((candidate) => candidate.code === code);
  if (item === undefined) throw new Error(`Dispatch rules name an unknown code ${code}`);
  return item.name;
};
const categoryName = (code: string): string => nameOf(categories, code);
const unitName = (code: string): string => nameOf(units, code);
const regionName = (code: string): string => nameOf(regions, code);

const rule = (name: string, priority: number, conditions: RuleConditions, action: RuleAction): RuleSeed => ({
  name,
  priority,
  enabled: true,
  conditions,
  action,
});

const TIER_NAME: Record<RegionalTier, string> = { district: '区', street: '街道（镇）', community: '社区（村）' };
const byRegion = (tier: RegionalTier): RuleAction => ({ type: 'dispatch-by-region', tier });

/** 属地 leaves a district, not its streets, takes on: appraisal and joint action beyond a street's means. */
const DISTRICT_LEAVES = new Set(['010204', '070302']);

/**
 * Matters with a reply limit of their own (the city's service commitments): an outage of water, power,
 * gas or heating is answered within a day, and wage arrears for migrant workers within five working days.
 */
const REPLY_LIMITS: Readonly<Record<string, Limit>> = {
  '120101': naturalHours(24),
  '120201': naturalHours(24),
  '120301': naturalHours(24),
  '120401': naturalHours(24),
  '060103': workingDays(5),
};

/** Every leaf has a route: its owner for a department duty, otherwise its region (属地). */
const standingRoutes: RuleSeed[] = leaves.map((leaf) => {
  if (leaf.ownerUnitCode !== null) {
    const replyLimit = REPLY_LIMITS[leaf.code];
    return rule(`${leaf.name}：派${unitName(leaf.ownerUnitCode)}`, PRIORITY.standing, { categoryPrefix: leaf.code }, {
      type: 'dispatch',
      unitCode: leaf.ownerUnitCode,
      ...(replyLimit && { replyLimit }),
    });
  }
  const tier = DISTRICT_LEAVES.has(leaf.code) ? 'district' : 'street';
  return rule(`${leaf.name}：属地派${TIER_NAME[tier]}`, PRIORITY.standing, { categoryPrefix: leaf.code }, byRegion(tier));
});

const regional = (categoryCode: string, regionPrefix: string, tier: RegionalTier): RuleSeed =>
  rule(
    `${categoryName(categoryCode)}（${regionName(regionPrefix)}）：派${TIER_NAME[tier]}`,
    PRIORITY.standing,
    { categoryPrefix: categoryCode, regionPrefix },
    byRegion(tier),
  );

const VILLAGES = ['379904002002', '379904002003', '379904003002'];
const URBAN_DISTRICTS = ['379901', '379902', '379903'];

// Only 属地 leaves, and none with an emergency or sensitive exception: a longer region prefix would win over it.
const regionOverrides: RuleSeed[] = [
  // 新港街道 lies in the port area, whose streetscape the district's port administration keeps.
  ...['020101', '020102', '020103'].map((code) => regional(code, '379901003', 'district')),
  // Villagers' committees run the village clean-up themselves.
  ...VILLAGES.map((village) => regional('130202', village, 'community')),
  // Community mediators (人民调解) take neighbour disputes in the two older urban districts.
  regional('100401', '379901', 'community'),
  regional('100401', '379903', 'community'),
  regional('100202', '379903', 'community'),
  regional('080202', '379902', 'community'),
  // 临港区 enforces urban management at district level (区综合执法局).
  regional('030102', '379902', 'district'),
  regional('030302', '379902', 'district'),
  regional('010303', '379904', 'district'),
  rule('垃圾清运（海滨街道）：街道主办，城管局协办', PRIORITY.standing, { categoryPrefix: '020101', regionPrefix: '379901001' }, {
    type: 'co-dispatch',
    primaryUnitCode: 'S-379901001',
    assistUnitCodes: ['D-URBAN'],
  }),
  // The urban districts have no homesteads: such a request is misfiled or misplaced.
  ...URBAN_DISTRICTS.map((district) =>
    rule(`宅基地（${regionName(district)}）：城区无宅基地，人工甄别`, PRIORITY.standing, { categoryPrefix: '130201', regionPrefix: district }, {
      type: 'manual',
      reason: '城区无宅基地审批职能，属地不明，人工甄别',
    }),
  ),
];

const coDispatch = (name: string, conditions: RuleConditions, primaryUnitCode: string, ...assistUnitCodes: string[]): RuleSeed =>
  rule(name, PRIORITY.coDispatch, conditions, { type: 'co-dispatch', primaryUnitCode, assistUnitCodes });

const jointCases: RuleSeed[] = [
  coDispatch('工程建设领域欠薪：人社局主办，住建局协办', { categoryPrefix: '060103', keywords: ['工地', '工程', '项目部', '包工头'] }, 'D-HRSS', 'D-HOUSING'),
  coDispatch('河道偷排：水务局主办，生态环境局协办', { categoryPrefix: '030202', keywords: ['排污口', '偷排', '死鱼'] }, 'D-WATER', 'D-ECOLOGY'),
  coDispatch('建筑垃圾偷倒：城管局主办，生态环境局协办', { categoryPrefix: '020402', keywords: ['偷倒', '乱倒'] }, 'D-URBAN', 'D-ECOLOGY'),
  coDispatch('疑似食物中毒：市场监管局主办，卫健委协办', { categoryPrefix: '050101', keywords: ['中毒', '腹泻', '呕吐'] }, 'D-MARKET', 'D-HEALTH'),
  coDispatch('拖欠企业账款：发改委主办，财政局、营商局协办', { categoryPrefix: '110203', enterprise: true }, 'D-DEVELOPMENT', 'D-FINANCE', 'D-BUSINESS'),
];

/** 营商环境绿色通道: an enterprise's request goes to the owner with the business bureau watching over it. */
const GREEN_CHANNEL = ['110101', '110102', '110301', '110302', '150201', '120101', '120201', '060203'];

const greenChannel: RuleSeed[] = GREEN_CHANNEL.map((code) => {
  const owner = leaves.find((leaf) => leaf.code === code)?.ownerUnitCode;
  if (!owner) throw new Error(`Green-channel category ${code} is not a department duty`);
  return coDispatch(`${categoryName(code)}（涉企绿色通道）：营商局督办`, { categoryPrefix: code, enterprise: true }, owner, 'D-BUSINESS');
});

/** Consultations the knowledge base answers in full, so the operator closes them on the call. */
const POLICY_CONSULTS = [
  '010402', '060201', '060202', '060301', '060401', '060402', '070101', '080301', '090401', '090402',
  '100101', '100301', '110101', '120104', '120203', '120402', '130301', '150102', '160101',
];

const directAnswers: RuleSeed[] = POLICY_CONSULTS.map((code) =>
  rule(`${categoryName(code)}政策咨询：知识库直接答复`, PRIORITY.direct, { categoryPrefix: code, requestTypes: ['consult'] }, {
    type: 'direct',
    reason: '政策咨询，依知识库直接答复',
  }),
);

const transfer = (name: string, conditions: RuleConditions, to: TransferTarget): RuleSeed =>
  rule(name, PRIORITY.emergency, conditions, { type: 'transfer', to });

const emergencies: RuleSeed[] = [
  transfer('燃气泄漏：转119', { categoryPrefix: '120302', keywords: ['燃气泄漏', '煤气泄漏', '闻到煤气味', '闻到燃气味'], urgencies: ['critical'] }, '119'),
  ...['090201', '090202'].map((code) =>
    transfer(`${categoryName(code)}已起火：转119`, { categoryPrefix: code, keywords: ['起火', '着火', '冒烟'] }, '119'),
  ),
  transfer('井盖缺失致人坠落：转119', { categoryPrefix: '020203', keywords: ['掉进', '掉入', '坠落'] }, '119'),
  transfer('正在发生的治安事件：转110', { categoryPrefix: '090101', keywords: ['打架', '斗殴', '持刀', '抢劫'], urgencies: ['urgent', 'critical'] }, '110'),
  transfer('正在被骗：转110', { categoryPrefix: '090102', keywords: ['正在转账', '刚被骗', '刚刚被骗'], urgencies: ['urgent', 'critical'] }, '110'),
  transfer('信号灯故障致事故：转122', { categoryPrefix: '040302', keywords: ['车祸', '交通事故', '撞车'] }, '122'),
];

/** 涉稳: group action or threats of harm go to a dispatcher, who decides and reports, never a rule. */
const GROUP_ACTION = ['集体', '群体', '上访', '拉横幅', '堵路', '跳楼'];

const sensitive = (code: string, ...keywords: string[]): RuleSeed =>
  rule(`${categoryName(code)}涉稳苗头：人工派单`, PRIORITY.sensitive, { categoryPrefix: code, keywords: [...GROUP_ACTION, ...keywords] }, {
    type: 'manual',
    reason: '涉稳敏感事项，人工研判派单',
  });

const sensitiveMatters: RuleSeed[] = [
  sensitive('060103', '讨薪'),
  sensitive('010202', '烂尾', '停贷'),
  sensitive('080102', '医闹', '堵门'),
  sensitive('070202', '跑路'),
  sensitive('050203', '跑路'),
];

/** Whatever no rule knows (a ticket classified only to a group, a new category): a dispatcher decides. */
const catchAll = rule('兜底：人工派单', PRIORITY.standing, {}, { type: 'manual', reason: '无匹配规则：分类或属地不明，人工派单' });

/** 滨海市's 分级分类派单 rules. */
export const rules: RuleSeed[] = [
  ...standingRoutes,
  ...regionOverrides,
  ...jointCases,
  ...greenChannel,
  ...directAnswers,
  ...emergencies,
  ...sensitiveMatters,
  catchAll,
];
