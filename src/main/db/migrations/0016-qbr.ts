import type { Migration } from '../migration';

/**
 * QBR packs: the CSM's narrative per account and period (autosaved as a draft), and a record of
 * each exported pack (what was written where, and when).
 */
export const qbr: Migration = {
  version: 16,
  name: 'QBR drafts and exports',
  up: (db) => {
    db.exec(`
      CREATE TABLE qbr_drafts (
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        period_key TEXT NOT NULL,
        narrative TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (account_id, period_key)
      ) STRICT;
      CREATE TABLE qbr_exports (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        period_key TEXT NOT NULL,
        period_from TEXT NOT NULL,
        period_to TEXT NOT NULL,
        folder TEXT NOT NULL,
        exported_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX qbr_exports_account ON qbr_exports (account_id, exported_at);
    `);
  },
};
