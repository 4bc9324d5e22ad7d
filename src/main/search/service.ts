import { SEARCH_KINDS, type SearchKind } from '../../shared/search/kinds';
import { markMatches, snippetOf } from '../../shared/search/highlight';
import { matchExpression, searchTerms } from '../../shared/search/query';
import type { SearchGroup, SearchHit, SearchInput, SearchResult } from '../../shared/search/schema';
import type { Store } from '../db/store';
import { findBestMatches, type HitRow } from './repository';

const DEFAULT_LIMIT = 5;

function toHit(kind: SearchKind, row: HitRow, terms: string[]): SearchHit {
  return {
    kind,
    id: row.doc_id,
    accountId: row.account_id,
    accountName: row.account_name,
    parentId: row.parent_id,
    title: markMatches(row.title, terms),
    snippet: snippetOf(row.body, terms),
  };
}

/** Searches every kind (or the ones asked for); results grouped by kind, best first, empty groups left out. */
export function search(store: Store, input: SearchInput): SearchResult {
  const terms = searchTerms(input.text);
  const match = matchExpression(input.text);
  if (match === '') return { groups: [] };
  const limit = input.limit ?? DEFAULT_LIMIT;
  const kinds = input.kinds ? SEARCH_KINDS.filter((k) => input.kinds?.includes(k)) : SEARCH_KINDS;
  const groups: SearchGroup[] = [];
  for (const kind of kinds) {
    const rows = findBestMatches(store, kind, match, limit);
    if (rows.length > 0) groups.push({ kind, hits: rows.map((row) => toHit(kind, row, terms)) });
  }
  return { groups };
}
