import type { SearchHit } from '../../../shared/search/schema';
import type { Route } from '../shell/route';

/**
 * Opens a search result: its account, on the tab that shows it, scrolled to it. Returns false
 * when the hit can't be opened (a record without an account).
 */
export function openHit(hit: SearchHit, go: (route: Route) => void, query = ''): boolean {
  // A note opened from a hit shows the words that matched.
  const highlight = query.trim() ? { highlight: query.trim() } : {};
  const accountId = hit.accountId;
  switch (hit.kind) {
    case 'account':
      go({ page: 'account', accountId: hit.id });
      return true;
    case 'contact':
      if (!accountId) return false;
      go({ page: 'account', accountId, tab: 'overview' });
      return true;
    case 'checkin-note':
      if (!accountId) return false;
      go({ page: 'account', accountId, tab: 'checkins', focus: hit.id, ...highlight });
      return true;
    case 'action-item':
      if (!accountId) return false;
      go({ page: 'account', accountId, tab: 'checkins', ...(hit.parentId ? { focus: hit.parentId, ...highlight } : {}) });
      return true;
    case 'checklist-item':
      if (!accountId) return false;
      go({ page: 'account', accountId, tab: 'readiness', focus: hit.id });
      return true;
    case 'feedback':
      if (!accountId) return false;
      go({ page: 'account', accountId, tab: 'feedback', focus: hit.id });
      return true;
    case 'success-goal':
      if (!accountId) return false;
      go({ page: 'account', accountId, tab: 'success-plan', focus: hit.id });
      return true;
    case 'survey-response':
      if (!accountId) return false;
      go({ page: 'account', accountId, tab: 'surveys', focus: hit.id });
      return true;
    case 'support-ticket':
    case 'escalation':
      if (!accountId) return false;
      go({ page: 'account', accountId, tab: 'support', focus: hit.id });
      return true;
    default: {
      const never: never = hit.kind;
      return never;
    }
  }
}
