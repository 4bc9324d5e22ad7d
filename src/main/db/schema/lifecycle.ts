/** The onboarding kit: the fact, date and channel of each item shared (never the secret). */
export interface KitItemsTable {
  account_id: string;
  item_key: string;
  shared_on: string;
  channel: string;
  note: string;
  updated_at: string;
}

export interface SuccessGoalsTable {
  id: string;
  account_id: string;
  title: string;
  description: string;
  created_at: string;
  updated_at: string;
}

export interface SuccessMilestonesTable {
  id: string;
  goal_id: string;
  account_id: string;
  title: string;
  owner: string;
  evidence_type: string;
  target_date: string;
  status: string;
  created_at: string;
  updated_at: string;
}

export interface SurveyResponsesTable {
  id: string;
  account_id: string;
  /** Null once the contact is deleted; `contact_name` keeps who answered. */
  contact_id: string | null;
  contact_name: string;
  kind: string;
  score: number;
  responded_on: string;
  comment: string;
  created_at: string;
}

export interface SupportTicketsTable {
  id: string;
  account_id: string;
  system: string;
  ref: string;
  url: string;
  title: string;
  severity: string;
  status: string;
  opened_on: string;
  closed_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface EscalationsTable {
  id: string;
  account_id: string;
  level: string;
  summary: string;
  owner: string;
  opened_at: string;
  first_response_at: string | null;
  resolved_at: string | null;
  /** The segment and promise at opening, so the clock never moves under a running escalation. */
  segment: string;
  response_minutes: number;
  created_at: string;
}

/** The lifecycle tables as kysely sees them. */
export interface LifecycleTables {
  kit_items: KitItemsTable;
  success_goals: SuccessGoalsTable;
  success_milestones: SuccessMilestonesTable;
  survey_responses: SurveyResponsesTable;
  support_tickets: SupportTicketsTable;
  escalations: EscalationsTable;
}
