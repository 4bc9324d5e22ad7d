/** Each account's production-readiness checklist. */
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

/** The checklist tables as kysely sees them. */
export interface ChecklistTables {
  checklist_instances: ChecklistInstancesTable;
  checklist_items: ChecklistItemsTable;
}
