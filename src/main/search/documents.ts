import { foldLetters } from '../../shared/search/fold';
import type { SearchKind } from '../../shared/search/kinds';
import type { Store } from '../db/store';
import { ftsTable } from './index-table';

/** One searchable record, as a domain describes it to the index. */
export interface SearchDocument {
  kind: SearchKind;
  /** The record's own id (unique within its kind). */
  id: string;
  /** The account it belongs to: its documents leave the results while the account is archived. */
  accountId: string | null;
  /** The record that opens for this one when it lives inside another (an action item's note). */
  parentId?: string | null;
  title: string;
  body: string;
}

interface DocRow {
  seq: number;
  title: string;
  body: string;
  hidden: number;
}

/**
 * The index holds the folded text (`foldLetters`) while `search_docs` keeps the original, which
 * is what highlight() reads and results show. A 'delete' must repeat exactly what was indexed,
 * so both directions fold the same way.
 */
function unindex(store: Store, kind: SearchKind, row: DocRow): void {
  store.prepared(`INSERT INTO ${ftsTable(kind)} (${ftsTable(kind)}, rowid, title, body) VALUES ('delete', ?, ?, ?)`).run(
    row.seq,
    foldLetters(row.title),
    foldLetters(row.body),
  );
}

function index(store: Store, kind: SearchKind, seq: number, title: string, body: string): void {
  store.prepared(`INSERT INTO ${ftsTable(kind)} (rowid, title, body) VALUES (?, ?, ?)`).run(seq, foldLetters(title), foldLetters(body));
}

/**
 * Adds or replaces a record's document. Call it inside the transaction that writes the record,
 * so the index never disagrees with the data. The document is re-inserted with a new sequence
 * number: the search ranks the most recently written matches first when a word is common.
 */
export function indexDocument(store: Store, doc: SearchDocument): void {
  removeDocument(store, doc.kind, doc.id);
  const archived =
    doc.accountId !== null &&
    (store.prepared('SELECT archived_at FROM accounts WHERE id = ?').get(doc.accountId) as { archived_at: string | null } | undefined)
      ?.archived_at != null;
  const inserted = store.prepared(
    'INSERT INTO search_docs (kind, doc_id, account_id, parent_id, title, body, hidden) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(doc.kind, doc.id, doc.accountId, doc.parentId ?? null, doc.title, doc.body, archived ? 1 : 0);
  if (!archived) index(store, doc.kind, Number(inserted.lastInsertRowid), doc.title, doc.body);
}

/** Removes a record's document (no-op when it has none). Call it in the deleting transaction. */
export function removeDocument(store: Store, kind: SearchKind, id: string): void {
  // Prepared once rather than built per call: every autosave of a note passes here.
  const row = store.prepared('SELECT seq, title, body, hidden FROM search_docs WHERE kind = ? AND doc_id = ?').get(kind, id) as
    | DocRow
    | undefined;
  if (!row) return;
  if (row.hidden === 0) unindex(store, kind, row);
  store.prepared('DELETE FROM search_docs WHERE seq = ?').run(row.seq);
}

/** Takes an archived account's documents out of the results, keeping them for a restore. */
export function hideAccountDocuments(store: Store, accountId: string): void {
  const rows = store.all(
    store.q.selectFrom('search_docs').select(['seq', 'kind', 'title', 'body', 'hidden']).where('account_id', '=', accountId).where('hidden', '=', 0),
  );
  for (const row of rows) unindex(store, row.kind as SearchKind, row);
  store.run(store.q.updateTable('search_docs').set({ hidden: 1 }).where('account_id', '=', accountId));
}

/** Puts a restored account's documents back into the results. */
export function showAccountDocuments(store: Store, accountId: string): void {
  const rows = store.all(
    store.q.selectFrom('search_docs').select(['seq', 'kind', 'title', 'body']).where('account_id', '=', accountId).where('hidden', '=', 1),
  );
  for (const row of rows) index(store, row.kind as SearchKind, row.seq, row.title, row.body);
  store.run(store.q.updateTable('search_docs').set({ hidden: 0 }).where('account_id', '=', accountId));
}

/** Rebuilds every search index from `search_docs` (after a bulk import wrote its rows directly). */
export function reindexAllDocuments(store: Store): void {
  const rows = store.all(store.q.selectFrom('search_docs').select(['seq', 'kind', 'title', 'body']).where('hidden', '=', 0));
  for (const row of rows) index(store, row.kind as SearchKind, row.seq, row.title, row.body);
}
