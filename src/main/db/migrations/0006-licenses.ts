import type { Migration } from '../migration';

/**
 * License signing keys, issued licenses and the audit log of key and license events. The
 * audit log is append-only in SQL too: its triggers refuse every UPDATE and DELETE.
 */
export const licenses: Migration = {
  version: 6,
  name: 'licenses',
  up: (db) => {
    db.exec(`
      CREATE TABLE signing_keys (
        id TEXT PRIMARY KEY NOT NULL,
        public_key BLOB NOT NULL,
        -- The private key as sealed by the OS key store; cleared when the key is retired.
        sealed_private_key BLOB,
        status TEXT NOT NULL CHECK (status IN ('active', 'retired')),
        created_at TEXT NOT NULL,
        retired_at TEXT
      ) STRICT;
      CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys (status) WHERE status = 'active';

      CREATE TABLE licenses (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        licensee TEXT NOT NULL,
        modules TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('standard', 'temporary', 'mvp')),
        issued_at TEXT NOT NULL,
        issued_by TEXT NOT NULL,
        valid_from TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        project_end TEXT,
        key_id TEXT NOT NULL REFERENCES signing_keys (id),
        format_version INTEGER NOT NULL,
        replaces_id TEXT REFERENCES licenses (id),
        file_text TEXT NOT NULL,
        revoked_at TEXT,
        revoked_by TEXT,
        revoked_reason TEXT
      ) STRICT;
      CREATE INDEX licenses_by_account ON licenses (account_id, issued_at);
      CREATE INDEX licenses_by_replaces ON licenses (replaces_id) WHERE replaces_id IS NOT NULL;
      CREATE INDEX licenses_live_by_expiry ON licenses (expires_at) WHERE revoked_at IS NULL;

      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY NOT NULL,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      ) STRICT;
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'The audit log is append-only: entries cannot be changed.'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'The audit log is append-only: entries cannot be deleted.'); END;
    `);
  },
};
