import type { Segment, Stage } from '../../shared/accounts/segments';
import type { Tier } from '../../shared/health/models';
import { RENEWAL_WEIGHT, RISK_WEIGHT, SEVERITY_WEIGHT, TASK_WEIGHT, UNSCORED_WEIGHT } from '../../shared/health/priority';
import type { Risk } from '../../shared/health/risk';
import type { AlertKind, Severity } from '../../shared/health/triggers';
import type { Store } from '../db/store';

/** The dates Today's statements compare with (see `todayParams`). */
export interface TodayParams {
  today: string;
  week: string;
  month: string;
  horizon: string;
  renewals: string;
}

const caseOf = (column: string, weights: Record<string, number>, otherwise: number) =>
  `CASE ${column} ${Object.entries(weights)
    .map(([k, w]) => `WHEN '${k}' THEN ${w}`)
    .join(' ')} ELSE ${otherwise} END`;

/**
 * Every item on Today with its priority, computed in SQL with the arithmetic of
 * shared/health/priority.ts (the weights are spliced in from there as numbers; every value from
 * the data is a bound parameter). Parameters: today, today + 7, today + 30 (three times: due
 * factor, tasks' horizon, renewals' factor), today + 90.
 */
const RANKED = `
  WITH items AS (
    SELECT 'alert' AS kind, al.id, al.account_id, al.due_on, ${caseOf('al.severity', SEVERITY_WEIGHT, 1)} AS item_weight
    FROM alerts al WHERE al.status = 'open'
    UNION ALL
    SELECT 'task', t.id, t.account_id, t.due_on, ${TASK_WEIGHT}
    FROM tasks t
    WHERE t.done_at IS NULL AND t.due_on <= :horizon AND t.source_removed_at IS NULL
      AND (t.snoozed_until IS NULL OR t.snoozed_until <= :today)
    UNION ALL
    SELECT 'renewal', a.id, a.id, a.renewal_date, ${RENEWAL_WEIGHT}
    FROM accounts a
    WHERE a.archived_at IS NULL AND a.stage <> 'Churned' AND a.renewal_date <= :renewals
      AND NOT EXISTS (SELECT 1 FROM alerts r WHERE r.account_id = a.id AND r.status = 'open' AND r.kind IN ('renewal-60', 'renewal-90'))
  ),
  ranked AS (
    SELECT i.kind, i.id, i.account_id, i.due_on, i.item_weight,
           (1 + log10(1 + a.arr_cents / 100000.0)) * ${caseOf('h.risk', RISK_WEIGHT, UNSCORED_WEIGHT)} * i.item_weight * CASE
             WHEN i.due_on < :today THEN 3 WHEN i.due_on = :today THEN 2.5
             WHEN i.due_on <= :week THEN 2 WHEN i.due_on <= :month THEN 1.5 ELSE 1 END AS priority
    -- CROSS JOIN keeps the items as the outer loop: each finds its account by primary key,
    -- rather than SQLite building a throwaway index over every item on each call.
    FROM items i CROSS JOIN accounts a ON a.id = i.account_id
    LEFT JOIN account_health h ON h.account_id = a.id
    WHERE a.archived_at IS NULL
  )`;

/**
 * The ranking reads only narrow columns (the open tasks from a covering index); titles and
 * reasons are fetched for the one page shown.
 */
export const TODAY_SQL = {
  page: `${RANKED}
    SELECT p.*, a.name AS account_name, a.arr_cents, h.risk,
      CASE p.kind WHEN 'alert' THEN al.kind WHEN 'task' THEN t.title ELSE a.renewal_date END AS detail,
      CASE p.kind WHEN 'alert' THEN al.reason WHEN 'task' THEN t.source_kind END AS extra
    FROM (SELECT * FROM ranked ORDER BY priority DESC, due_on ASC, id ASC LIMIT :limit OFFSET :offset) p
    CROSS JOIN accounts a ON a.id = p.account_id
    LEFT JOIN account_health h ON h.account_id = p.account_id
    LEFT JOIN alerts al ON p.kind = 'alert' AND al.id = p.id
    LEFT JOIN tasks t ON p.kind = 'task' AND t.id = p.id
    ORDER BY p.priority DESC, p.due_on ASC, p.id ASC`,
  counts: `${RANKED} SELECT count(*) AS total,
      sum(kind = 'alert') AS alerts,
      sum(kind = 'task' AND due_on < :today) AS overdue,
      sum(kind = 'task' AND due_on = :today) AS due_today,
      sum(kind = 'renewal') AS renewals,
      sum(priority >= 20) AS urgent
    FROM ranked`,
};

export interface RankedRow {
  kind: 'alert' | 'task' | 'renewal';
  id: string;
  account_id: string;
  detail: string;
  extra: string | null;
  due_on: string | null;
  item_weight: number;
  account_name: string;
  arr_cents: number;
  risk: Risk | null;
  priority: number;
}

/** One page of Today in priority order. */
export function rankedPage(store: Store, params: TodayParams, limit: number, offset: number): RankedRow[] {
  return store.prepared(TODAY_SQL.page).all({ ...params, limit, offset }) as RankedRow[];
}

/** Today's counts, taken over every item. */
export function rankedCounts(store: Store, params: TodayParams) {
  return store.prepared(TODAY_SQL.counts).get(params) as { total: number; alerts: number | null; overdue: number | null; due_today: number | null; renewals: number | null; urgent: number | null };
}

export interface SummaryRow {
  id: string;
  name: string;
  segment: Segment;
  stage: Stage;
  score: number | null;
  tier: Tier | null;
  risk: Risk | null;
  overridden: number | null;
  last_note: string | null;
  last_check: string | null;
  next_task: string | null;
}

const SUMMARY_SQL = `
  SELECT a.id, a.name, a.segment, a.stage, h.score, h.tier, h.risk, h.overridden,
    (SELECT max(n.held_at) FROM checkin_notes n WHERE n.account_id = a.id AND n.deleted_at IS NULL) AS last_note,
    (SELECT max(c.checked_on) FROM health_checks c WHERE c.account_id = a.id) AS last_check,
    (SELECT t.title FROM tasks t WHERE t.account_id = a.id AND t.done_at IS NULL AND t.source_removed_at IS NULL AND t.due_on IS NOT NULL
       ORDER BY t.due_on LIMIT 1) AS next_task
  FROM accounts a LEFT JOIN account_health h ON h.account_id = a.id
  WHERE a.archived_at IS NULL`;

/** One active account's summary row, or every At-risk and Critical account's (most at risk first). */
export function summaryRows(store: Store, input: { accountId?: string | undefined }): SummaryRow[] {
  return input.accountId
    ? (store.prepared(`${SUMMARY_SQL} AND a.id = ?`).all(input.accountId) as SummaryRow[])
    : (store.prepared(`${SUMMARY_SQL} AND h.risk IN ('critical', 'at-risk') ORDER BY h.risk = 'critical' DESC, a.arr_cents DESC`).all() as SummaryRow[]);
}

/** Every open alert's account, kind and severity. */
export function openAlertKinds(store: Store): { account_id: string; kind: AlertKind; severity: Severity }[] {
  return store.prepared(`SELECT account_id, kind, severity FROM alerts WHERE status = 'open'`).all() as { account_id: string; kind: AlertKind; severity: Severity }[];
}
