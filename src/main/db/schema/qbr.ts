/** Tables of migration 0016: QBR narrative drafts and the record of exported packs. */
export interface QbrDraftsTable {
  account_id: string;
  period_key: string;
  /** The narrative as JSON ({ goals, value, roadmap, asks }). */
  narrative: string;
  updated_at: string;
}

export interface QbrExportsTable {
  id: string;
  account_id: string;
  period_key: string;
  period_from: string;
  period_to: string;
  folder: string;
  exported_at: string;
}

export interface QbrTables {
  qbr_drafts: QbrDraftsTable;
  qbr_exports: QbrExportsTable;
}
