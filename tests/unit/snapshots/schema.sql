-- Schema after migration 16. A new migration updates this file on purpose:
-- FIELDBOOK_UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run tests/unit/schema-snapshot.test.ts

-- index accounts_active_name
CREATE UNIQUE INDEX accounts_active_name ON accounts (name_key) WHERE archived_at IS NULL;

-- index accounts_by_name
CREATE INDEX accounts_by_name ON accounts (name_key);

-- index accounts_by_renewal
CREATE INDEX accounts_by_renewal ON accounts (renewal_date) WHERE archived_at IS NULL;

-- index alerts_cause_once
CREATE UNIQUE INDEX alerts_cause_once ON alerts (account_id, kind, cause);

-- index alerts_one_active_per_kind
CREATE UNIQUE INDEX alerts_one_active_per_kind ON alerts (account_id, kind) WHERE status <> 'closed';

-- index alerts_open_by_due
CREATE INDEX alerts_open_by_due ON alerts (due_on) WHERE status = 'open';

-- index blockers_by_opened
CREATE INDEX blockers_by_opened ON blockers (opened_at);

-- index blockers_by_resolved
CREATE INDEX blockers_by_resolved ON blockers (resolved_at) WHERE resolved_at IS NOT NULL;

-- index blockers_by_source
CREATE INDEX blockers_by_source ON blockers (source_kind, source_id);

-- index blockers_open_by_account
CREATE INDEX blockers_open_by_account ON blockers (account_id, opened_at) WHERE resolved_at IS NULL;

-- index checkin_notes_timeline
CREATE INDEX checkin_notes_timeline ON checkin_notes (account_id, held_at DESC, id DESC) WHERE deleted_at IS NULL;

-- index checklist_items_by_account
CREATE INDEX checklist_items_by_account ON checklist_items (account_id, position);

-- index checklist_items_status_by_account
CREATE INDEX checklist_items_status_by_account ON checklist_items (account_id, status) WHERE removed_at IS NULL;

-- index contacts_by_account
CREATE INDEX contacts_by_account ON contacts (account_id, name);

-- index escalations_by_account
CREATE INDEX escalations_by_account ON escalations (account_id, opened_at);

-- index escalations_unresolved
CREATE INDEX escalations_unresolved ON escalations (opened_at) WHERE resolved_at IS NULL;

-- index feedback_asked_by_contact
CREATE INDEX feedback_asked_by_contact ON feedback_asked_by (contact_id);

-- index feedback_requests_by_account
CREATE INDEX feedback_requests_by_account ON feedback_requests (account_id, created_at);

-- index feedback_requests_by_note
CREATE INDEX feedback_requests_by_note ON feedback_requests (note_id) WHERE note_id IS NOT NULL;

-- index feedback_requests_by_theme
CREATE INDEX feedback_requests_by_theme ON feedback_requests (theme_id, account_id);

-- index feedback_status_changes_by_theme
CREATE INDEX feedback_status_changes_by_theme ON feedback_theme_status_changes (theme_id, seq);

-- index health_checks_by_account
CREATE INDEX health_checks_by_account ON health_checks (account_id, checked_on, created_at);

-- index health_overrides_by_account
CREATE INDEX health_overrides_by_account ON health_overrides (account_id, set_at);

-- index license_shares_by_license
CREATE INDEX license_shares_by_license ON license_shares (license_id, shared_at);

-- index licenses_by_account
CREATE INDEX licenses_by_account ON licenses (account_id, issued_at);

-- index licenses_by_replaces
CREATE INDEX licenses_by_replaces ON licenses (replaces_id) WHERE replaces_id IS NOT NULL;

-- index licenses_live_by_expiry
CREATE INDEX licenses_live_by_expiry ON licenses (expires_at) WHERE revoked_at IS NULL;

-- index opportunities_by_account
CREATE INDEX opportunities_by_account ON opportunities (account_id, stage);

-- index qbr_exports_account
CREATE INDEX qbr_exports_account ON qbr_exports (account_id, exported_at);

-- index renewal_outcomes_by_account
CREATE INDEX renewal_outcomes_by_account ON renewal_outcomes (account_id, recorded_at);

