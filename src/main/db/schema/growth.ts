/** Releases and the themes they ship, expansion opportunities, contacts' advocacy. */
export interface ReleasesTable {
  id: string;
  version: string;
  released_on: string;
  highlights: string;
  /** When "Notify accounts" last ran for this release. */
  notified_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ReleaseThemesTable {
  release_id: string;
  theme_id: string;
}

export interface OpportunitiesTable {
  id: string;
  account_id: string;
  kind: string;
  arr_cents: number;
  stage: string;
  next_step: string;
  next_step_on: string | null;
  /** JSON array of the guardrails the CSM went past, with `override_note` saying why. */
  override_guardrails: string;
  override_note: string;
  /** The renewal outcome that closed it (migration 0017), or null. */
  renewal_outcome_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface AdvocacyTable {
  id: string;
  contact_id: string;
  kind: string;
  status: string;
  since: string;
  until: string | null;
  note: string;
  /** The NPS answer (9–10) the record was asked for from (migration 0017), or null. */
  survey_response_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface GrowthTables {
  releases: ReleasesTable;
  release_themes: ReleaseThemesTable;
  opportunities: OpportunitiesTable;
  advocacy: AdvocacyTable;
}
