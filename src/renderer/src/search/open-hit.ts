import type { SearchHit } from '../../../shared/search/schema';
import type { Route } from '../shell/route';

/** Where a search result opens: its account, on the tab that shows it, scrolled to it. */
export function routeForHit(hit: SearchHit): Route | null {
  switch (hit.kind) {
    case 'account':
      return { page: 'account', accountId: hit.id };
    case 'contact':
      return hit.accountId ? { page: 'account', accountId: hit.accountId, tab: 'overview' } : null;
    case 'checkin-note':
      return hit.accountId ? { page: 'account', accountId: hit.accountId, tab: 'checkins', focus: hit.id } : null;
    case 'action-item':
      return hit.accountId ? { page: 'account', accountId: hit.accountId, tab: 'checkins', ...(hit.parentId ? { focus: hit.parentId } : {}) } : null;
    case 'checklist-item':
      return hit.accountId ? { page: 'account', accountId: hit.accountId, tab: 'readiness', focus: hit.id } : null;
    case 'feedback':
      return hit.accountId ? { page: 'account', accountId: hit.accountId, tab: 'feedback', focus: hit.id } : null;
    default: {
      const never: never = hit.kind;
      return never;
    }
  }
}
