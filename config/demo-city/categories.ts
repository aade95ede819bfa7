import type { CategorySeed } from './types.js';

interface CategoryNode {
  code: string;
  name: string;
  ownerUnitCode: string | null;
  children: readonly CategoryNode[];
}

const group = (code: string, name: string, ...children: CategoryNode[]): CategoryNode => ({
  code,
  name,
  ownerUnitCode: null,
  children,
});

/** 属地: the street office of the address handles it, and may pass it on to the community. */
const local = (code: string, name: string): CategoryNode => ({ code, name, ownerUnitCode: null, children: [] });

/** A functional department's or utility's own duty (66号): dispatched to the owner, never below the city tier. */
const duty = (code: string, name: string, ownerUnitCode: string): CategoryNode => ({
  code,
  name,
  ownerUnitCode,
  children: [],
});

// Codes are written out rather than derived from position: dispatch rules and reports refer to them, so
// they must not move when a category is added.
const TREE: readonly CategoryNode[] = [
  group(
    '01',
    '城乡建设',
    group(
      '0101',
      '物业管理',
      local('010101', '噪音扰民'),
      duty('010102', '电梯故障', 'D-MARKET'),
      duty('010103', '物业收费', 'D-HOUSING'),
      local('010104', '物业服务质量'),
      duty('010105', '专项维修资金', 'D-HOUSING'),
    ),
    group(
      '0102',
      '房屋管理',
      duty('010201', '房屋质量', 'D-HOUSING'),
      duty('010202', '商品房交付', 'D-HOUSING'),
      duty('010203', '房屋租赁', 'D-HOUSING'),
      local('010204', '危旧房屋'),
    ),
    group(
      '0103',
      '建筑施工',
      duty('010301', '夜间施工噪音', 'D-HOUSING'),
      duty('010302', '工地扬尘', 'D-HOUSING'),
      local('010303', '违法建设'),
    ),
    group('0104', '住房保障', duty('010401', '公租房', 'D-HOUSING'), duty('010402', '住房公积金', 'D-FUND')),
    group('0105', '老旧小区改造', duty('010501', '改造进度', 'D-HOUSING'), local('010502', '加装电梯')),
  ),
  group(
    '02',
    '城市管理',
    group(
      '0201',
      '市容环境',
      local('020101', '垃圾清运'),
      local('020102', '占道经营'),
      local('020103', '乱贴小广告'),
      duty('020104', '户外广告设置', 'D-URBAN'),
    ),
    group(
      '0202',
      '市政设施',
      duty('020201', '路灯不亮', 'D-URBAN'),
      duty('020202', '道路破损', 'D-URBAN'),
      duty('020203', '井盖缺失', 'D-URBAN'),
      duty('020204', '排水不畅', 'D-WATER'),
    ),
    group('0203', '园林绿化', local('020301', '树木修剪'), duty('020302', '公园绿地损毁', 'D-URBAN')),
    group('0204', '垃圾分类', local('020401', '分类投放'), duty('020402', '建筑垃圾', 'D-URBAN')),
  ),
  group(
    '03',
    '环境保护',
    group('0301', '大气污染', duty('030101', '工业废气', 'D-ECOLOGY'), local('030102', '餐饮油烟'), local('030103', '露天焚烧')),
    group('0302', '水污染', duty('030201', '企业排污', 'D-ECOLOGY'), duty('030202', '河道黑臭', 'D-WATER')),
    group('0303', '噪声污染', duty('030301', '工业噪声', 'D-ECOLOGY'), local('030302', '社会生活噪声')),
    group('0304', '固体废物', duty('030401', '危险废物', 'D-ECOLOGY')),
  ),
  group(
    '04',
    '交通运输',
    group('0401', '出租汽车', duty('040101', '拒载绕路', 'D-TRANSPORT'), duty('040102', '网约车服务', 'D-TRANSPORT')),
    group('0402', '公交服务', duty('040201', '线路站点设置', 'U-BUS'), duty('040202', '司乘服务态度', 'U-BUS')),
    group(
      '0403',
      '道路交通',
      duty('040301', '违章停车', 'D-TRAFFIC-POLICE'),
      duty('040302', '信号灯故障', 'D-TRAFFIC-POLICE'),
      local('040303', '小区停车管理'),
    ),
    group('0404', '公路养护', duty('040401', '公路破损', 'D-TRANSPORT')),
  ),
  group(
    '05',
    '市场监管',
    group('0501', '食品安全', duty('050101', '食品质量安全', 'D-MARKET'), duty('050102', '无证餐饮', 'D-MARKET')),
    group(
      '0502',
      '消费维权',
      duty('050201', '商品质量', 'D-MARKET'),
      duty('050202', '价格欺诈', 'D-MARKET'),
      duty('050203', '预付卡退费', 'D-COMMERCE'),
    ),
    group('0503', '药品安全', duty('050301', '药品质量', 'D-MARKET')),
  ),
  group(
    '06',
    '劳动社保',
    group(
      '0601',
      '劳动关系',
      duty('060101', '拖欠工资', 'D-HRSS'),
      duty('060102', '劳动合同', 'D-HRSS'),
      duty('060103', '拖欠农民工工资', 'D-HRSS'),
    ),
    group(
      '0602',
      '社会保险',
      duty('060201', '养老保险', 'D-HRSS'),
      duty('060202', '失业保险', 'D-HRSS'),
      // 社保费 has been collected by the tax bureau since 2019, so payment questions go there.
      duty('060203', '社保费缴纳', 'D-TAX'),
    ),
    group('0603', '就业创业', duty('060301', '就业补贴', 'D-HRSS'), duty('060302', '职业技能培训', 'D-HRSS')),
    group('0604', '医疗保障', duty('060401', '医保报销', 'D-MEDICAL-INSURANCE'), duty('060402', '异地就医', 'D-MEDICAL-INSURANCE')),
  ),
  group(
    '07',
    '教育',
    group('0701', '招生入学', duty('070101', '义务教育入学', 'D-EDUCATION'), duty('070102', '学区划分', 'D-EDUCATION')),
    group('0702', '校外培训', duty('070201', '违规培训', 'D-EDUCATION'), duty('070202', '培训退费', 'D-EDUCATION')),
    group('0703', '学校管理', duty('070301', '学校乱收费', 'D-EDUCATION'), local('070302', '校园周边环境')),
  ),
  group(
    '08',
    '卫生健康',
    group('0801', '医疗服务', duty('080101', '医疗服务态度', 'D-HEALTH'), duty('080102', '医疗纠纷', 'D-HEALTH'), duty('080103', '非法行医', 'D-HEALTH')),
    group('0802', '公共卫生', duty('080201', '传染病防控', 'D-HEALTH'), local('080202', '病媒生物防制')),
    group('0803', '人口家庭', duty('080301', '生育登记', 'D-HEALTH')),
  ),
  group(
    '09',
    '公共安全',
    group('0901', '治安管理', duty('090101', '治安隐患', 'D-POLICE'), duty('090102', '电信网络诈骗', 'D-POLICE')),
    group('0902', '消防安全', local('090201', '消防通道堵塞'), local('090202', '电动车楼道充电')),
    group('0903', '安全生产', duty('090301', '企业安全隐患', 'D-EMERGENCY')),
    group('0904', '户籍证件', duty('090401', '户口迁移', 'D-POLICE'), duty('090402', '身份证办理', 'D-POLICE')),
  ),
  group(
    '10',
    '民政',
    // Applications for 低保 and temporary aid are made at the street office, so they stay 属地.
    group('1001', '社会救助', local('100101', '低保申请'), local('100102', '临时救助')),
    group('1002', '养老服务', duty('100201', '养老机构', 'D-CIVIL'), local('100202', '高龄津贴')),
    group('1003', '婚姻殡葬', duty('100301', '婚姻登记', 'D-CIVIL'), duty('100302', '殡葬服务', 'D-CIVIL')),
    group('1004', '社区治理', local('100401', '邻里纠纷'), local('100402', '居委会工作')),
  ),
  group(
    '11',
    '营商环境',
    group('1101', '企业开办', duty('110101', '企业登记', 'D-APPROVAL'), duty('110102', '行政许可审批', 'D-APPROVAL')),
    group(
      '1102',
      '涉企诉求',
      duty('110201', '惠企政策兑现', 'D-BUSINESS'),
      duty('110202', '涉企检查', 'D-BUSINESS'),
      duty('110203', '拖欠企业账款', 'D-DEVELOPMENT'),
      duty('110204', '政府采购', 'D-FINANCE'),
    ),
    group('1103', '纳税服务', duty('110301', '发票开具', 'D-TAX'), duty('110302', '税费优惠', 'D-TAX')),
  ),
  group(
    '12',
    '公共事业',
    group(
      '1201',
      '供水',
      duty('120101', '停水', 'U-WATER'),
      duty('120102', '水压低', 'U-WATER'),
      duty('120103', '水质异常', 'U-WATER'),
      duty('120104', '水费', 'U-WATER'),
    ),
    group('1202', '供电', duty('120201', '停电', 'U-POWER'), duty('120202', '电压不稳', 'U-POWER'), duty('120203', '电费', 'U-POWER')),
    group('1203', '燃气', duty('120301', '停气', 'U-GAS'), duty('120302', '燃气安全隐患', 'U-GAS'), duty('120303', '燃气费', 'U-GAS')),
    group('1204', '供暖', duty('120401', '暖气不热', 'U-HEATING'), duty('120402', '供暖费', 'U-HEATING')),
    group(
      '1205',
      '通信',
      duty('120501', '中国电信业务', 'U-TELECOM'),
      duty('120502', '中国移动业务', 'U-MOBILE'),
      duty('120503', '中国联通业务', 'U-UNICOM'),
    ),
  ),
  group(
    '13',
    '农业农村',
    group('1301', '农业生产', duty('130101', '农资质量', 'D-AGRICULTURE'), duty('130102', '动物防疫', 'D-AGRICULTURE')),
    group('1302', '农村管理', local('130201', '宅基地'), local('130202', '农村人居环境')),
    group('1303', '惠农补贴', duty('130301', '耕地地力保护补贴', 'D-AGRICULTURE')),
  ),
  group(
    '14',
    '文化旅游',
    group('1401', '旅游服务', duty('140101', '旅行社纠纷', 'D-CULTURE'), duty('140102', '景区服务', 'D-CULTURE')),
    group('1402', '文化市场', duty('140201', '娱乐场所', 'D-CULTURE'), local('140202', '广场舞噪音')),
  ),
  group(
    '15',
    '自然资源',
    group('1501', '不动产登记', duty('150101', '不动产权证办理', 'D-PLANNING'), duty('150102', '登记信息查询', 'D-PLANNING')),
    group('1502', '规划用地', duty('150201', '规划许可', 'D-PLANNING'), duty('150202', '非法占地', 'D-PLANNING')),
  ),
  group('16', '退役军人', group('1601', '优抚安置', duty('160101', '优抚待遇', 'D-VETERANS'), duty('160102', '退役安置', 'D-VETERANS'))),
];

const flatten = (node: CategoryNode, parentCode: string | null): CategorySeed[] => [
  {
    code: node.code,
    name: node.name,
    parentCode,
    departmentDuty: node.ownerUnitCode !== null,
    ownerUnitCode: node.ownerUnitCode,
  },
  ...node.children.flatMap((child) => flatten(child, node.code)),
];

export const categories: CategorySeed[] = TREE.flatMap((node) => flatten(node, null));
