import type { Migration } from '../migration';

/**
 * Feedback requests with their "why?" chain and who asked, themes (root problems) that link
 * requests across accounts, every theme status change, and a small FTS5 index of theme titles
 * and problem statements for "link to an existing theme" suggestions.
 */
export const feedback: Migration = {
  version: 5,
  name: 'feedback collector',
  up: (db) => {
    db.exec(`
      CREATE TABLE feedback_themes (
        id TEXT PRIMARY KEY NOT NULL,
        title TEXT NOT NULL,
        problem_statement TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('new', 'under-consideration', 'planned', 'shipped', 'wont-do')),
        wont_do_reason TEXT,
        status_changed_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (status <> 'wont-do' OR (wont_do_reason IS NOT NULL AND wont_do_reason <> ''))
      ) STRICT;

      CREATE TABLE feedback_theme_status_changes (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        theme_id TEXT NOT NULL REFERENCES feedback_themes (id) ON DELETE CASCADE,
        from_status TEXT,
        to_status TEXT NOT NULL,
        reason TEXT,
        changed_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX feedback_status_changes_by_theme ON feedback_theme_status_changes (theme_id, seq);

      CREATE TABLE feedback_requests (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        -- A check-in note's id; notes are another domain, so no foreign key.
        note_id TEXT,
        request TEXT NOT NULL,
        root_cause TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL CHECK (category IN ('feature-request', 'bug', 'ux-friction', 'docs-training-gap', 'pricing', 'competitive')),
        product_area TEXT NOT NULL DEFAULT '',
        route TEXT NOT NULL CHECK (route IN ('pm', 'engineering', 'sales-finance', 'support', 'competitive-intel')),
        priority TEXT NOT NULL CHECK (priority IN ('low', 'medium', 'high', 'critical')),
        theme_id TEXT REFERENCES feedback_themes (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX feedback_requests_by_account ON feedback_requests (account_id, created_at);
      CREATE INDEX feedback_requests_by_theme ON feedback_requests (theme_id, account_id);
      CREATE INDEX feedback_requests_by_note ON feedback_requests (note_id) WHERE note_id IS NOT NULL;

      CREATE TABLE feedback_why_steps (
        request_id TEXT NOT NULL REFERENCES feedback_requests (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        answer TEXT NOT NULL,
        PRIMARY KEY (request_id, position)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE feedback_asked_by (
        request_id TEXT NOT NULL REFERENCES feedback_requests (id) ON DELETE CASCADE,
        contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
        PRIMARY KEY (request_id, contact_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX feedback_asked_by_contact ON feedback_asked_by (contact_id);

      CREATE VIRTUAL TABLE feedback_themes_fts USING fts5(
        theme_id UNINDEXED,
        title,
        problem_statement,
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER feedback_themes_fts_insert AFTER INSERT ON feedback_themes BEGIN
        INSERT INTO feedback_themes_fts (theme_id, title, problem_statement) VALUES (new.id, new.title, new.problem_statement);
      END;
      CREATE TRIGGER feedback_themes_fts_update AFTER UPDATE OF title, problem_statement ON feedback_themes BEGIN
        DELETE FROM feedback_themes_fts WHERE theme_id = old.id;
        INSERT INTO feedback_themes_fts (theme_id, title, problem_statement) VALUES (new.id, new.title, new.problem_statement);
      END;
      CREATE TRIGGER feedback_themes_fts_delete AFTER DELETE ON feedback_themes BEGIN
        DELETE FROM feedback_themes_fts WHERE theme_id = old.id;
      END;
    `);
  },
};
