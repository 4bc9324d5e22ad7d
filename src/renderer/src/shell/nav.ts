import type { Route } from './route';

/** The sidebar's sections, in order. Each capability adds its page here (and its route in route.ts). */
export const NAV_ITEMS: readonly { label: string; route: Route; matches: (route: Route) => boolean }[] = [
  { label: 'Today', route: { page: 'today' }, matches: (r) => r.page === 'today' },
  { label: 'Accounts', route: { page: 'accounts' }, matches: (r) => r.page === 'accounts' || r.page === 'account' },
  { label: 'Feedback', route: { page: 'feedback' }, matches: (r) => r.page === 'feedback' },
  { label: 'Releases', route: { page: 'releases' }, matches: (r) => r.page === 'releases' },
  { label: 'Settings', route: { page: 'settings' }, matches: (r) => r.page === 'settings' },
];
