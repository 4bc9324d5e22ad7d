import type { SearchKind } from '../../shared/search/kinds';
import type { Store } from '../db/store';
import { ftsTable } from './index-table';

/**
 * How many of the most recently written matches of a kind are ranked. FTS5's bm25() first
 * counts every document holding each word, so ranking a word found in 90,000 of 100,000 notes
 * costs ~55 ms whatever the LIMIT. Instead the newest matches are read lazily in rowid order
 * (a document's rowid grows with each write) and only these are scored. A search matching
 * fewer documents than this, which is almost every real search, is ranked over all its
 * matches; for a word in nearly every note, the best-scoring recent notes are the ones a CSM
 * is after.
 */
export const RANK_WINDOW = 300;

/**
 * BM25's term-frequency saturation and length normalisation (k1 = 1.2, b = 0.75), with a title
 * match weighing four times a body match. Frequencies are counted from FTS5's highlight() of
 * each candidate; every required word is present in every candidate, so the words share one
 * inverse document frequency and it drops out of the order.
 */
const SCORE = (tf: string, len: string, weight: number) =>
  `${weight}.0 * ${tf} * 2.2 / (${tf} + 1.2 * (0.25 + 0.75 * ${len} / max(1.0, avg(${len}) OVER ())))`;

export interface HitRow {
  doc_id: string;
  account_id: string | null;
  parent_id: string | null;
  account_name: string | null;
  title: string;
  body: string;
}

/** The statement that finds one kind's best matches (exported so the benchmark runs it bare). */
export function searchKindSql(kind: SearchKind): string {
  const t = ftsTable(kind);
  return `
    WITH candidates AS (
      SELECT rowid AS seq,
             length(highlight(${t}, 0, char(2), '')) - length(title) AS tf_title, length(title) AS len_title,
             length(highlight(${t}, 1, char(2), '')) - length(body) AS tf_body, length(body) AS len_body
      FROM ${t} WHERE ${t} MATCH @match ORDER BY rowid DESC LIMIT @window
    ), scored AS (
      SELECT seq, ${SCORE('tf_title', 'len_title', 4)} + ${SCORE('tf_body', 'len_body', 1)} AS score FROM candidates
    ), best AS (
      SELECT seq, score FROM scored ORDER BY score DESC, seq DESC LIMIT @limit
    )
    SELECT d.doc_id, d.account_id, d.parent_id, a.name AS account_name, d.title, d.body
    FROM best
    JOIN search_docs d ON d.seq = best.seq
    LEFT JOIN accounts a ON a.id = d.account_id
    ORDER BY best.score DESC, best.seq DESC`;
}

/**
 * Every match in rank order, a page at a time: FTS5's bm25() with a title match weighing four
 * times a body match. For a rare word this is also the palette's statement (few rows: no
 * reason to window them); for "Show all results" it pages through everything.
 */
export function searchKindRankedSql(kind: SearchKind): string {
  const t = ftsTable(kind);
  return `
    SELECT d.doc_id, d.account_id, d.parent_id, a.name AS account_name, d.title, d.body
    FROM (SELECT rowid AS seq, bm25(${t}, 4.0, 1.0) AS score FROM ${t} WHERE ${t} MATCH @match ORDER BY score, rowid DESC LIMIT @limit OFFSET @offset) best
    JOIN search_docs d ON d.seq = best.seq
    LEFT JOIN accounts a ON a.id = d.account_id
    ORDER BY best.score, best.seq DESC`;
}

/**
 * How many documents of a kind match, counted from the index alone, up to `@cap` (negative:
 * no cap): counting all 90,000 notes holding a common word costs milliseconds the palette
 * hasn't got, and "1,000+" says as much to a reader.
 */
export const countKindSql = (kind: SearchKind) =>
  `SELECT count(*) AS n FROM (SELECT rowid FROM ${ftsTable(kind)} WHERE ${ftsTable(kind)} MATCH @match LIMIT @cap)`;

/** One kind's best matches for an FTS5 match expression, best first (a fixed prepared statement per kind). */
export function findBestMatches(store: Store, kind: SearchKind, match: string, limit: number): HitRow[] {
  return store.prepared(searchKindSql(kind)).all({ match, window: RANK_WINDOW, limit }) as HitRow[];
}

/** A page of one kind's matches in full rank order. */
export function findRankedMatches(store: Store, kind: SearchKind, match: string, limit: number, offset: number): HitRow[] {
  return store.prepared(searchKindRankedSql(kind)).all({ match, limit, offset }) as HitRow[];
}

/** How many documents of a kind match, up to `cap` (all of them when `cap` is null). */
export function countMatches(store: Store, kind: SearchKind, match: string, cap: number | null): number {
  return (store.prepared(countKindSql(kind)).get({ match, cap: cap ?? -1 }) as { n: number }).n;
}
