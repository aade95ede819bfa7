import { REGION_LEVELS, regionLevelOf, type RegionLevel } from './vocabulary.js';

/** 事项分类 codes nest two digits a level: group 01 > class 0101 > item 010101. */
export const CATEGORY_CODE_LENGTHS = [2, 4, 6] as const;
export type CategoryLevel = 1 | 2 | 3;

/** Where a code sits in its tree: its level and its parent's code (null: a root). */
export interface TreePlace<Level> {
  readonly level: Level;
  readonly parentCode: string | null;
}

const REGION_CODE_LENGTHS: readonly number[] = Object.values(REGION_LEVELS);

/** The code is its parent's code plus its own digits: the parent is the longest shorter code of the tree. */
const parentIn = (code: string, lengths: readonly number[]): string | null => {
  const parentLength = lengths.filter((length) => length < code.length).at(-1);
  return parentLength === undefined ? null : code.slice(0, parentLength);
};

/** 属地: a street's (9 digits) parent is its district (the first 6), a community's (12) its street (the first 9); a district is a root. */
export const regionPlaceOf = (code: string): TreePlace<RegionLevel> | undefined => {
  const level = regionLevelOf(code);
  return level && { level, parentCode: parentIn(code, REGION_CODE_LENGTHS) };
};

export const categoryPlaceOf = (code: string): TreePlace<CategoryLevel> | undefined => {
  const depth = (CATEGORY_CODE_LENGTHS as readonly number[]).indexOf(code.length);
  if (depth < 0 || !/^\d+$/.test(code)) return undefined;
  return { level: (depth + 1) as CategoryLevel, parentCode: parentIn(code, CATEGORY_CODE_LENGTHS) };
};
