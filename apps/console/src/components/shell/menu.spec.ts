import { describe, expect, it } from '@jest/globals';
import type { RouteRecordRaw } from 'vue-router';
import { menuOf, type MenuEntry } from './menu';

const page = (name: string, group?: string): RouteRecordRaw => ({ path: `/${name}`, name, component: {}, meta: { menu: `menu.${name}`, group } });
const ROUTES: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: {}, meta: { public: true } },
  page('pool'),
  page('rules', 'menu.admin'),
  page('dashboard'),
  page('calendar', 'menu.admin'),
  page('deadlines', 'menu.admin'),
];
/** Names only: a page by its name, a group as its key and its pages' names. */
const shape = (entries: MenuEntry[]) => entries.map((entry) => ('page' in entry ? entry.page.name : { [entry.group]: entry.pages.map((each) => each.name) }));

describe('menuOf: the header menu of the pages someone may open', () => {
  it.each([
    ['every page: the group stands where its first page is', () => true, ['pool', { 'menu.admin': ['rules', 'calendar', 'deadlines'] }, 'dashboard']],
    ['a group left with one page shows that page', (route: RouteRecordRaw) => route.name !== 'rules' && route.name !== 'calendar', ['pool', 'dashboard', 'deadlines']],
    ['nothing of a group: no group', (route: RouteRecordRaw) => !route.meta?.group, ['pool', 'dashboard']],
    ['pages outside the menu never appear', (route: RouteRecordRaw) => route.name === 'login', []],
  ])('%s', (_case, mayOpen, expected) => {
    expect(shape(menuOf(ROUTES, mayOpen))).toEqual(expected);
  });
});
