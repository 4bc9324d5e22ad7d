import type { Migration } from '../migration';

export const checkinsAndSearch: Migration = {
  version: 3,
  name: 'check-in notes and full-text search',
  up: (db) => {
    db.exec(`
      CREATE TABLE checkin_notes (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('bi-weekly-sync', 'quarterly-review', 'half-yearly-review', 'onboarding', 'installation-support', 'training', 'ad-hoc')),
        held_at TEXT NOT NULL,
        attendees TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attendees)),
        body TEXT NOT NULL,
        revision INTEGER NOT NULL CHECK (revision >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX checkin_notes_timeline ON checkin_notes (account_id, held_at DESC, id DESC) WHERE deleted_at IS NULL;

      -- Set while the record a task came from is in the bin (a deleted note): the task leaves
      -- every list, and comes back when the record is restored.
      ALTER TABLE tasks ADD COLUMN source_removed_at TEXT;

      -- One row per searchable record; the FTS tables index it by kind. A record is re-inserted
      -- (new seq) on every write, so a higher seq means more recently written.
      CREATE TABLE search_docs (
        seq INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        account_id TEXT,
        parent_id TEXT,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        -- 1 while the record's account is archived: kept here, left out of the FTS index.
        hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
        UNIQUE (kind, doc_id)
      ) STRICT;
      CREATE INDEX search_docs_by_account ON search_docs (account_id) WHERE account_id IS NOT NULL;
    `);
    // The full-text index of each kind, frozen as shipped: external-content FTS5 over
    // search_docs, diacritics folded, prefixes of 2 to 8 letters indexed.
    for (const table of ['search_fts_account', 'search_fts_contact', 'search_fts_checkin_note', 'search_fts_action_item']) {
      db.exec(`CREATE VIRTUAL TABLE ${table} USING fts5(
    title, body,
    content = 'search_docs', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4 5 6 7 8'
  );`);
    }

    // Records written before search existed.
    db.exec(`
      INSERT INTO search_docs (kind, doc_id, account_id, parent_id, title, body, hidden)
        SELECT 'account', id, id, NULL, name, owner_csm || char(10) || notes, archived_at IS NOT NULL
        FROM accounts ORDER BY created_at;
      INSERT INTO search_docs (kind, doc_id, account_id, parent_id, title, body, hidden)
        SELECT 'contact', c.id, c.account_id, NULL, c.name, c.title || char(10) || c.role || char(10) || c.email, a.archived_at IS NOT NULL
        FROM contacts c JOIN accounts a ON a.id = c.account_id ORDER BY c.created_at;
      INSERT INTO search_fts_account (rowid, title, body) SELECT seq, title, body FROM search_docs WHERE kind = 'account' AND hidden = 0;
      INSERT INTO search_fts_contact (rowid, title, body) SELECT seq, title, body FROM search_docs WHERE kind = 'contact' AND hidden = 0;
    `);
  },
};
