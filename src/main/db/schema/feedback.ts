import type { Generated } from 'kysely';

/** Feedback requests, their why-chains and the themes they are grouped into. */
export interface FeedbackThemesTable {
  id: string;
  title: string;
  problem_statement: string;
  status: string;
  wont_do_reason: string | null;
  status_changed_at: string;
  created_at: string;
  updated_at: string;
}

export interface FeedbackThemeStatusChangesTable {
  seq: Generated<number>;
  theme_id: string;
  from_status: string | null;
  to_status: string;
  reason: string | null;
  changed_at: string;
}

export interface FeedbackRequestsTable {
  id: string;
  account_id: string;
  note_id: string | null;
  request: string;
  root_cause: string;
  category: string;
  product_area: string;
  route: string;
  priority: string;
  theme_id: string | null;
  business_justification: string;
  impact_assessment: string;
  /** An https link to the vendor's issue, or ''. */
  vendor_issue_url: string;
  created_at: string;
  updated_at: string;
}

export interface FeedbackWhyStepsTable {
  request_id: string;
  position: number;
  answer: string;
}

export interface FeedbackAskedByTable {
  request_id: string;
  contact_id: string;
}

/** FTS5 index of theme titles and problem statements; kept in step by triggers. */
export interface FeedbackThemesFtsTable {
  theme_id: string;
  title: string;
  problem_statement: string;
}

/** The feedback tables as kysely sees them. */
export interface FeedbackTables {
  feedback_themes: FeedbackThemesTable;
  feedback_theme_status_changes: FeedbackThemeStatusChangesTable;
  feedback_requests: FeedbackRequestsTable;
  feedback_why_steps: FeedbackWhyStepsTable;
  feedback_asked_by: FeedbackAskedByTable;
  feedback_themes_fts: FeedbackThemesFtsTable;
}
