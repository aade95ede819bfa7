import type { RegionSeed } from './types.js';

interface StreetSpec {
  code: string;
  name: string;
  communities: readonly string[];
}

interface DistrictSpec {
  code: string;
  name: string;
  streets: readonly StreetSpec[];
}

// 滨海市 is fictional, and so is its prefix 3799. A community's code is its position under its street
// (001, 002, ...): append new communities at the end, as dispatch rules may already match existing codes.
const DISTRICTS: readonly DistrictSpec[] = [
  {
    code: '379901',
    name: '海川区',
    streets: [
      { code: '379901001', name: '海滨街道', communities: ['望海社区', '观潮社区', '渔港社区'] },
      { code: '379901002', name: '中山路街道', communities: ['中山社区', '文华社区'] },
      { code: '379901003', name: '新港街道', communities: ['新港社区', '码头社区'] },
      { code: '379901004', name: '白沙街道', communities: ['白沙社区', '金沙社区'] },
    ],
  },
  {
    code: '379902',
    name: '临港区',
    streets: [
      { code: '379902001', name: '港湾街道', communities: ['港湾社区', '海韵社区'] },
      { code: '379902002', name: '创业街道', communities: ['创业社区', '科技园社区'] },
      { code: '379902003', name: '蓝湾街道', communities: ['蓝湾社区', '滨江社区', '鸥鹭社区'] },
    ],
  },
  {
    code: '379903',
    name: '东湖区',
    streets: [
      { code: '379903001', name: '东湖街道', communities: ['湖滨社区', '荷花社区', '柳岸社区'] },
      { code: '379903002', name: '桃源街道', communities: ['桃源社区', '春晖社区'] },
      { code: '379903003', name: '文昌街道', communities: ['文昌社区', '学府社区'] },
    ],
  },
  {
    // The suburban district has towns with villages, so that rural matters (宅基地, 人居环境) have a place.
    code: '379904',
    name: '西山区',
    streets: [
      { code: '379904001', name: '西山街道', communities: ['西山社区', '松林社区'] },
      { code: '379904002', name: '青石镇', communities: ['青石社区', '石门村', '柳溪村'] },
      { code: '379904003', name: '云岭镇', communities: ['云岭社区', '茶园村'] },
    ],
  },
];

export const regions: RegionSeed[] = DISTRICTS.flatMap((district) => [
  { code: district.code, name: district.name, parentCode: null },
  ...district.streets.flatMap((street) => [
    { code: street.code, name: street.name, parentCode: district.code },
    ...street.communities.map((name, index) => ({
      code: `${street.code}${String(index + 1).padStart(3, '0')}`,
      name,
      parentCode: street.code,
    })),
  ]),
]);
