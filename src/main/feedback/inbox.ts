import type { FeedbackRequest, InboxItem, InboxQuery, InboxSort, ThemeSummary } from '../../shared/feedback/schema';
import type { Store } from '../db/store';
import { hydrateRequests, selectRequests } from './requests';
import { selectThemeSummaries, toThemeSummaries } from './themes';

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

interface Rank {
  arr: number;
  accounts: number;
  createdAt: string;
  id: string;
}

const rankOf = (item: InboxItem): Rank =>
  item.kind === 'theme'
    ? { arr: item.theme.arrAtStake, accounts: item.theme.accountCount, createdAt: item.theme.createdAt, id: item.theme.id }
    : { arr: item.request.accountArr, accounts: 1, createdAt: item.request.createdAt, id: item.request.id };

function compareBy(sort: InboxSort): (a: Rank, b: Rank) => number {
  const byArr = (a: Rank, b: Rank) => b.arr - a.arr;
  const byAccounts = (a: Rank, b: Rank) => b.accounts - a.accounts;
  const oldest = (a: Rank, b: Rank) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0);
  const chain =
    (...fns: ((a: Rank, b: Rank) => number)[]) =>
    (a: Rank, b: Rank) => {
      for (const fn of fns) {
        const d = fn(a, b);
        if (d !== 0) return d;
      }
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    };
  switch (sort) {
    case 'arr':
      return chain(byArr, byAccounts, oldest);
    case 'accounts':
      return chain(byAccounts, byArr, oldest);
    case 'oldest':
      return chain(oldest, byArr);
    case 'newest':
      return chain((a, b) => oldest(b, a), byArr);
    default: {
      const unreachable: never = sort;
      throw new Error(`Unknown sort ${String(unreachable)}`);
    }
  }
}

/**
 * The cross-account inbox: themes and requests not linked to one yet, filtered and ranked.
 * An unlinked request stands for its one account and that account's ARR.
 */
export function inbox(store: Store, q: InboxQuery): InboxItem[] {
  const items: InboxItem[] = [
    ...inboxThemes(store, q).map((theme) => ({ kind: 'theme' as const, theme })),
    ...inboxUnlinkedRequests(store, q).map((request) => ({ kind: 'request' as const, request })),
  ];
  const compare = compareBy(q.sort ?? 'arr');
  return items
    .map((item) => ({ item, rank: rankOf(item) }))
    .sort((a, b) => compare(a.rank, b.rank))
    .map((x) => x.item);
}
