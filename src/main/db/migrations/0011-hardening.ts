import type { Migration } from '../migration';

type Database = Parameters<Migration['up']>[0];

/*
 * The search folding as this migration writes it, frozen here (a migration runs the same code
 * the day it shipped and every day after). It equals src/shared/search/fold.ts at version 11;
 * tests/unit/search-folding.test.ts holds the two together. A later change to the folding is a
 * new migration that re-indexes with its own frozen copy.
 */
const LETTERS_V11: Record<string, string> = {
  ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ß: 'ss', ẞ: 'SS',
  ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', þ: 'th', Þ: 'TH',
  ı: 'i', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ĸ: 'k', ŀ: 'l', Ŀ: 'L',
};
const LETTER_OR_DIGIT_V11 = /^[\p{L}\p{N}]+$/u;
const NOT_ASCII_V11 = /[\u0080-\u{10ffff}]/u;
const NON_ASCII_CHAR_V11 = /[\u0080-\u{10ffff}]/gu;

function foldCharV11(c: string): string {
  if (!LETTER_OR_DIGIT_V11.test(c)) return c;
  const compat = c.normalize('NFKC');
  const base = LETTER_OR_DIGIT_V11.test(compat) ? compat : c;
  return [...base].map((l) => LETTERS_V11[l] ?? l).join('');
}

export function foldLettersV11(text: string): string {
  return NOT_ASCII_V11.test(text) ? text.replace(NON_ASCII_CHAR_V11, foldCharV11) : text;
}

export function foldForCompareV11(text: string): string {
  return NOT_ASCII_V11.test(text)
    ? foldLettersV11(text).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    : text.toLowerCase();
}

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
  return `${foldForCompareV11(name.trim().replace(/\s+/g, ' '))}\n${foldForCompareV11(ownerCsm.trim().replace(/\s+/g, ' '))}`;
}

const BATCH = 2_000;

/** Empties each kind's index and fills it again from `search_docs`, folded, a batch at a time. */
function reindex(db: Database): void {
  const inserts = new Map<string, (seq: number, title: string, body: string) => void>();
  for (const [kind, table] of Object.entries(FTS_TABLES)) {
    db.prepare(`INSERT INTO ${table} (${table}) VALUES ('delete-all')`).run();
    const insert = db.prepare<[number, string, string]>(`INSERT INTO ${table} (rowid, title, body) VALUES (?, ?, ?)`);
    inserts.set(kind, (seq, title, body) => insert.run(seq, title, body));
  }
  const page = db.prepare('SELECT seq, kind, title, body FROM search_docs WHERE seq > ? AND hidden = 0 ORDER BY seq LIMIT ?');
  let after = 0;
  for (;;) {
    const rows = page.all(after, BATCH) as { seq: number; kind: string; title: string; body: string }[];
    for (const row of rows) inserts.get(row.kind)?.(row.seq, foldLettersV11(row.title), foldLettersV11(row.body));
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1]!.seq;
  }
}
