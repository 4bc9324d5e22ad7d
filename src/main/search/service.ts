import { SEARCH_KINDS, type SearchKind } from '../../shared/search/kinds';
import { matchExpression, parseMarked } from '../../shared/search/query';
import type { SearchGroup, SearchHit, SearchInput, SearchResult } from '../../shared/search/schema';
import type { Store } from '../db/store';
import { ftsTable } from './index-table';
import { prepared } from './statements';

/**
 * How many of the most recently written matches of a kind are ranked. bm25 scores every row it
 * is asked about, so ranking all 100,000 notes that contain a common word costs ~55 ms; ranking
 * the newest few hundred costs a couple of ms. A word that matches fewer documents than this
 * (almost every real search) is ranked over all its matches; for a word in nearly every note,
 * the best-scoring recent notes are the ones a CSM is after.
 */
export const RANK_WINDOW = 400;

const DEFAULT_LIMIT = 5;

/** A title match weighs more than a body match. */
const TITLE_WEIGHT = 4;

interface HitRow {
  doc_id: string;
  account_id: string | null;
  parent_id: string | null;
  account_name: string | null;
  title: string;
  snippet: string;
}

function kindQuery(kind: SearchKind): string {
  const t = ftsTable(kind);
  return `
    WITH candidates AS (
      SELECT rowid AS seq, bm25(${t}, ${TITLE_WEIGHT}, 1) AS score
      FROM ${t} WHERE ${t} MATCH @match ORDER BY rowid DESC LIMIT @window
    ), best AS (
      SELECT seq, score FROM candidates ORDER BY score LIMIT @limit
    )
    SELECT d.doc_id, d.account_id, d.parent_id, a.name AS account_name,
           highlight(${t}, 0, char(2), char(3)) AS title,
           snippet(${t}, 1, char(2), char(3), '…', 16) AS snippet
    FROM best
    JOIN ${t} ON ${t}.rowid = best.seq
    JOIN search_docs d ON d.seq = best.seq
    LEFT JOIN accounts a ON a.id = d.account_id
    WHERE ${t} MATCH @match
    ORDER BY best.score`;
}

function toHit(kind: SearchKind, row: HitRow): SearchHit {
  return {
    kind,
    id: row.doc_id,
    accountId: row.account_id,
    accountName: row.account_name,
    parentId: row.parent_id,
    title: parseMarked(row.title),
    snippet: parseMarked(row.snippet),
  };
}

/** Searches every kind (or the ones asked for); results grouped by kind, best first, empty groups left out. */
export function search(store: Store, input: SearchInput): SearchResult {
  const match = matchExpression(input.text);
  if (match === '') return { groups: [] };
  const limit = input.limit ?? DEFAULT_LIMIT;
  const kinds = input.kinds ? SEARCH_KINDS.filter((k) => input.kinds?.includes(k)) : SEARCH_KINDS;
  const groups: SearchGroup[] = [];
  for (const kind of kinds) {
    const rows = prepared(store.sqlite, kindQuery(kind)).all({ match, window: RANK_WINDOW, limit }) as HitRow[];
    if (rows.length > 0) groups.push({ kind, hits: rows.map((row) => toHit(kind, row)) });
  }
  return { groups };
}
