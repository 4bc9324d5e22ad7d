import type { Migration } from '../migration';

/**
 * Health checks, overrides, early-warning alerts and renewal outcomes (issue 9), and
 * `account_health`: each account's current score, tier, trend and risk, kept by main whenever
 * what they derive from changes, so the accounts table and Today read one row per account.
 */
export const health: Migration = {
  version: 10,
  name: 'health',
  up: (db) => {
    db.exec(`
      CREATE TABLE health_checks (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        checked_on TEXT NOT NULL,
        -- The model, weights and thresholds this score was computed with: a later change of
        -- model or weights never rewrites it.
        model_id TEXT NOT NULL,
        components TEXT NOT NULL,
        thresholds TEXT NOT NULL,
        scores TEXT NOT NULL,
        signals TEXT NOT NULL,
        score INTEGER CHECK (score BETWEEN 0 AND 100),
        tier TEXT CHECK (tier IN ('green', 'yellow', 'red')),
        note TEXT NOT NULL DEFAULT '',
        checkin_note_id TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX health_checks_by_account ON health_checks (account_id, checked_on, created_at);

      CREATE TABLE health_overrides (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
        reason TEXT NOT NULL CHECK (length(reason) > 0),
        expires_on TEXT NOT NULL,
        set_at TEXT NOT NULL,
        cleared_at TEXT
      ) STRICT;
      CREATE INDEX health_overrides_by_account ON health_overrides (account_id, set_at);

      CREATE TABLE account_health (
        account_id TEXT PRIMARY KEY NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        score INTEGER,
        tier TEXT,
        trend TEXT,
        risk TEXT,
        overridden INTEGER NOT NULL DEFAULT 0,
        latest_check_id TEXT,
        evaluated_on TEXT NOT NULL
      ) STRICT;

      CREATE TABLE alerts (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        cause TEXT NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('urgent', 'high', 'medium', 'low')),
        reason TEXT NOT NULL,
        raised_on TEXT NOT NULL,
        due_on TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'acknowledged', 'closed')),
        action_taken TEXT,
        acknowledged_at TEXT,
        outcome TEXT,
        closed_at TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      -- No storms: one alert per account and kind until it is closed; a cause raises one alert ever.
      CREATE UNIQUE INDEX alerts_one_active_per_kind ON alerts (account_id, kind) WHERE status <> 'closed';
      CREATE UNIQUE INDEX alerts_cause_once ON alerts (account_id, kind, cause);
      CREATE INDEX alerts_open_by_due ON alerts (due_on) WHERE status = 'open';

      CREATE TABLE renewal_outcomes (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        renewal_date TEXT NOT NULL,
        -- The renewal date, or the day it was recorded when that was earlier: the day it counts in GRR/NRR.
        counts_on TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('renewed', 'expanded', 'contracted', 'churned')),
        previous_arr_cents INTEGER NOT NULL CHECK (previous_arr_cents >= 0),
        new_arr_cents INTEGER NOT NULL CHECK (new_arr_cents >= 0),
        reason TEXT,
        reason_text TEXT NOT NULL DEFAULT '',
        next_renewal_date TEXT,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX renewal_outcomes_by_counts_on ON renewal_outcomes (counts_on);
      CREATE INDEX renewal_outcomes_by_account ON renewal_outcomes (account_id, recorded_at);

      -- Today ranks every open task by due date and account: this index covers that read.
      CREATE INDEX tasks_open_ranked ON tasks (due_on, account_id, snoozed_until, source_removed_at, done_at, id) WHERE done_at IS NULL;
    `);
  },
};