-- index renewal_outcomes_by_counts_on
CREATE INDEX renewal_outcomes_by_counts_on ON renewal_outcomes (counts_on);

-- index search_docs_by_account
CREATE INDEX search_docs_by_account ON search_docs (account_id) WHERE account_id IS NOT NULL;

-- index signing_keys_one_active
CREATE UNIQUE INDEX signing_keys_one_active ON signing_keys (status) WHERE status = 'active';

-- index success_goals_by_account
CREATE INDEX success_goals_by_account ON success_goals (account_id, created_at);

-- index success_milestones_by_goal
CREATE INDEX success_milestones_by_goal ON success_milestones (goal_id, target_date);

-- index success_milestones_open_by_date
CREATE INDEX success_milestones_open_by_date ON success_milestones (target_date) WHERE status IN ('planned', 'in-progress');

-- index support_tickets_by_account
CREATE INDEX support_tickets_by_account ON support_tickets (account_id, opened_on);

-- index survey_responses_by_account
CREATE INDEX survey_responses_by_account ON survey_responses (account_id, responded_on);

-- index task_dedupe_keys_by_task
CREATE INDEX task_dedupe_keys_by_task ON task_dedupe_keys (task_id);

-- index tasks_by_account
CREATE INDEX tasks_by_account ON tasks (account_id, done_at, due_on);

-- index tasks_by_source
CREATE INDEX tasks_by_source ON tasks (source_kind, source_id);

-- index tasks_open_by_due
CREATE INDEX tasks_open_by_due ON tasks (due_on) WHERE done_at IS NULL;

-- index tasks_open_ranked
CREATE INDEX tasks_open_ranked ON tasks (due_on, account_id, snoozed_until, source_removed_at, done_at, id) WHERE done_at IS NULL;

-- table account_health
CREATE TABLE account_health ( account_id TEXT PRIMARY KEY NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, score INTEGER, tier TEXT, trend TEXT, risk TEXT, overridden INTEGER NOT NULL DEFAULT 0, latest_check_id TEXT, evaluated_on TEXT NOT NULL ) STRICT;

-- table accounts
CREATE TABLE accounts ( id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL, arr_cents INTEGER NOT NULL CHECK (arr_cents >= 0), segment TEXT NOT NULL CHECK (segment IN ('Enterprise', 'Mid-Market', 'SMB')), segment_override TEXT CHECK (segment_override IN ('Enterprise', 'Mid-Market', 'SMB')), stage TEXT NOT NULL CHECK (stage IN ('Onboarding', 'Adoption', 'Retention', 'Expansion', 'At-risk', 'Churned')), owner_csm TEXT NOT NULL DEFAULT '', contract_start TEXT, renewal_date TEXT, product_version TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, archived_at TEXT, filter_key TEXT NOT NULL DEFAULT '', CHECK (renewal_date IS NULL OR contract_start IS NULL OR renewal_date >= contract_start) ) STRICT;

-- table advocacy
CREATE TABLE advocacy ( id TEXT PRIMARY KEY NOT NULL, contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE, kind TEXT NOT NULL, status TEXT NOT NULL, since TEXT NOT NULL, until TEXT, note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (contact_id, kind) ) STRICT;

-- table alerts
CREATE TABLE alerts ( id TEXT PRIMARY KEY NOT NULL, account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, kind TEXT NOT NULL, cause TEXT NOT NULL, severity TEXT NOT NULL CHECK (severity IN ('urgent', 'high', 'medium', 'low')), reason TEXT NOT NULL, raised_on TEXT NOT NULL, due_on TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('open', 'acknowledged', 'closed')), action_taken TEXT, acknowledged_at TEXT, outcome TEXT, closed_at TEXT, created_at TEXT NOT NULL ) STRICT;

-- table audit_log
CREATE TABLE audit_log ( seq INTEGER PRIMARY KEY NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, subject TEXT NOT NULL, details TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL ) STRICT;

-- table blockers
CREATE TABLE blockers ( id TEXT PRIMARY KEY NOT NULL, account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, title TEXT NOT NULL, owner TEXT NOT NULL DEFAULT '', source_kind TEXT NOT NULL CHECK (source_kind IN ('checkin-note', 'action-item', 'manual')), source_id TEXT, opened_at TEXT NOT NULL, resolved_at TEXT, resolved_by TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL ) STRICT;

