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

export interface Schema {
  accounts: AccountsTable;
  contacts: ContactsTable;
  tasks: TasksTable;
  settings: SettingsTable;
  checkin_notes: CheckinNotesTable;
  search_docs: SearchDocsTable;
  checklist_instances: ChecklistInstancesTable;
  checklist_items: ChecklistItemsTable;
}
