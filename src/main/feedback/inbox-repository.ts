import type { FeedbackRequest, InboxQuery, ThemeSummary } from '../../shared/feedback/schema';
import type { Store } from '../db/store';
import { hydrateRequests, selectRequests } from './requests-repository';
import { selectThemeSummaries, toThemeSummaries } from './themes-repository';

type RequestQuery = ReturnType<typeof selectRequests>;

const hasRequestFilters = (q: InboxQuery) => Boolean(q.category || q.route || q.segment || q.accountId);

/** The request-level filters (category, route, segment, account) on active accounts' requests. */
function filterRequests(query: RequestQuery, q: InboxQuery): RequestQuery {
  let out = query.where('a.archived_at', 'is', null);
  if (q.category) out = out.where('r.category', '=', q.category);
  if (q.route) out = out.where('r.route', '=', q.route);
  if (q.segment) out = out.where('a.segment', '=', q.segment);
  if (q.accountId) out = out.where('r.account_id', '=', q.accountId);
  return out;
}

export function inboxThemes(store: Store, q: InboxQuery): ThemeSummary[] {
  let query = selectThemeSummaries(store);
  if (q.status) query = query.where('t.status', '=', q.status);
  if (hasRequestFilters(q)) {
    const matching = filterRequests(selectRequests(store), q).clearSelect().select('r.theme_id').where('r.theme_id', 'is not', null);
    query = query.where('t.id', 'in', matching);
  }
  return toThemeSummaries(store.all(query));
}

/** Requests not linked to any theme yet; they count as new. */
export function inboxUnlinkedRequests(store: Store, q: InboxQuery): FeedbackRequest[] {
  if (q.status && q.status !== 'new') return [];
  const query = filterRequests(selectRequests(store), q).where('r.theme_id', 'is', null);
  return hydrateRequests(store.all(query));
}

/** The linked requests of these themes that match the request-level filters, by theme. */
export function matchingRequestsByTheme(store: Store, themeIds: readonly string[], q: InboxQuery): Map<string, FeedbackRequest[]> {
  const byTheme = new Map<string, FeedbackRequest[]>();
  for (let i = 0; i < themeIds.length; i += 500) {
    const query = filterRequests(selectRequests(store), q)
      .where('r.theme_id', 'in', themeIds.slice(i, i + 500))
      .orderBy('r.created_at')
      .orderBy('r.id');
    for (const request of hydrateRequests(store.all(query))) {
      if (!request.themeId) continue;
      const list = byTheme.get(request.themeId) ?? [];
      list.push(request);
      byTheme.set(request.themeId, list);
    }
  }
  return byTheme;
}
