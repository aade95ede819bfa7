import { watch } from 'vue';
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { session, type Role } from './api/session';
import { categories, regions } from './components/codes/reference';

declare module 'vue-router' {
  interface RouteMeta {
    /** Who may open the page; absent: anyone signed in. */
    roles?: Role[];
    /** A public page: no sign-in, the mailbox's own layout. */
    public?: boolean;
    /** The menu's label key, for pages in the menu. */
    menu?: string;
    /** The label key of the sub-menu the page sits in, if not at the top. */
    group?: string;
  }
}

const CENTRE_DESK: Role[] = ['operator', 'dispatcher', 'admin'];
const FIGURE_READERS: Role[] = ['leader', 'admin', 'dispatcher'];
/** Settings pages, in one sub-menu so that an administrator's menu fits in the header. */
const ADMINISTRATION = 'menu.admin';

/** Starts loading a page's reference lists while its code downloads; the page then finds them cached. */
const prefetch = (...loads: (() => Promise<unknown>)[]) => () => {
  for (const load of loads) void load().catch(() => undefined);
};

// Pages load on demand: the first screen carries only its own code.
export const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { public: true } },
  { path: '/operator', name: 'operator', component: () => import('./pages/operator/OperatorWorkspace.vue'), beforeEnter: prefetch(categories, regions), meta: { roles: CENTRE_DESK, menu: 'menu.operator' } },
  { path: '/callbacks', name: 'callbacks', component: () => import('./pages/callbacks/CallbackWorkbench.vue'), meta: { roles: ['callback_agent'], menu: 'menu.callbacks' } },
  { path: '/pool', name: 'pool', component: () => import('./pages/dispatch/DispatcherPool.vue'), meta: { roles: ['dispatcher', 'admin'], menu: 'menu.pool' } },
  { path: '/publications', name: 'publications', component: () => import('./pages/dispatch/PublishingDesk.vue'), meta: { roles: ['dispatcher', 'admin'], menu: 'menu.publishing' } },
  { path: '/inbox', name: 'inbox', component: () => import('./pages/units/UnitInbox.vue'), meta: { roles: ['unit_handler', 'unit_admin'], menu: 'menu.inbox' } },
  { path: '/tickets/:id(\\d+)', name: 'ticket', component: () => import('./pages/tickets/TicketDetail.vue'), props: (route) => ({ id: Number(route.params.id) }) },
  { path: '/dashboard', name: 'dashboard', component: () => import('./pages/dashboard/LeaderDashboard.vue'), meta: { roles: FIGURE_READERS, menu: 'menu.dashboard' } },
  { path: '/figures', name: 'figures', component: () => import('./pages/figures/UnitRanking.vue'), meta: { roles: FIGURE_READERS, menu: 'menu.figures' } },
  { path: '/admin/rules', name: 'rules', component: () => import('./pages/admin/DispatchRules.vue'), meta: { roles: ['admin'], menu: 'menu.rules', group: ADMINISTRATION } },
  { path: '/admin/calendar', name: 'calendar', component: () => import('./pages/admin/HolidayCalendar.vue'), meta: { roles: ['admin'], menu: 'menu.calendar', group: ADMINISTRATION } },
  { path: '/admin/knowledge', name: 'knowledge', component: () => import('./pages/admin/KnowledgeBase.vue'), meta: { roles: ['admin'], menu: 'menu.knowledge', group: ADMINISTRATION } },
  { path: '/admin/sampling', name: 'sampling', component: () => import('./pages/admin/CallbackSampling.vue'), meta: { roles: ['admin'], menu: 'menu.sampling', group: ADMINISTRATION } },
  { path: '/admin/deadlines', name: 'deadlines', component: () => import('./pages/admin/DeadlinePolicy.vue'), meta: { roles: FIGURE_READERS, menu: 'menu.deadlines', group: ADMINISTRATION } },
  {
    // Units, users, regions and categories: one menu entry, a tab each (children inherit the roles).
    path: '/admin/reference',
    name: 'reference',
    redirect: { name: 'units' },
    component: () => import('./pages/admin/ReferenceData.vue'),
    meta: { roles: ['admin'], menu: 'menu.reference', group: ADMINISTRATION },
    children: [
      { path: 'units', name: 'units', component: () => import('./pages/admin/UnitTree.vue') },
      { path: 'users', name: 'users', component: () => import('./pages/admin/UserList.vue') },
      { path: 'regions', name: 'regions', component: () => import('./pages/admin/RegionTree.vue') },
      { path: 'categories', name: 'categories', component: () => import('./pages/admin/CategoryTree.vue') },
    ],
  },
  { path: '/mailbox', name: 'mailbox', component: () => import('./pages/mailbox/WriteLetter.vue'), meta: { public: true } },
  { path: '/mailbox/follow', name: 'follow', component: () => import('./pages/mailbox/FollowLetter.vue'), meta: { public: true } },
  { path: '/mailbox/replies', name: 'replies', component: () => import('./pages/mailbox/PublishedReplies.vue'), meta: { public: true } },
  { path: '/:rest(.*)*', name: 'home', redirect: () => homeOf(session.user.value?.role) },
];

/** Where each role starts. */
export function homeOf(role: Role | undefined): string {
  switch (role) {
    case 'operator':
      return '/operator';
    case 'dispatcher':
      return '/pool';
    case 'callback_agent':
      return '/callbacks';
    case 'unit_handler':
    case 'unit_admin':
      return '/inbox';
    case 'leader':
    case 'admin':
      return '/dashboard';
    default:
      return '/login';
  }
}

export const router = createRouter({ history: createWebHistory(), routes });

router.beforeEach((to) => {
  if (to.meta.public) return true;
  if (!session.signedIn.value) return { name: 'login', query: { next: to.fullPath } };
  if (to.meta.roles && !session.is(...to.meta.roles)) return homeOf(session.user.value?.role);
  return true;
});

// A session that ends, by the sign-out button or on its own (a 401: the token expired, or the account
// changed), takes the user to the sign-in page at once, not at their next click.
watch(session.signedIn, (signedIn) => {
  if (!signedIn && !router.currentRoute.value.meta.public) void router.push({ name: 'login' });
});
