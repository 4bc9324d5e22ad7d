import type { Migration } from '../migration';

const noMarkers = (column: string) => `replace(replace(${column}, char(2), ' '), char(3), ' ')`;

/**
 * Checklist notes and evidence become searchable (kind `checklist-item`). Items answered
 * before this migration are indexed here, in the shape `syncChecklistItemDocument` writes:
 * titled by the item, the note and the evidence as the body, only items with one of them.
 */
export const checklistSearch: Migration = {
  version: 8,
  name: 'checklist notes and evidence in search',
  up: (db) => {
    // The kind's full-text index exactly as shipped (frozen: later code never changes it).
    db.exec(`CREATE VIRTUAL TABLE search_fts_checklist_item USING fts5(
    title, body,
    content = 'search_docs', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4 5 6 7 8'
  );`);
    db.exec(`
      INSERT INTO search_docs (kind, doc_id, account_id, parent_id, title, body, hidden)
        SELECT 'checklist-item', i.id, i.account_id, NULL, ${noMarkers('i.text')},
               ${noMarkers(`CASE
                 WHEN trim(i.note) <> '' AND trim(i.evidence) <> '' THEN i.note || char(10) || i.evidence
                 WHEN trim(i.note) <> '' THEN i.note
                 ELSE i.evidence END`)},
               a.archived_at IS NOT NULL
        FROM checklist_items i JOIN accounts a ON a.id = i.account_id
        WHERE i.removed_at IS NULL AND (trim(i.note) <> '' OR trim(i.evidence) <> '')
        ORDER BY i.changed_at;
      INSERT INTO search_fts_checklist_item (rowid, title, body)
        SELECT seq, title, body FROM search_docs WHERE kind = 'checklist-item' AND hidden = 0;
    `);
  },
};