-- table checkin_notes
CREATE TABLE checkin_notes ( id TEXT PRIMARY KEY NOT NULL, account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, kind TEXT NOT NULL CHECK (kind IN ('bi-weekly-sync', 'quarterly-review', 'half-yearly-review', 'onboarding', 'installation-support', 'training', 'ad-hoc')), held_at TEXT NOT NULL, attendees TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(attendees)), body TEXT NOT NULL, revision INTEGER NOT NULL CHECK (revision >= 1), created_at TEXT NOT NULL, updated_at TEXT NOT NULL, deleted_at TEXT ) STRICT;

-- table checklist_instances
CREATE TABLE checklist_instances ( account_id TEXT PRIMARY KEY NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, template_version INTEGER NOT NULL CHECK (template_version >= 1), created_at TEXT NOT NULL, updated_at TEXT NOT NULL ) STRICT;

-- table checklist_items
CREATE TABLE checklist_items ( id TEXT PRIMARY KEY NOT NULL, account_id TEXT NOT NULL REFERENCES checklist_instances (account_id) ON DELETE CASCADE, section_key TEXT NOT NULL, template_key TEXT, text TEXT NOT NULL, position INTEGER NOT NULL, status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in-progress', 'done', 'not-applicable')), note TEXT NOT NULL DEFAULT '', evidence TEXT NOT NULL DEFAULT '', changed_by TEXT NOT NULL DEFAULT '', changed_at TEXT, created_at TEXT NOT NULL, removed_at TEXT, CHECK (removed_at IS NULL OR template_key IS NULL), UNIQUE (account_id, template_key) ) STRICT;

-- table contacts
CREATE TABLE contacts ( id TEXT PRIMARY KEY NOT NULL, account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, name TEXT NOT NULL, title TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', salutation TEXT NOT NULL DEFAULT '', is_champion INTEGER NOT NULL DEFAULT 0 CHECK (is_champion IN (0, 1)), is_decision_maker INTEGER NOT NULL DEFAULT 0 CHECK (is_decision_maker IN (0, 1)), is_sponsor INTEGER NOT NULL DEFAULT 0 CHECK (is_sponsor IN (0, 1)), left_on TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL , is_economic_buyer INTEGER NOT NULL DEFAULT 0) STRICT;

-- table escalations
CREATE TABLE escalations ( id TEXT PRIMARY KEY NOT NULL, account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, level TEXT NOT NULL CHECK (level IN ('L1', 'L2', 'L3', 'L4')), summary TEXT NOT NULL, owner TEXT NOT NULL DEFAULT '', opened_at TEXT NOT NULL, first_response_at TEXT, resolved_at TEXT, segment TEXT NOT NULL CHECK (segment IN ('Enterprise', 'Mid-Market', 'SMB')), response_minutes INTEGER NOT NULL CHECK (response_minutes > 0), created_at TEXT NOT NULL ) STRICT;

-- table feedback_asked_by
CREATE TABLE feedback_asked_by ( request_id TEXT NOT NULL REFERENCES feedback_requests (id) ON DELETE CASCADE, contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE, PRIMARY KEY (request_id, contact_id) ) STRICT, WITHOUT ROWID;

-- table feedback_requests
CREATE TABLE feedback_requests ( id TEXT PRIMARY KEY NOT NULL, account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, -- A check-in note's id; notes are another domain, so no foreign key. note_id TEXT, request TEXT NOT NULL, root_cause TEXT NOT NULL DEFAULT '', category TEXT NOT NULL CHECK (category IN ('feature-request', 'bug', 'ux-friction', 'docs-training-gap', 'pricing', 'competitive')), product_area TEXT NOT NULL DEFAULT '', route TEXT NOT NULL CHECK (route IN ('pm', 'engineering', 'sales-finance', 'support', 'competitive-intel')), priority TEXT NOT NULL CHECK (priority IN ('low', 'medium', 'high', 'critical')), theme_id TEXT REFERENCES feedback_themes (id) ON DELETE SET NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL , business_justification TEXT NOT NULL DEFAULT '', impact_assessment TEXT NOT NULL DEFAULT '', vendor_issue_url TEXT NOT NULL DEFAULT '') STRICT;

-- table feedback_theme_status_changes
CREATE TABLE feedback_theme_status_changes ( seq INTEGER PRIMARY KEY AUTOINCREMENT, theme_id TEXT NOT NULL REFERENCES feedback_themes (id) ON DELETE CASCADE, from_status TEXT, to_status TEXT NOT NULL, reason TEXT, changed_at TEXT NOT NULL ) STRICT;

-- table feedback_themes
CREATE TABLE feedback_themes ( id TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL, problem_statement TEXT NOT NULL DEFAULT '', status TEXT NOT NULL CHECK (status IN ('new', 'under-consideration', 'planned', 'shipped', 'wont-do')), wont_do_reason TEXT, status_changed_at TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, CHECK (status <> 'wont-do' OR (wont_do_reason IS NOT NULL AND wont_do_reason <> '')) ) STRICT;

-- table feedback_themes_fts
CREATE VIRTUAL TABLE feedback_themes_fts USING fts5( theme_id UNINDEXED, title, problem_statement, tokenize = 'porter unicode61 remove_diacritics 2' );

-- table feedback_themes_fts_config
CREATE TABLE 'feedback_themes_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table feedback_themes_fts_content
CREATE TABLE 'feedback_themes_fts_content'(id INTEGER PRIMARY KEY, c0, c1, c2);

-- table feedback_themes_fts_data
CREATE TABLE 'feedback_themes_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table feedback_themes_fts_docsize
CREATE TABLE 'feedback_themes_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table feedback_themes_fts_idx
CREATE TABLE 'feedback_themes_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table feedback_why_steps
CREATE TABLE feedback_why_steps ( request_id TEXT NOT NULL REFERENCES feedback_requests (id) ON DELETE CASCADE, position INTEGER NOT NULL CHECK (position >= 0), answer TEXT NOT NULL, PRIMARY KEY (request_id, position) ) STRICT, WITHOUT ROWID;

-- table health_checks
CREATE TABLE health_checks ( id TEXT PRIMARY KEY NOT NULL, account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, checked_on TEXT NOT NULL, -- The model, weights and thresholds this score was computed with: a later change of -- model or weights never rewrites it. model_id TEXT NOT NULL, components TEXT NOT NULL, thresholds TEXT NOT NULL, scores TEXT NOT NULL, signals TEXT NOT NULL, score INTEGER CHECK (score BETWEEN 0 AND 100), tier TEXT CHECK (tier IN ('green', 'yellow', 'red')), note TEXT NOT NULL DEFAULT '', checkin_note_id TEXT, created_at TEXT NOT NULL ) STRICT;

-- table health_overrides
CREATE TABLE health_overrides ( id TEXT PRIMARY KEY NOT NULL, account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100), reason TEXT NOT NULL CHECK (length(reason) > 0), expires_on TEXT NOT NULL, set_at TEXT NOT NULL, cleared_at TEXT ) STRICT;

-- table kit_items
CREATE TABLE kit_items ( account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, item_key TEXT NOT NULL, shared_on TEXT NOT NULL, channel TEXT NOT NULL CHECK (channel IN ('email', 'secure-share', 'in-person')), note TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL, PRIMARY KEY (account_id, item_key) ) STRICT;

-- table license_shares
CREATE TABLE license_shares ( id TEXT PRIMARY KEY NOT NULL, license_id TEXT NOT NULL REFERENCES licenses (id) ON DELETE CASCADE, recipient TEXT NOT NULL, channel TEXT NOT NULL CHECK (channel IN ('encrypted-email', 'secure-file-transfer', 'customer-portal', 'in-person', 'other-secure')), shared_at TEXT NOT NULL, shared_by TEXT NOT NULL ) STRICT;

-- table licenses
CREATE TABLE licenses ( id TEXT PRIMARY KEY NOT NULL, account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, licensee TEXT NOT NULL, modules TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('standard', 'temporary', 'mvp')), issued_at TEXT NOT NULL, issued_by TEXT NOT NULL, valid_from TEXT NOT NULL, expires_at TEXT NOT NULL, project_end TEXT, key_id TEXT NOT NULL REFERENCES signing_keys (id), format_version INTEGER NOT NULL, replaces_id TEXT REFERENCES licenses (id), file_text TEXT NOT NULL, revoked_at TEXT, revoked_by TEXT, revoked_reason TEXT , project_start TEXT, reminder_days INTEGER CHECK (reminder_days IS NULL OR reminder_days BETWEEN 1 AND 180)) STRICT;

-- table opportunities
CREATE TABLE opportunities ( id TEXT PRIMARY KEY NOT NULL, account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, kind TEXT NOT NULL, arr_cents INTEGER NOT NULL, stage TEXT NOT NULL, next_step TEXT NOT NULL DEFAULT '', next_step_on TEXT, override_guardrails TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(override_guardrails)), override_note TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL ) STRICT;

