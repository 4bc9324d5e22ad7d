import { create } from 'zustand';

/** Where the user is. Each section adds its route here; the shell renders the matching page. */
export type Route =
  | { page: 'today' }
  | { page: 'accounts' }
  | {
      page: 'account';
      accountId: string;
      tab?: string;
      /** A record to scroll to, e.g. a note opened from search. */
      focus?: string;
      /** The search that opened it: its matches are highlighted in the focused record. */
      highlight?: string;
    }
  | { page: 'feedback'; themeId?: string }
  | { page: 'releases'; releaseId?: string }
  | { page: 'settings' };

interface RouteState {
  route: Route;
  go: (route: Route) => void;
}

/** Listeners run before the route changes, so editors can flush unsaved text first. */
const beforeLeave = new Set<() => void>();
export function onBeforeRouteChange(listener: () => void): () => void {
  beforeLeave.add(listener);
  return () => beforeLeave.delete(listener);
}

export const useRoute = create<RouteState>((set) => ({
  route: { page: 'accounts' },
  go: (route) => {
    beforeLeave.forEach((listener) => listener());
    set({ route });
  },
}));
