import { foldLetters } from '../../shared/search/fold';
import type { SearchKind } from '../../shared/search/kinds';
import type { Store } from '../db/store';
import {
  accountDocRows,
  deleteDocRow,
  deleteFromIndex,
  findDocRow,
  insertDocRow,
  insertIntoIndex,
  isAccountArchived,
  setAccountDocsHidden,
  visibleDocRows,
  type DocRow,
} from './documents-repository';

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

/**
 * The index holds the folded text (`foldLetters`) while `search_docs` keeps the original, which
 * is what highlight() reads and results show. A 'delete' must repeat exactly what was indexed,
 * so both directions fold the same way.
 */
function unindex(store: Store, kind: SearchKind, row: DocRow): void {
  deleteFromIndex(store, kind, row.seq, foldLetters(row.title), foldLetters(row.body));
}

function index(store: Store, kind: SearchKind, seq: number, title: string, body: string): void {
  insertIntoIndex(store, kind, seq, foldLetters(title), foldLetters(body));
}

/**
 * Adds or replaces a record's document. Call it inside the transaction that writes the record,
 * so the index never disagrees with the data. The document is re-inserted with a new sequence
 * number: the search ranks the most recently written matches first when a word is common.
 */
export function indexDocument(store: Store, doc: SearchDocument): void {
  removeDocument(store, doc.kind, doc.id);
  const archived = doc.accountId !== null && isAccountArchived(store, doc.accountId);
  const seq = insertDocRow(store, { ...doc, parentId: doc.parentId ?? null }, archived);
  if (!archived) index(store, doc.kind, seq, doc.title, doc.body);
}

/** Removes a record's document (no-op when it has none). Call it in the deleting transaction. */
export function removeDocument(store: Store, kind: SearchKind, id: string): void {
  const row = findDocRow(store, kind, id);
  if (!row) return;
  if (row.hidden === 0) unindex(store, kind, row);
  deleteDocRow(store, row.seq);
}

/** Takes an archived account's documents out of the results, keeping them for a restore. */
export function hideAccountDocuments(store: Store, accountId: string): void {
  for (const row of accountDocRows(store, accountId, false)) unindex(store, row.kind as SearchKind, row);
  setAccountDocsHidden(store, accountId, true);
}

/** Puts a restored account's documents back into the results. */
export function showAccountDocuments(store: Store, accountId: string): void {
  for (const row of accountDocRows(store, accountId, true)) index(store, row.kind as SearchKind, row.seq, row.title, row.body);
  setAccountDocsHidden(store, accountId, false);
}

/** Rebuilds every search index from `search_docs` (after a bulk import wrote its rows directly). */
export function reindexAllDocuments(store: Store): void {
  for (const row of visibleDocRows(store)) index(store, row.kind as SearchKind, row.seq, row.title, row.body);
}
