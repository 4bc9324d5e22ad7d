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
const dueCase = (column: string) =>
  `CASE WHEN ${column} < :today THEN 3 WHEN ${column} = :today THEN 2.5 WHEN ${column} <= :week THEN 2 WHEN ${column} <= :month THEN 1.5 ELSE 1 END`;
const accountFactor = `(1 + log10(1 + a.arr_cents / 100000.0)) * ${caseOf('h.risk', RISK_WEIGHT, UNSCORED_WEIGHT)}`;
const OPEN_TASK = `t.done_at IS NULL AND t.due_on <= :horizon AND t.source_removed_at IS NULL AND (t.snoozed_until IS NULL OR t.snoozed_until <= :today)`;
const RENEWAL_DUE = `a.archived_at IS NULL AND a.stage <> 'Churned' AND a.renewal_date <= :renewals
      AND NOT EXISTS (SELECT 1 FROM alerts r WHERE r.account_id = a.id AND r.status = 'open' AND r.kind IN ('renewal-60', 'renewal-90'))`;

/**
 * Today's items folded into groups that share one priority: each open alert and renewal on its
 * own, open tasks per account and due bucket (a task's priority is its account's factor × the
 * task weight × its bucket's factor). The product is written exactly as RANKED writes it, so a
 * group's priority is the very number each of its items gets there. A few thousand rows, from
 * which the counts and the page's lowest priority are worked out without ranking every task.
 */
const GROUPS = `
  WITH items AS (
    SELECT 'alert' AS kind, al.account_id, ${dueCase('al.due_on')} AS due_factor, ${caseOf('al.severity', SEVERITY_WEIGHT, 1)} AS item_weight, 1 AS n
    FROM alerts al WHERE al.status = 'open'
    UNION ALL
    SELECT 'task', t.account_id, ${dueCase('t.due_on')}, ${TASK_WEIGHT}, count(*)
    FROM tasks t WHERE ${OPEN_TASK}
    GROUP BY t.account_id, 3
    UNION ALL
    SELECT 'renewal', a.id, ${dueCase('a.renewal_date')}, ${RENEWAL_WEIGHT}, 1
    FROM accounts a WHERE ${RENEWAL_DUE}
  )
  SELECT i.kind, i.account_id, i.due_factor, i.n, ${accountFactor} * i.item_weight * i.due_factor AS priority
  FROM items i CROSS JOIN accounts a ON a.id = i.account_id
  LEFT JOIN account_health h ON h.account_id = a.id
  WHERE a.archived_at IS NULL`;

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
  groups: GROUPS,
  /**
   * The page when the lowest priority on it is known (from GROUPS): only items ranked at least
   * that high, and only the tasks of the accounts whose groups reach it, are ranked and sorted.
   * Every item of priority ≥ :cutoff is among them, so the order and the page are the same as
   * ranking everything. :accounts is a JSON array of account ids.
   */
  pageFrom: `${RANKED.replace('t.due_on <= :horizon AND', 't.due_on <= :horizon AND t.account_id IN (SELECT value FROM json_each(:accounts)) AND')}
    SELECT p.*, a.name AS account_name, a.arr_cents, h.risk,
      CASE p.kind WHEN 'alert' THEN al.kind WHEN 'task' THEN t.title ELSE a.renewal_date END AS detail,
      CASE p.kind WHEN 'alert' THEN al.reason WHEN 'task' THEN t.source_kind END AS extra
    FROM (SELECT r.* FROM ranked r WHERE r.priority >= :cutoff ORDER BY r.priority DESC, r.due_on ASC, r.id ASC LIMIT :limit OFFSET :offset) p
    CROSS JOIN accounts a ON a.id = p.account_id
    LEFT JOIN account_health h ON h.account_id = p.account_id
    LEFT JOIN alerts al ON p.kind = 'alert' AND al.id = p.id
    LEFT JOIN tasks t ON p.kind = 'task' AND t.id = p.id
    ORDER BY p.priority DESC, p.due_on ASC, p.id ASC`,
  page: `${RANKED}
    SELECT p.*, a.name AS account_name, a.arr_cents, h.risk,
      CASE p.kind WHEN 'alert' THEN al.kind WHEN 'task' THEN t.title ELSE a.renewal_date END AS detail,
      CASE p.kind WHEN 'alert' THEN al.reason WHEN 'task' THEN t.source_kind END AS extra
    FROM (
      -- The counts ride along on every row of the page (a window over the whole ranking), so
      -- the ranking is worked out once per call, not once for the page and again for the counts.
      SELECT r.*, count(*) OVER whole AS c_total, sum(r.kind = 'alert') OVER whole AS c_alerts,
        sum(r.kind = 'task' AND r.due_on < :today) OVER whole AS c_overdue, sum(r.kind = 'task' AND r.due_on = :today) OVER whole AS c_due_today,
        sum(r.kind = 'renewal') OVER whole AS c_renewals, sum(r.priority >= 20) OVER whole AS c_urgent
      FROM ranked r WINDOW whole AS ()
      ORDER BY r.priority DESC, r.due_on ASC, r.id ASC LIMIT :limit OFFSET :offset) p
    CROSS JOIN accounts a ON a.id = p.account_id
    LEFT JOIN account_health h ON h.account_id = p.account_id
    LEFT JOIN alerts al ON p.kind = 'alert' AND al.id = p.id
    LEFT JOIN tasks t ON p.kind = 'task' AND t.id = p.id
    ORDER BY p.priority DESC, p.due_on ASC, p.id ASC`,
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
  c_total: number;
  c_alerts: number | null;
  c_overdue: number | null;
  c_due_today: number | null;
  c_renewals: number | null;
  c_urgent: number | null;
}

/** One page of Today in priority order; each row also carries the counts over the whole. */
export function rankedPage(store: Store, params: TodayParams, limit: number, offset: number): RankedRow[] {
  return store.prepared(TODAY_SQL.page).all({ ...params, limit, offset }) as RankedRow[];
}

/**
 * A number that changes with every write on this connection: SQLite's `total_changes()`, every
 * row any statement inserted, updated or deleted (rolled-back ones included).
 */
export function totalChanges(store: Store): number {
  return (store.prepared('SELECT total_changes() AS n').get() as { n: number }).n;
}

export interface GroupRow {
  kind: 'alert' | 'task' | 'renewal';
  account_id: string;
  due_factor: number;
  n: number;
  priority: number;
}

/** Today's items in groups of one priority (see GROUPS). */
export function rankedGroups(store: Store, params: TodayParams): GroupRow[] {
  return store.prepared(TODAY_SQL.groups).all(params) as GroupRow[];
}

/** One page of Today given its lowest priority and the accounts whose tasks reach it (no counts on the rows). */
export function rankedPageFrom(store: Store, params: TodayParams, limit: number, offset: number, cutoff: number, accounts: readonly string[]): RankedRow[] {
  return store.prepared(TODAY_SQL.pageFrom).all({ ...params, limit, offset, cutoff, accounts: JSON.stringify(accounts) }) as RankedRow[];
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
