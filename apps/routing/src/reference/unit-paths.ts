/** The length of `units.path`: a move that would make a path longer is refused. */
export const MAX_PATH_LENGTH = 255;

/** A unit's materialised path: its parent's path and its own id (`/3/17/` + 52 → `/3/17/52/`); a root's is `/52/`. */
export const pathOf = (id: number, parentPath: string | null): string => `${parentPath ?? '/'}${id}/`;

/** Whether the unit at `path` is the unit at `ancestor` or one below it. */
export const isWithin = (path: string, ancestor: string): boolean => path.startsWith(ancestor);

/** A subtree's move: every path starting with `from` starts with `to` instead (one UPDATE rewrites them). */
export interface PathMove {
  readonly from: string;
  readonly to: string;
}

/**
 * Moving `unit` with its subtree under `parent` (null: to the top). `deepest` is the length of the
 * longest path in the subtree. Under itself or one of its own descendants would make a cycle.
 */
export function planMove(
  unit: { readonly id: number; readonly path: string },
  parent: { readonly path: string } | null,
  deepest: number,
): { move: PathMove } | { problem: string } {
  if (parent && isWithin(parent.path, unit.path)) return { problem: 'parentId must not be the unit itself or a unit below it' };
  const move = { from: unit.path, to: pathOf(unit.id, parent?.path ?? null) };
  if (deepest - move.from.length + move.to.length > MAX_PATH_LENGTH) return { problem: 'parentId would nest the units below too deep' };
  return { move };
}
