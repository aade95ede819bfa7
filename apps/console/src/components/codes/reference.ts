import { get } from '../../api/http';
import type { Tier, UnitKind } from './vocabulary';

export interface Region {
  code: string;
  name: string;
  parentCode: string | null;
  level: 'district' | 'street' | 'community';
}

export interface Category {
  code: string;
  name: string;
  parentCode: string | null;
  level: number;
  departmentDuty: boolean;
  ownerUnitId: number | null;
  active: boolean;
}

export interface Unit {
  id: number;
  code: string;
  name: string;
  tier: Tier;
  kind: UnitKind;
  regionCode: string | null;
  parentId: number | null;
  /** Ids from the root down, `/3/17/52/`: a unit's subtree is every path it begins. */
  path: string;
  active: boolean;
}

export interface CodeOption {
  value: string;
  label: string;
}

/**
 * Loaded once per page load: reference data changes rarely; a refusal is not kept, so signing in helps.
 * `forget` after an administrator's change: the next page asks afresh.
 */
function cached<T>(path: string): (() => Promise<T[]>) & { forget: () => void } {
  let loading: Promise<T[]> | undefined;
  const load = () =>
    (loading ??= get<T[]>(path).catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  return Object.assign(load, { forget: () => (loading = undefined) });
}

export const regions = cached<Region>('/regions');
export const categories = cached<Category>('/categories');
export const units = cached<Unit>('/units');

/** Each node labelled with its whole path (海川区 / 海滨街道), so a search by any level finds it. */
function withPaths<T extends { code: string; name: string; parentCode: string | null }>(nodes: T[]): CodeOption[] {
  const byCode = new Map(nodes.map((node) => [node.code, node]));
  const pathOf = (node: T): string => {
    const parent = node.parentCode === null ? undefined : byCode.get(node.parentCode);
    return parent ? `${pathOf(parent)} / ${node.name}` : node.name;
  };
  return nodes.map((node) => ({ value: node.code, label: pathOf(node) }));
}

export const regionOptions = async (): Promise<CodeOption[]> => withPaths(await regions());

/** Every category, or only the leaves (a ticket names a leaf; rules and searches a group too). */
export async function categoryOptions(leavesOnly = false): Promise<CodeOption[]> {
  const all = await categories();
  const parents = new Set(all.map((category) => category.parentCode));
  return withPaths(all).filter((option) => !leavesOnly || !parents.has(option.value));
}

export const unitOptions = async (): Promise<CodeOption[]> => (await units()).map((unit) => ({ value: unit.code, label: unit.name }));

/** A code's name (the last part of its path), or the code itself when the list does not have it. */
export function namesOf(options: CodeOption[]): (code: string) => string {
  const names = new Map(options.map((option) => [option.value, option.label.split(' / ').at(-1)!]));
  return (code) => names.get(code) ?? code;
}
