// The hash-chained audit log.

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

/** The audit tables as kysely sees them. */
export interface AuditTables {
  audit_log: AuditLogTable;
}
