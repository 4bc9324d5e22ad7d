/** Kysely's view of the health tables (migration 0010). JSON columns are parsed at the repository edge. */
export interface HealthChecksTable {
  id: string;
  account_id: string;
  checked_on: string;
  model_id: string;
  /** JSON `[{ key, label, weight }]`. */
  components: string;
  /** JSON `{ yellowFrom, greenFrom }`. */
  thresholds: string;
  /** JSON `{ [component]: score | null }`. */
  scores: string;
  /** JSON RawSignals. */
  signals: string;
  score: number | null;
  tier: string | null;
  note: string;
  checkin_note_id: string | null;
  created_at: string;
}

export interface HealthOverridesTable {
  id: string;
  account_id: string;
  score: number;
  reason: string;
  expires_on: string;
  set_at: string;
  cleared_at: string | null;
}

/** Derived: each account's current health, rewritten by `refreshAccountHealth`. */
export interface AccountHealthTable {
  account_id: string;
  score: number | null;
  tier: string | null;
  trend: string | null;
  risk: string | null;
  overridden: number;
  latest_check_id: string | null;
  evaluated_on: string;
}

export interface AlertsTable {
  id: string;
  account_id: string;
  kind: string;
  cause: string;
  severity: string;
  reason: string;
  raised_on: string;
  due_on: string;
  status: string;
  action_taken: string | null;
  acknowledged_at: string | null;
  outcome: string | null;
  closed_at: string | null;
  created_at: string;
}

export interface RenewalOutcomesTable {
  id: string;
  account_id: string;
  renewal_date: string;
  counts_on: string;
  outcome: string;
  previous_arr_cents: number;
  new_arr_cents: number;
  reason: string | null;
  reason_text: string;
  next_renewal_date: string | null;
  recorded_at: string;
}

export interface HealthTables {
  health_checks: HealthChecksTable;
  health_overrides: HealthOverridesTable;
  account_health: AccountHealthTable;
  alerts: AlertsTable;
  renewal_outcomes: RenewalOutcomesTable;
}
