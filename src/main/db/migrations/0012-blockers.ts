import type { Migration } from '../migration';

/**
 * The on-site day (issue 16): blockers become records of their own, raised from a marked line
 * in a note, from an action item or by hand, open until someone resolves them; and a contact
 * can be the account's economic buyer (seed 003's stakeholder mapping).
 */
export const blockers: Migration = {
  version: 12,
  name: 'blockers and economic buyers',
  up: (db) => {
    db.exec(`
      CREATE TABLE blockers (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        source_kind TEXT NOT NULL CHECK (source_kind IN ('checkin-note', 'action-item', 'manual')),
        source_id TEXT,
        opened_at TEXT NOT NULL,
        resolved_at TEXT,
        resolved_by TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX blockers_open_by_account ON blockers (account_id, opened_at) WHERE resolved_at IS NULL;
      CREATE INDEX blockers_by_source ON blockers (source_kind, source_id);
      CREATE INDEX blockers_by_opened ON blockers (opened_at);
      CREATE INDEX blockers_by_resolved ON blockers (resolved_at) WHERE resolved_at IS NOT NULL;
      ALTER TABLE contacts ADD COLUMN is_economic_buyer INTEGER NOT NULL DEFAULT 0;
      -- The accounts table's readiness column counts statuses per account from the index alone.
      CREATE INDEX checklist_items_status_by_account ON checklist_items (account_id, status) WHERE removed_at IS NULL;
    `);
  },
};
