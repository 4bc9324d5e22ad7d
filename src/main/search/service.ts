import { SEARCH_KINDS, type SearchKind } from '../../shared/search/kinds';
import { markMatches, snippetOf } from '../../shared/search/highlight';
import { matchExpression, searchTerms } from '../../shared/search/query';
import type { SearchGroup, SearchHit, SearchInput, SearchResult } from '../../shared/search/schema';
import type { Store } from '../db/store';
import { countMatches, findBestMatches, findRankedMatches, RANK_WINDOW, type HitRow } from './repository';

export { RANK_WINDOW };

const DEFAULT_LIMIT = 5;

/** The palette counts up to this many matches per kind; "Show all results" counts them all. */
export const COUNT_CAP = 1_000;

/** A note's title ends with the ISO day it was held (so "2026-11" finds it); the hit gives the day apart. */
const TRAILING_DAY = / · (\d{4}-\d{2}-\d{2})$/;

function toHit(kind: SearchKind, row: HitRow, terms: string[]): SearchHit {
  let title = row.title;
  let day: string | null = null;
  const dated = kind === 'checkin-note' ? TRAILING_DAY.exec(title) : null;
  if (dated) {
    day = dated[1]!;
    title = title.slice(0, dated.index);
  }
  return {
    kind,
    id: row.doc_id,
    accountId: row.account_id,
    accountName: row.account_name,
    parentId: row.parent_id,
    title: markMatches(title, terms),
    day,
    snippet: snippetOf(row.body, terms),
  };
}

/**
 * Searches every kind (or the ones asked for); results grouped by kind, best first, with how
 * many match in each, empty groups left out. With `offset` a kind is paged through in full
 * rank order. Without it (the palette, as you type) a kind with few matches is ranked whole
 * by the plain bm25 statement, and a common word's newest RANK_WINDOW matches are ranked.
 */
export function search(store: Store, input: SearchInput): SearchResult {
  const terms = searchTerms(input.text);
  const match = matchExpression(input.text);
  if (match === '') return { groups: [] };
  const limit = input.limit ?? DEFAULT_LIMIT;
  const kinds = input.kinds ? SEARCH_KINDS.filter((k) => input.kinds?.includes(k)) : SEARCH_KINDS;
  const groups: SearchGroup[] = [];
  for (const kind of kinds) {
    const paging = input.offset !== undefined;
    const counted = countMatches(store, kind, match, paging ? null : COUNT_CAP + 1);
    if (counted === 0) continue;
    const totalCapped = !paging && counted > COUNT_CAP;
    const total = totalCapped ? COUNT_CAP : counted;
    const rankedAll = paging || total <= RANK_WINDOW;
    const rows = rankedAll ? findRankedMatches(store, kind, match, limit, input.offset ?? 0) : findBestMatches(store, kind, match, limit);
    groups.push({ kind, hits: rows.map((row) => toHit(kind, row, terms)), total, totalCapped, rankedAll });
  }
  return { groups };
}
