import type { InboxItem, InboxQuery, InboxSort } from '../../shared/feedback/schema';
import type { Store } from '../db/store';
import { inboxThemes, inboxUnlinkedRequests } from './inbox-repository';

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
