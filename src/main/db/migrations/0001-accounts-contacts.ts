import type { Migration } from '../migration';

export const accountsAndContacts: Migration = {
  version: 1,
  name: 'accounts, contacts and settings',
  up: (db) => {
    db.exec(`
      CREATE TABLE accounts (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL,
        arr_cents INTEGER NOT NULL CHECK (arr_cents >= 0),
        segment TEXT NOT NULL CHECK (segment IN ('Enterprise', 'Mid-Market', 'SMB')),
        segment_override TEXT CHECK (segment_override IN ('Enterprise', 'Mid-Market', 'SMB')),
        stage TEXT NOT NULL CHECK (stage IN ('Onboarding', 'Adoption', 'Retention', 'Expansion', 'At-risk', 'Churned')),
        owner_csm TEXT NOT NULL DEFAULT '',
        contract_start TEXT,
        renewal_date TEXT,
        product_version TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        archived_at TEXT,
        CHECK (renewal_date IS NULL OR contract_start IS NULL OR renewal_date >= contract_start)
      ) STRICT;
      CREATE UNIQUE INDEX accounts_active_name ON accounts (name_key) WHERE archived_at IS NULL;
      CREATE INDEX accounts_by_name ON accounts (name_key);
      CREATE INDEX accounts_by_renewal ON accounts (renewal_date) WHERE archived_at IS NULL;

      CREATE TABLE contacts (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        role TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        salutation TEXT NOT NULL DEFAULT '',
        is_champion INTEGER NOT NULL DEFAULT 0 CHECK (is_champion IN (0, 1)),
        is_decision_maker INTEGER NOT NULL DEFAULT 0 CHECK (is_decision_maker IN (0, 1)),
        is_sponsor INTEGER NOT NULL DEFAULT 0 CHECK (is_sponsor IN (0, 1)),
        left_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX contacts_by_account ON contacts (account_id, name);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
      ) STRICT;
    `);
  },
};
