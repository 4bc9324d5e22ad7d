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

/** The blockers tables as kysely sees them. */
export interface BlockersTables {
  blockers: BlockersTable;
}
