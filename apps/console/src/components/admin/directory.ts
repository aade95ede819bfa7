import { ref } from 'vue';
import type { Role } from '../../api/session';

/** A row of GET /api/users (apps/routing/src/reference): never the password's hash. */
export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  unitName: string | null;
  active: boolean;
  createdAt: string;
}

export type Tree<T> = T & { children?: Tree<T>[] };

/**
 * A flat list as the tree `el-table` draws from `children`, in the list's order. A row whose parent
 * is not in the list is a root, so that a filtered list still shows every row.
 */
export function treeOf<T extends object, K>(rows: T[], keyOf: (row: T) => K, parentOf: (row: T) => K | null): Tree<T>[] {
  const nodes = new Map(rows.map((row): [K, Tree<T>] => [keyOf(row), { ...row }]));
  const roots: Tree<T>[] = [];
  for (const node of nodes.values()) {
    const parentKey = parentOf(node);
    const parent = parentKey === null ? undefined : nodes.get(parentKey);
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

/** The fields a form changed, for a PATCH: a move or a role change is sent only when meant. */
export function changesOf<T extends object>(form: T, original: T): Partial<T> {
  return Object.fromEntries(Object.entries(form).filter(([name, value]) => value !== original[name as keyof T])) as Partial<T>;
}

/**
 * The rows open in a tree table, kept across reloads (for `expand-row-keys` and `@expand-change`);
 * `reveal` opens a new row's ancestors, so that it shows where it was put.
 */
export function useExpandedRows<T>(keyOf: (row: T) => string | number) {
  const expanded = ref<string[]>([]);
  function onExpandChange(row: T, open: boolean): void {
    const key = String(keyOf(row));
    expanded.value = open ? [...expanded.value, key] : expanded.value.filter((each) => each !== key);
  }
  function reveal(ancestors: (string | number)[]): void {
    expanded.value = [...new Set([...expanded.value, ...ancestors.map(String)])];
  }
  return { expanded, onExpandChange, reveal };
}

export type ExpandedRows<T> = ReturnType<typeof useExpandedRows<T>>;

/** The codes above a code in its tree, the top first, by the domain's rule of where a code sits (`regionPlaceOf`, `categoryPlaceOf`). */
export function ancestorCodes(code: string, placeOf: (code: string) => { parentCode: string | null } | undefined): string[] {
  const parent = placeOf(code)?.parentCode;
  return parent ? [...ancestorCodes(parent, placeOf), parent] : [];
}