-- table qbr_drafts
CREATE TABLE qbr_drafts ( account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, period_key TEXT NOT NULL, narrative TEXT NOT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (account_id, period_key) ) STRICT;

-- table qbr_exports
CREATE TABLE qbr_exports ( id TEXT PRIMARY KEY, account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE, period_key TEXT NOT NULL, period_from TEXT NOT NULL, period_to TEXT NOT NULL, folder TEXT NOT NULL, exported_at TEXT NOT NULL ) STRICT;

-- table release_themes
CREATE TABLE release_themes ( release_id TEXT NOT NULL REFERENCES releases (id) ON DELETE CASCADE, theme_id TEXT NOT NULL REFERENCES feedback_themes (id) ON DELETE CASCADE, PRIMARY KEY (release_id, theme_id) ) STRICT;

-- table releases
CREATE TABLE releases ( id TEXT PRIMARY KEY NOT NULL, version TEXT NOT NULL UNIQUE, released_on TEXT NOT NULL, highlights TEXT NOT NULL DEFAULT '', notified_at TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL ) STRICT;

-- table renewal_outcomes
CREATE TABLE renewal_outcomes ( id TEXT PRIMARY KEY NOT NULL, account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, renewal_date TEXT NOT NULL, -- The renewal date, or the day it was recorded when that was earlier: the day it counts in GRR/NRR. counts_on TEXT NOT NULL, outcome TEXT NOT NULL CHECK (outcome IN ('renewed', 'expanded', 'contracted', 'churned')), previous_arr_cents INTEGER NOT NULL CHECK (previous_arr_cents >= 0), new_arr_cents INTEGER NOT NULL CHECK (new_arr_cents >= 0), reason TEXT, reason_text TEXT NOT NULL DEFAULT '', next_renewal_date TEXT, recorded_at TEXT NOT NULL ) STRICT;

