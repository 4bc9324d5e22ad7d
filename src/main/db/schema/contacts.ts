/** The people at each account. */
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
  /** Migration 0012: signs off the spend (seed 003's stakeholder mapping). Defaults to 0. */
  is_economic_buyer: number;
  left_on: string | null;
  created_at: string;
  updated_at: string;
}

/** The contacts tables as kysely sees them. */
export interface ContactsTables {
  contacts: ContactsTable;
}
