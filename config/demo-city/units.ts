import { regionLevelOf, type RegionLevel, type Tier, type UnitKind } from '#libs/domain';
import { regions } from './regions.js';
import type { UnitSeed } from './types.js';

const cityUnit =
  (kind: 'centre' | 'department' | 'utility') =>
  (code: string, name: string): UnitSeed => ({ code, name, tier: 'city', kind, regionCode: null, parentCode: null });

const department = cityUnit('department');
const utility = cityUnit('utility');

const centre = cityUnit('centre')('CENTRE', '市12345热线服务中心');

const departments: UnitSeed[] = [
  department('D-DEVELOPMENT', '市发展和改革委员会'),
  department('D-EDUCATION', '市教育局'),
  department('D-POLICE', '市公安局'),
  department('D-TRAFFIC-POLICE', '市公安局交通警察支队'),
  department('D-CIVIL', '市民政局'),
  department('D-FINANCE', '市财政局'),
  department('D-HRSS', '市人力资源和社会保障局'),
  department('D-PLANNING', '市自然资源和规划局'),
  department('D-ECOLOGY', '市生态环境局'),
  department('D-HOUSING', '市住房和城乡建设局'),
  department('D-URBAN', '市城市管理局'),
  department('D-TRANSPORT', '市交通运输局'),
  department('D-WATER', '市水务局'),
  department('D-AGRICULTURE', '市农业农村局'),
  department('D-COMMERCE', '市商务局'),
  department('D-CULTURE', '市文化和旅游局'),
  department('D-HEALTH', '市卫生健康委员会'),
  department('D-VETERANS', '市退役军人事务局'),
  department('D-EMERGENCY', '市应急管理局'),
  department('D-MARKET', '市市场监督管理局'),
  department('D-MEDICAL-INSURANCE', '市医疗保障局'),
  department('D-APPROVAL', '市行政审批服务局'),
  department('D-BUSINESS', '市营商环境建设局'),
  department('D-PETITION', '市信访局'),
  department('D-TAX', '国家税务总局滨海市税务局'),
  department('D-FUND', '滨海市住房公积金管理中心'),
];

const utilities: UnitSeed[] = [
  utility('U-WATER', '滨海水务集团自来水有限公司'),
  utility('U-POWER', '国网滨海供电公司'),
  utility('U-GAS', '滨海燃气集团有限公司'),
  utility('U-HEATING', '滨海热力有限公司'),
  utility('U-TELECOM', '中国电信滨海分公司'),
  utility('U-MOBILE', '中国移动滨海分公司'),
  utility('U-UNICOM', '中国联通滨海分公司'),
  utility('U-BUS', '滨海公交集团有限公司'),
];

// A town (镇) is governed by a people's government rather than a sub-district office, and a village (村)
// by a villagers' committee rather than a residents' committee: same tier and kind, different title.
const LOCAL_BODY: Record<RegionLevel, { prefix: string; tier: Tier; kind: UnitKind; title: (region: string) => string }> = {
  district: { prefix: 'G', tier: 'district', kind: 'district_government', title: (region) => `${region}人民政府` },
  street: {
    prefix: 'S',
    tier: 'street',
    kind: 'street_office',
    title: (region) => (region.endsWith('镇') ? `${region}人民政府` : `${region}办事处`),
  },
  community: {
    prefix: 'C',
    tier: 'community',
    kind: 'community',
    title: (region) => (region.endsWith('村') ? `${region}村民委员会` : `${region}居民委员会`),
  },
};

const levelOf = (regionCode: string): RegionLevel => {
  const level = regionLevelOf(regionCode);
  if (!level) throw new Error(`region code ${regionCode} is not 6, 9 or 12 digits`);
  return level;
};

const localUnitCode = (regionCode: string): string => `${LOCAL_BODY[levelOf(regionCode)].prefix}-${regionCode}`;

const localUnits: UnitSeed[] = regions.map((region) => {
  const body = LOCAL_BODY[levelOf(region.code)];
  return {
    code: localUnitCode(region.code),
    name: body.title(region.name),
    tier: body.tier,
    kind: body.kind,
    regionCode: region.code,
    parentCode: region.parentCode === null ? null : localUnitCode(region.parentCode),
  };
});

export const units: UnitSeed[] = [centre, ...departments, ...utilities, ...localUnits];
