import type { SearchKind } from '../../shared/search/kinds';

/** The FTS5 table holding one kind's documents (`checkin-note` → `search_fts_checkin_note`). */
export function ftsTable(kind: SearchKind): string {
  return `search_fts_${kind.replace(/-/g, '_')}`;
}

/**
 * DDL of a kind's full-text index: an external-content FTS5 table over `search_docs`.
 * Diacritics are folded (`zurich` finds `Zürich`); prefixes of 2 to 8 letters have their own
 * index, so a word being typed is read lazily like a whole word instead of FTS5 merging every
 * matching word's list first (~10 ms for a word in most of 100,000 notes).
 * One table per kind keeps a common word in 100,000 notes from slowing the search of accounts.
 * Migrations call this with literal kinds; its output must never change (a change is a new
 * migration that rebuilds the tables).
 */
export function ftsTableDdl(kind: SearchKind): string {
  return `CREATE VIRTUAL TABLE ${ftsTable(kind)} USING fts5(
    title, body,
    content = 'search_docs', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4 5 6 7 8'
  );`;
}
