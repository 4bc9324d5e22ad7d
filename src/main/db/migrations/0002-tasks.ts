import type { Migration } from '../migration';

export const tasks: Migration = {
  version: 2,
  name: 'tasks',
  up: (db) => {
    db.exec(`
      CREATE TABLE tasks (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        due_on TEXT,
        done_at TEXT,
        snoozed_until TEXT,
        source_kind TEXT NOT NULL,
        source_id TEXT,
        dedupe_key TEXT UNIQUE,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX tasks_by_account ON tasks (account_id, done_at, due_on);
      CREATE INDEX tasks_open_by_due ON tasks (due_on) WHERE done_at IS NULL;
      CREATE INDEX tasks_by_source ON tasks (source_kind, source_id);
    `);
  },
};
