import type { Generated } from 'kysely';

/** Kysely's view of the tables. Column names are snake_case in SQL, mapped at the repository edge. */
export interface AccountsTable {
  id: string;
  name: string;
  /** `name` folded for the "unique among active accounts" rule (NFC, locale lower case). */
  name_key: string;
  arr_cents: number;
  segment: string;
  segment_override: string | null;
  stage: string;
  owner_csm: string;
  contract_start: string | null;
  renewal_date: string | null;
  product_version: string;
  notes: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export interface ContactsTable {
  id: string;
  account_id: string;
  name: string;
  title: string;
  role: string;
  email: string;
  phone: string;
  salutation: string;
  is_champion: number;
  is_decision_maker: number;
  is_sponsor: number;
  /** Added by migration 0012 (defaults to 0, so inserts that predate it stay valid). */
  is_economic_buyer: Generated<number>;
  left_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface TasksTable {
  id: string;
  account_id: string;
  title: string;
  owner: string;
  due_on: string | null;
  done_at: string | null;
  snoozed_until: string | null;
  source_kind: string;
  source_id: string | null;
  /** Set by generators (playbook, renewal, close-the-loop…) so a task is never created twice. */
  dedupe_key: string | null;
  /** Set while the record the task came from (e.g. a check-in note) is deleted; such tasks are hidden. */
  source_removed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface CheckinNotesTable {
  id: string;
  account_id: string;
  kind: string;
  held_at: string;
  /** JSON array of `{ contactId, name }`. */
  attendees: string;
  body: string;
  revision: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface SearchDocsTable {
  seq: Generated<number>;
  kind: string;
  doc_id: string;
  account_id: string | null;
  parent_id: string | null;
  title: string;
  body: string;
  hidden: number;
}

export interface ChecklistInstancesTable {
  account_id: string;
  template_version: number;
  created_at: string;
  updated_at: string;
}

export interface ChecklistItemsTable {
  id: string;
  account_id: string;
  section_key: string;
  /** The template item's key; null for a custom item. */
  template_key: string | null;
  text: string;
  position: number;
  status: string;
  note: string;
  evidence: string;
  changed_by: string;
  changed_at: string | null;
  created_at: string;
  /** Set when a custom item is removed, so the removal can be undone. */
  removed_at: string | null;
}

export interface FeedbackThemesTable {
  id: string;
  title: string;
  problem_statement: string;
  status: string;
  wont_do_reason: string | null;
  status_changed_at: string;
  created_at: string;
  updated_at: string;
}

export interface FeedbackThemeStatusChangesTable {
  seq: Generated<number>;
  theme_id: string;
  from_status: string | null;
  to_status: string;
  reason: string | null;
  changed_at: string;
}

export interface FeedbackRequestsTable {
  id: string;
  account_id: string;
  note_id: string | null;
  request: string;
  root_cause: string;
  category: string;
  product_area: string;
  route: string;
  priority: string;
  theme_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface FeedbackWhyStepsTable {
  request_id: string;
  position: number;
  answer: string;
}

export interface FeedbackAskedByTable {
  request_id: string;
  contact_id: string;
}

/** FTS5 index of theme titles and problem statements; kept in step by triggers. */
export interface FeedbackThemesFtsTable {
  theme_id: string;
  title: string;
  problem_statement: string;
}

export interface SigningKeysTable {
  id: string;
  /** The raw 32-byte Ed25519 public key. */
  public_key: Buffer;
  /** Sealed by the KeyStore; never the key in clear. Null once the key is retired. */
  sealed_private_key: Buffer | null;
  status: 'active' | 'retired';
  created_at: string;
  retired_at: string | null;
}

export interface LicensesTable {
  id: string;
  account_id: string;
  licensee: string;
  /** JSON array of module names. */
  modules: string;
  kind: string;
  issued_at: string;
  issued_by: string;
  valid_from: string;
  expires_at: string;
  project_end: string | null;
  key_id: string;
  format_version: number;
  replaces_id: string | null;
  /** The signed license file, exactly as saved for the customer. */
  file_text: string;
  revoked_at: string | null;
  revoked_by: string | null;
  revoked_reason: string | null;
}

/** Append-only (triggers refuse UPDATE and DELETE); each row links to the one before by hash. */
export interface AuditLogTable {
  seq: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  /** Canonical JSON object. */
  details: string;
  prev_hash: string;
  hash: string;
}

/** Migration 0012: a blocker stays open on the account header and Today until resolved. */
export interface BlockersTable {
  id: string;
  account_id: string;
  title: string;
  owner: string;
  source_kind: 'checkin-note' | 'action-item' | 'manual';
  source_id: string | null;
  opened_at: string;
  resolved_at: string | null;
  resolved_by: string;
  created_at: string;
  updated_at: string;
}

export interface Schema {
  accounts: AccountsTable;
  contacts: ContactsTable;
  tasks: TasksTable;
  settings: SettingsTable;
  checkin_notes: CheckinNotesTable;
  search_docs: SearchDocsTable;
  checklist_instances: ChecklistInstancesTable;
  checklist_items: ChecklistItemsTable;
  feedback_themes: FeedbackThemesTable;
  feedback_theme_status_changes: FeedbackThemeStatusChangesTable;
  feedback_requests: FeedbackRequestsTable;
  feedback_why_steps: FeedbackWhyStepsTable;
  feedback_asked_by: FeedbackAskedByTable;
  feedback_themes_fts: FeedbackThemesFtsTable;
  signing_keys: SigningKeysTable;
  licenses: LicensesTable;
  audit_log: AuditLogTable;
  blockers: BlockersTable;
}
