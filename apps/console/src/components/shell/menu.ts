import type { RouteRecordRaw } from 'vue-router';

export type MenuEntry = { page: RouteRecordRaw } | { group: string; pages: RouteRecordRaw[] };

/**
 * The menu of the pages someone may open, in the routes' order: a group's pages under one entry where
 * its first page stands, and a group left with one page shown as that page.
 */
export function menuOf(routes: readonly RouteRecordRaw[], mayOpen: (route: RouteRecordRaw) => boolean): MenuEntry[] {
  const entries: MenuEntry[] = [];
  const groups = new Map<string, RouteRecordRaw[]>();
  for (const route of routes.filter((each) => each.meta?.menu && mayOpen(each))) {
    const group = route.meta?.group;
    const pages = group ? groups.get(group) : undefined;
    if (!group) entries.push({ page: route });
    else if (pages) pages.push(route);
    else {
      groups.set(group, [route]);
      entries.push({ group, pages: groups.get(group)! });
    }
  }
  return entries.map((entry) => ('group' in entry && entry.pages.length === 1 ? { page: entry.pages[0]! } : entry));
}
