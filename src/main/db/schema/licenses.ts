/** Signing keys and the licenses they signed. */
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

/** Who a license file was given to, and through which channel (seed 000: authorised recipients, secure channels). */
export interface LicenseSharesTable {
  id: string;
  license_id: string;
  recipient: string;
  channel: string;
  shared_at: string;
  shared_by: string;
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
  project_start: string | null;
  project_end: string | null;
  /** Days before expiry for the expiry reminder; null for the kind's default. */
  reminder_days: number | null;
  key_id: string;
  format_version: number;
  replaces_id: string | null;
  /** The signed license file, exactly as saved for the customer. */
  file_text: string;
  revoked_at: string | null;
  revoked_by: string | null;
  revoked_reason: string | null;
}

/** The licenses tables as kysely sees them. */
export interface LicensesTables {
  signing_keys: SigningKeysTable;
  licenses: LicensesTable;
  license_shares: LicenseSharesTable;
}
