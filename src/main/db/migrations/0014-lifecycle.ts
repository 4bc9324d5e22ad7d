import type { Migration } from '../migration';

/**
 * The rest of the customer's life (issue 13): the onboarding kit (facts of sharing, never the
 * secrets), success plans with milestones, survey responses per contact, support tickets and
 * escalations with the SLA promise frozen at opening. Four new search kinds get their
 * full-text tables here, frozen like 0003's; there are no records yet to index.
 */
export const lifecycle: Migration = {
  version: 14,
  name: 'onboarding kit, success plans, surveys, tickets and escalations',
  up: (db) => {
    db.exec(`
      CREATE TABLE kit_items (
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        item_key TEXT NOT NULL,
        shared_on TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('email', 'secure-share', 'in-person')),
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (account_id, item_key)
      ) STRICT;

      CREATE TABLE success_goals (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX success_goals_by_account ON success_goals (account_id, created_at);

      CREATE TABLE success_milestones (
        id TEXT PRIMARY KEY NOT NULL,
        goal_id TEXT NOT NULL REFERENCES success_goals (id) ON DELETE CASCADE,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        owner TEXT NOT NULL CHECK (owner IN ('customer', 'partner', 'us')),
        evidence_type TEXT NOT NULL CHECK (evidence_type IN ('event', 'attestation', 'artifact')),
        target_date TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('planned', 'in-progress', 'met', 'dropped')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX success_milestones_by_goal ON success_milestones (goal_id, target_date);
      CREATE INDEX success_milestones_open_by_date ON success_milestones (target_date) WHERE status IN ('planned', 'in-progress');

      CREATE TABLE survey_responses (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        contact_id TEXT REFERENCES contacts (id) ON DELETE SET NULL,
        contact_name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('nps', 'csat', 'ces')),
        score INTEGER NOT NULL CHECK (
          (kind = 'nps' AND score BETWEEN 0 AND 10) OR (kind = 'csat' AND score BETWEEN 1 AND 5) OR (kind = 'ces' AND score BETWEEN 1 AND 7)
        ),
        responded_on TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX survey_responses_by_account ON survey_responses (account_id, responded_on);

      CREATE TABLE support_tickets (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        system TEXT NOT NULL CHECK (system IN ('zendesk', 'jira', 'other')),
        ref TEXT NOT NULL,
        url TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        severity TEXT NOT NULL CHECK (severity IN ('P1', 'P2', 'P3', 'P4')),
        status TEXT NOT NULL CHECK (status IN ('open', 'pending', 'solved', 'closed')),
        opened_on TEXT NOT NULL,
        closed_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX support_tickets_by_account ON support_tickets (account_id, opened_on);

      CREATE TABLE escalations (
        id TEXT PRIMARY KEY NOT NULL,
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        level TEXT NOT NULL CHECK (level IN ('L1', 'L2', 'L3', 'L4')),
        summary TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        opened_at TEXT NOT NULL,
        first_response_at TEXT,
        resolved_at TEXT,
        segment TEXT NOT NULL CHECK (segment IN ('Enterprise', 'Mid-Market', 'SMB')),
        response_minutes INTEGER NOT NULL CHECK (response_minutes > 0),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX escalations_by_account ON escalations (account_id, opened_at);
      CREATE INDEX escalations_unresolved ON escalations (opened_at) WHERE resolved_at IS NULL;
    `);
    // The new kinds' full-text indexes, exactly as shipped (frozen: later code never changes them).
    for (const table of ['search_fts_success_goal', 'search_fts_survey_response', 'search_fts_support_ticket', 'search_fts_escalation']) {
      db.exec(`CREATE VIRTUAL TABLE ${table} USING fts5(
    title, body,
    content = 'search_docs', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4 5 6 7 8'
  );`);
    }
  },
};
