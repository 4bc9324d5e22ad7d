

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
  created_at: string;
  updated_at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
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

export interface Schema {
  accounts: AccountsTable;
  contacts: ContactsTable;
  tasks: TasksTable;
  settings: SettingsTable;
  signing_keys: SigningKeysTable;
  licenses: LicensesTable;
  audit_log: AuditLogTable;
}
