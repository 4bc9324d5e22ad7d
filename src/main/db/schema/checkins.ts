/** Check-in notes. */
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

/** The checkins tables as kysely sees them. */
export interface CheckinsTables {
  checkin_notes: CheckinNotesTable;
}
