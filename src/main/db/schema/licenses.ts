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

/** The licenses tables as kysely sees them. */
export interface LicensesTables {
  signing_keys: SigningKeysTable;
  licenses: LicensesTable;
}
