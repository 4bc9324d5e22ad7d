import type { SearchKind } from '../../shared/search/kinds';
import type { Store } from '../db/store';
import { ftsTable } from './index-table';

/** A document as `search_docs` keeps it: the original text, and whether it is out of the index. */
export interface DocRow {
  seq: number;
  title: string;
  body: string;
  hidden: number;
}

/** Takes one document's (already folded) text out of its kind's FTS5 index. */
export function deleteFromIndex(store: Store, kind: SearchKind, seq: number, title: string, body: string): void {
  store.prepared(`INSERT INTO ${ftsTable(kind)} (${ftsTable(kind)}, rowid, title, body) VALUES ('delete', ?, ?, ?)`).run(seq, title, body);
}

/** Adds one document's (already folded) text to its kind's FTS5 index. */
export function insertIntoIndex(store: Store, kind: SearchKind, seq: number, title: string, body: string): void {
  store.prepared(`INSERT INTO ${ftsTable(kind)} (rowid, title, body) VALUES (?, ?, ?)`).run(seq, title, body);
}

/** Whether the account is archived (false for an account that does not exist). */
export function isAccountArchived(store: Store, accountId: string): boolean {
  return (
    (store.prepared('SELECT archived_at FROM accounts WHERE id = ?').get(accountId) as { archived_at: string | null } | undefined)
      ?.archived_at != null
  );
}

/** Stores a document's original text; returns its sequence number. */
export function insertDocRow(
  store: Store,
  doc: { kind: SearchKind; id: string; accountId: string | null; parentId: string | null; title: string; body: string },
  hidden: boolean,
): number {
  const inserted = store.prepared(
    'INSERT INTO search_docs (kind, doc_id, account_id, parent_id, title, body, hidden) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(doc.kind, doc.id, doc.accountId, doc.parentId, doc.title, doc.body, hidden ? 1 : 0);
  return Number(inserted.lastInsertRowid);
}

export function findDocRow(store: Store, kind: SearchKind, id: string): DocRow | undefined {
  // Prepared once rather than built per call: every autosave of a note passes here.
  return store.prepared('SELECT seq, title, body, hidden FROM search_docs WHERE kind = ? AND doc_id = ?').get(kind, id) as
    | DocRow
    | undefined;
}

export function deleteDocRow(store: Store, seq: number): void {
  store.prepared('DELETE FROM search_docs WHERE seq = ?').run(seq);
}

/** An account's documents that are in the index (`hidden` false) or out of it (`hidden` true). */
export function accountDocRows(store: Store, accountId: string, hidden: boolean): (DocRow & { kind: string })[] {
  return store.all(
    store.q
      .selectFrom('search_docs')
      .select(['seq', 'kind', 'title', 'body', 'hidden'])
      .where('account_id', '=', accountId)
      .where('hidden', '=', hidden ? 1 : 0),
  );
}

export function setAccountDocsHidden(store: Store, accountId: string, hidden: boolean): void {
  store.run(store.q.updateTable('search_docs').set({ hidden: hidden ? 1 : 0 }).where('account_id', '=', accountId));
}

/** Every document that belongs in the index. */
export function visibleDocRows(store: Store): { seq: number; kind: string; title: string; body: string }[] {
  return store.all(store.q.selectFrom('search_docs').select(['seq', 'kind', 'title', 'body']).where('hidden', '=', 0));
}