-- table search_docs
CREATE TABLE search_docs ( seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, doc_id TEXT NOT NULL, account_id TEXT, parent_id TEXT, title TEXT NOT NULL, body TEXT NOT NULL, -- 1 while the record's account is archived: kept here, left out of the FTS index. hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)), UNIQUE (kind, doc_id) ) STRICT;

-- table search_fts_account
CREATE VIRTUAL TABLE search_fts_account USING fts5( title, body, content = 'search_docs', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7 8' );

-- table search_fts_account_config
CREATE TABLE 'search_fts_account_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table search_fts_account_data
CREATE TABLE 'search_fts_account_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table search_fts_account_docsize
CREATE TABLE 'search_fts_account_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table search_fts_account_idx
CREATE TABLE 'search_fts_account_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table search_fts_action_item
CREATE VIRTUAL TABLE search_fts_action_item USING fts5( title, body, content = 'search_docs', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7 8' );

-- table search_fts_action_item_config
CREATE TABLE 'search_fts_action_item_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table search_fts_action_item_data
CREATE TABLE 'search_fts_action_item_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table search_fts_action_item_docsize
CREATE TABLE 'search_fts_action_item_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table search_fts_action_item_idx
CREATE TABLE 'search_fts_action_item_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table search_fts_checkin_note
CREATE VIRTUAL TABLE search_fts_checkin_note USING fts5( title, body, content = 'search_docs', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7 8' );

-- table search_fts_checkin_note_config
CREATE TABLE 'search_fts_checkin_note_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table search_fts_checkin_note_data
CREATE TABLE 'search_fts_checkin_note_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table search_fts_checkin_note_docsize
CREATE TABLE 'search_fts_checkin_note_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table search_fts_checkin_note_idx
CREATE TABLE 'search_fts_checkin_note_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table search_fts_checklist_item
CREATE VIRTUAL TABLE search_fts_checklist_item USING fts5( title, body, content = 'search_docs', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7 8' );

-- table search_fts_checklist_item_config
CREATE TABLE 'search_fts_checklist_item_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table search_fts_checklist_item_data
CREATE TABLE 'search_fts_checklist_item_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table search_fts_checklist_item_docsize
CREATE TABLE 'search_fts_checklist_item_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table search_fts_checklist_item_idx
CREATE TABLE 'search_fts_checklist_item_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table search_fts_contact
CREATE VIRTUAL TABLE search_fts_contact USING fts5( title, body, content = 'search_docs', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7 8' );

-- table search_fts_contact_config
CREATE TABLE 'search_fts_contact_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table search_fts_contact_data
CREATE TABLE 'search_fts_contact_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table search_fts_contact_docsize
CREATE TABLE 'search_fts_contact_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table search_fts_contact_idx
CREATE TABLE 'search_fts_contact_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table search_fts_escalation
CREATE VIRTUAL TABLE search_fts_escalation USING fts5( title, body, content = 'search_docs', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7 8' );

-- table search_fts_escalation_config
CREATE TABLE 'search_fts_escalation_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table search_fts_escalation_data
CREATE TABLE 'search_fts_escalation_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table search_fts_escalation_docsize
CREATE TABLE 'search_fts_escalation_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table search_fts_escalation_idx
CREATE TABLE 'search_fts_escalation_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table search_fts_feedback
CREATE VIRTUAL TABLE search_fts_feedback USING fts5( title, body, content = 'search_docs', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7 8' );

-- table search_fts_feedback_config
CREATE TABLE 'search_fts_feedback_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table search_fts_feedback_data
CREATE TABLE 'search_fts_feedback_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table search_fts_feedback_docsize
CREATE TABLE 'search_fts_feedback_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table search_fts_feedback_idx
CREATE TABLE 'search_fts_feedback_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table search_fts_success_goal
CREATE VIRTUAL TABLE search_fts_success_goal USING fts5( title, body, content = 'search_docs', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7 8' );

-- table search_fts_success_goal_config
CREATE TABLE 'search_fts_success_goal_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table search_fts_success_goal_data
CREATE TABLE 'search_fts_success_goal_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table search_fts_success_goal_docsize
CREATE TABLE 'search_fts_success_goal_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table search_fts_success_goal_idx
CREATE TABLE 'search_fts_success_goal_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table search_fts_support_ticket
CREATE VIRTUAL TABLE search_fts_support_ticket USING fts5( title, body, content = 'search_docs', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7 8' );

-- table search_fts_support_ticket_config
CREATE TABLE 'search_fts_support_ticket_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table search_fts_support_ticket_data
CREATE TABLE 'search_fts_support_ticket_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table search_fts_support_ticket_docsize
CREATE TABLE 'search_fts_support_ticket_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table search_fts_support_ticket_idx
CREATE TABLE 'search_fts_support_ticket_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table search_fts_survey_response
CREATE VIRTUAL TABLE search_fts_survey_response USING fts5( title, body, content = 'search_docs', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7 8' );

-- table search_fts_survey_response_config
CREATE TABLE 'search_fts_survey_response_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table search_fts_survey_response_data
CREATE TABLE 'search_fts_survey_response_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table search_fts_survey_response_docsize
CREATE TABLE 'search_fts_survey_response_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table search_fts_survey_response_idx
CREATE TABLE 'search_fts_survey_response_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table settings
CREATE TABLE "settings" ( key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL CHECK (json_valid(value)) ) STRICT;

-- table signing_keys
CREATE TABLE signing_keys ( id TEXT PRIMARY KEY NOT NULL, public_key BLOB NOT NULL, -- The private key as sealed by the OS key store; cleared when the key is retired. sealed_private_key BLOB, status TEXT NOT NULL CHECK (status IN ('active', 'retired')), created_at TEXT NOT NULL, retired_at TEXT ) STRICT;

-- table sqlite_sequence
CREATE TABLE sqlite_sequence(name,seq);

-- table success_goals
CREATE TABLE success_goals ( id TEXT PRIMARY KEY NOT NULL, account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL, updated_at TEXT NOT NULL ) STRICT;

-- table success_milestones
CREATE TABLE success_milestones ( id TEXT PRIMARY KEY NOT NULL, goal_id TEXT NOT NULL REFERENCES success_goals (id) ON DELETE CASCADE, account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, title TEXT NOT NULL, owner TEXT NOT NULL CHECK (owner IN ('customer', 'partner', 'us')), evidence_type TEXT NOT NULL CHECK (evidence_type IN ('event', 'attestation', 'artifact')), target_date TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('planned', 'in-progress', 'met', 'dropped')), created_at TEXT NOT NULL, updated_at TEXT NOT NULL ) STRICT;

-- table support_tickets
CREATE TABLE support_tickets ( id TEXT PRIMARY KEY NOT NULL, account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, system TEXT NOT NULL CHECK (system IN ('zendesk', 'jira', 'other')), ref TEXT NOT NULL, url TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', severity TEXT NOT NULL CHECK (severity IN ('P1', 'P2', 'P3', 'P4')), status TEXT NOT NULL CHECK (status IN ('open', 'pending', 'solved', 'closed')), opened_on TEXT NOT NULL, closed_on TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL ) STRICT;

-- table survey_responses
CREATE TABLE survey_responses ( id TEXT PRIMARY KEY NOT NULL, account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, contact_id TEXT REFERENCES contacts (id) ON DELETE SET NULL, contact_name TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('nps', 'csat', 'ces')), score INTEGER NOT NULL CHECK ( (kind = 'nps' AND score BETWEEN 0 AND 10) OR (kind = 'csat' AND score BETWEEN 1 AND 5) OR (kind = 'ces' AND score BETWEEN 1 AND 7) ), responded_on TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL ) STRICT;

-- table task_dedupe_keys
CREATE TABLE task_dedupe_keys ( dedupe_key TEXT PRIMARY KEY NOT NULL, task_id TEXT NOT NULL REFERENCES tasks (id) ON DELETE CASCADE ) STRICT;

-- table tasks
CREATE TABLE tasks ( id TEXT PRIMARY KEY NOT NULL, account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, title TEXT NOT NULL, owner TEXT NOT NULL DEFAULT '', due_on TEXT, done_at TEXT, snoozed_until TEXT, source_kind TEXT NOT NULL, source_id TEXT, dedupe_key TEXT UNIQUE, created_at TEXT NOT NULL, updated_at TEXT NOT NULL , source_removed_at TEXT, details TEXT NOT NULL DEFAULT '') STRICT;

-- trigger audit_log_no_delete
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'The audit log is append-only: entries cannot be deleted.'); END;

-- trigger audit_log_no_update
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'The audit log is append-only: entries cannot be changed.'); END;

-- trigger feedback_themes_fts_delete
CREATE TRIGGER feedback_themes_fts_delete AFTER DELETE ON feedback_themes BEGIN DELETE FROM feedback_themes_fts WHERE theme_id = old.id; END;

-- trigger feedback_themes_fts_insert
CREATE TRIGGER feedback_themes_fts_insert AFTER INSERT ON feedback_themes BEGIN INSERT INTO feedback_themes_fts (theme_id, title, problem_statement) VALUES (new.id, new.title, new.problem_statement); END;

-- trigger feedback_themes_fts_update
CREATE TRIGGER feedback_themes_fts_update AFTER UPDATE OF title, problem_statement ON feedback_themes BEGIN DELETE FROM feedback_themes_fts WHERE theme_id = old.id; INSERT INTO feedback_themes_fts (theme_id, title, problem_statement) VALUES (new.id, new.title, new.problem_statement); END;
