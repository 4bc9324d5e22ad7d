import type { Migration } from '../migration';

/**
 * Readiness checklists. The template lives in code (src/shared/checklist/template.ts); the
 * database holds each account's answers by template key, so a newer template adds rows and
 * never touches an answer. Custom items have no template key; removing one sets `removed_at`
 * so it can be undone.
 */
export const checklist: Migration = {
  version: 4,
  name: 'readiness checklist',
  up: (db) => {
    db.exec(`
      CREATE TABLE checklist_instances (
        account_id TEXT PRIMARY KEY NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        template_version INTEGER NOT NULL CHECK (template_version >= 1),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE checklist_items (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL REFERENCES checklist_instances (account_id) ON DELETE CASCADE,
        section_key TEXT NOT NULL,
        template_key TEXT,
        text TEXT NOT NULL,
        position INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in-progress', 'done', 'not-applicable')),
        note TEXT NOT NULL DEFAULT '',
        evidence TEXT NOT NULL DEFAULT '',
        changed_by TEXT NOT NULL DEFAULT '',
        changed_at TEXT,
        created_at TEXT NOT NULL,
        removed_at TEXT,
        CHECK (removed_at IS NULL OR template_key IS NULL),
        UNIQUE (account_id, template_key)
      ) STRICT;
      CREATE INDEX checklist_items_by_account ON checklist_items (account_id, position);
    `);
  },
};
