/** The accounts a CSM looks after. */
export interface AccountsTable {
  id: string;
  name: string;
  /** `name` folded for the "unique among active accounts" rule (NFC, locale lower case). */
  name_key: string;
  /** Name and owner folded for the accounts table's filter (`accountFilterKey`). */
  filter_key: string;
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

/** The accounts tables as kysely sees them. */
export interface AccountsTables {
  accounts: AccountsTable;
}
