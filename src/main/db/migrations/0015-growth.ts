import type { Migration } from '../migration';

/**
 * Growth (issue 14): product releases and the feedback themes they ship, expansion
 * opportunities, contacts' advocacy. Tasks gain `details` (e.g. the release email draft to copy)
 * and extra dedupe keys: one generated task can stand for several keys, so a release's "notify"
 * task also counts as the close-the-loop task of each theme it ships for that account.
 */
export const growth: Migration = {
  version: 15,
  name: 'growth: releases, opportunities, advocacy',
  up: (db) => {
    db.exec(`
      ALTER TABLE tasks ADD COLUMN details TEXT NOT NULL DEFAULT '';
      CREATE TABLE task_dedupe_keys (
        dedupe_key TEXT PRIMARY KEY NOT NULL,
        task_id TEXT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX task_dedupe_keys_by_task ON task_dedupe_keys (task_id);

      CREATE TABLE releases (
        id TEXT PRIMARY KEY NOT NULL,
        version TEXT NOT NULL UNIQUE,
        released_on TEXT NOT NULL,
        highlights TEXT NOT NULL DEFAULT '',
        notified_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE release_themes (
        release_id TEXT NOT NULL REFERENCES releases (id) ON DELETE CASCADE,
        theme_id TEXT NOT NULL REFERENCES feedback_themes (id) ON DELETE CASCADE,
        PRIMARY KEY (release_id, theme_id)
      ) STRICT;

      CREATE TABLE opportunities (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        arr_cents INTEGER NOT NULL,
        stage TEXT NOT NULL,
        next_step TEXT NOT NULL DEFAULT '',
        next_step_on TEXT,
        override_guardrails TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(override_guardrails)),
        override_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX opportunities_by_account ON opportunities (account_id, stage);

      CREATE TABLE advocacy (
        id TEXT PRIMARY KEY NOT NULL,
        contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        status TEXT NOT NULL,
        since TEXT NOT NULL,
        until TEXT,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (contact_id, kind)
      ) STRICT;
    `);
  },
};
