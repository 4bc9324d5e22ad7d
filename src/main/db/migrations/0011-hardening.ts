import type { Database, Statement } from 'better-sqlite3';
import { foldForCompare, foldLetters } from '../../../shared/search/fold';
import type { Migration } from '../migration';

/** Every kind's full-text table at this version (literal: a later kind gets its own migration). */
const FTS_TABLES: Record<string, string> = {
  account: 'search_fts_account',
  contact: 'search_fts_contact',
  'checkin-note': 'search_fts_checkin_note',
  'action-item': 'search_fts_action_item',
  'checklist-item': 'search_fts_checklist_item',
  feedback: 'search_fts_feedback',
};

/**
 * Hardening (issue 12). Search finds what people type: the index is rebuilt from the folded text (`foldLetters`:
 * ø → o, ß → ss, ł → l, ligatures and full-width letters as plain ones), so "soren" finds
 * "Søren"; and each account gets `filter_key`, its name and owner folded the way the accounts
 * table's filter folds what is typed ("zurich" finds Zürich there too). A feedback request
 * gains seed 001's business justification and impact assessment and a link to the vendor's issue.
 * A license keeps its MVP project's start, its chosen reminder and who its file was shared with.
 */
export const hardening: Migration = {
  version: 11,
  name: 'hardening: search folding, accounts filter key, feedback justification',
  up: (db) => {
    db.exec(`ALTER TABLE accounts ADD COLUMN filter_key TEXT NOT NULL DEFAULT ''`);
    // Seed 001's feature request process (business justification, impact assessment) and the vendor's issue.
    db.exec(`
      ALTER TABLE feedback_requests ADD COLUMN business_justification TEXT NOT NULL DEFAULT '';
      ALTER TABLE feedback_requests ADD COLUMN impact_assessment TEXT NOT NULL DEFAULT '';
      ALTER TABLE feedback_requests ADD COLUMN vendor_issue_url TEXT NOT NULL DEFAULT '';
    `);
    // Licenses: an MVP project's start, a chosen expiry reminder, and who each file was shared with.
    db.exec(`
      ALTER TABLE licenses ADD COLUMN project_start TEXT;
      ALTER TABLE licenses ADD COLUMN reminder_days INTEGER CHECK (reminder_days IS NULL OR reminder_days BETWEEN 1 AND 180);
      CREATE TABLE license_shares (
        id TEXT PRIMARY KEY NOT NULL,
        license_id TEXT NOT NULL REFERENCES licenses (id) ON DELETE CASCADE,
        recipient TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('encrypted-email', 'secure-file-transfer', 'customer-portal', 'in-person', 'other-secure')),
        shared_at TEXT NOT NULL,
        shared_by TEXT NOT NULL
      ) STRICT;
      CREATE INDEX license_shares_by_license ON license_shares (license_id, shared_at);
    `);
    const setKey = db.prepare('UPDATE accounts SET filter_key = ? WHERE id = ?');
    const accounts = db.prepare('SELECT id, name, owner_csm FROM accounts').all() as { id: string; name: string; owner_csm: string }[];
    for (const a of accounts) setKey.run(accountFilterKeyV11(a.name, a.owner_csm), a.id);
    reindex(db);
  },
};

/** The filter key as this migration writes it; `accountFilterKey` in the accounts repository must agree. */
function accountFilterKeyV11(name: string, ownerCsm: string): string {
  return `${foldForCompare(name.trim().replace(/\s+/g, ' '))}\n${foldForCompare(ownerCsm.trim().replace(/\s+/g, ' '))}`;
}

const BATCH = 2_000;

/** Empties each kind's index and fills it again from `search_docs`, folded, a batch at a time. */
function reindex(db: Database): void {
  const inserts = new Map<string, Statement>();
  for (const [kind, table] of Object.entries(FTS_TABLES)) {
    db.prepare(`INSERT INTO ${table} (${table}) VALUES ('delete-all')`).run();
    inserts.set(kind, db.prepare(`INSERT INTO ${table} (rowid, title, body) VALUES (?, ?, ?)`));
  }
  const page = db.prepare('SELECT seq, kind, title, body FROM search_docs WHERE seq > ? AND hidden = 0 ORDER BY seq LIMIT ?');
  let after = 0;
  for (;;) {
    const rows = page.all(after, BATCH) as { seq: number; kind: string; title: string; body: string }[];
    for (const row of rows) inserts.get(row.kind)?.run(row.seq, foldLetters(row.title), foldLetters(row.body));
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1]!.seq;
  }
}
