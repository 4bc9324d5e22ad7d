import { addDays, daysBetween, localIsoDate } from '../../shared/dates/iso-date';
import type { Today, TodayItem } from '../../shared/health/schema';
import { RENEWAL_WEIGHT, RISK_WEIGHT, SEVERITY_WEIGHT, TASK_WEIGHT, UNSCORED_WEIGHT, arrFactor, dueFactor, priorityLevel, riskWeight } from '../../shared/health/priority';
import { RISK_LABELS, type Risk } from '../../shared/health/risk';
import { ALERT_INFO, type AlertKind } from '../../shared/health/triggers';
import type { Store } from '../db/store';

/** Tasks due within this many days are on Today; renewals within 90. */
export const TASK_HORIZON_DAYS = 30;
export const RENEWAL_HORIZON_DAYS = 90;

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
  counts: `${RANKED} SELECT count(*) AS total,
      sum(kind = 'alert') AS alerts,
      sum(kind = 'task' AND due_on < :today) AS overdue,
      sum(kind = 'task' AND due_on = :today) AS due_today,
      sum(kind = 'renewal') AS renewals,
      sum(priority >= 20) AS urgent
    FROM ranked`,
};

interface RankedRow {
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

const money = (cents: number) => {
  const arr = cents / 100;
  return arr >= 1_000_000 ? `$${(arr / 1_000_000).toFixed(1)}M` : arr >= 1000 ? `$${Math.round(arr / 1000)}K` : `$${Math.round(arr)}`;
};

const dueWords = (days: number) =>
  days < 0 ? `overdue ${-days} day${days === -1 ? '' : 's'}` : days === 0 ? 'due today' : `due in ${days} day${days === 1 ? '' : 's'}`;

const SOURCE_WORDS: Record<string, string> = {
  manual: 'a task you added',
  playbook: 'the onboarding playbook',
  renewal: 'the renewal playbook',
  'checkin-note': 'an action item from a note',
  'feedback-theme': 'closing the loop on feedback',
  license: 'a license reminder',
  cadence: 'the segment’s meeting cadence',
};

function toItem(row: RankedRow, today: string): TodayItem {
  const days = row.due_on ? daysBetween(today, row.due_on) : 0;
  const itemWord =
    row.kind === 'alert' ? `${ALERT_INFO[row.detail as AlertKind].severity} alert` : row.kind === 'renewal' ? 'renewal' : 'task';
  const explanation =
    `${row.risk ? RISK_LABELS[row.risk] : 'Not scored'} ${riskWeight(row.risk)} × ARR ${money(row.arr_cents)} ${arrFactor(row.arr_cents / 100).toFixed(2)} × ` +
    `${dueWords(days)} ${dueFactor(days)} × ${itemWord} ${row.item_weight} = ${row.priority.toFixed(1)}`;
  const base = { id: row.id, accountId: row.account_id, accountName: row.account_name, dueOn: row.due_on, priority: row.priority, level: priorityLevel(row.priority), explanation };
  switch (row.kind) {
    case 'alert': {
      const info = ALERT_INFO[row.detail as AlertKind];
      return { ...base, kind: 'alert', title: info.label, why: row.extra ?? '', nextAction: info.play };
    }
    case 'task':
      return { ...base, kind: 'task', title: row.detail, why: `${dueWords(days)[0]!.toUpperCase()}${dueWords(days).slice(1)}, from ${SOURCE_WORDS[row.extra ?? ''] ?? 'a task'}.`, nextAction: row.detail };
    case 'renewal':
      return days < 0
        ? { ...base, kind: 'renewal', title: `Renewal of ${row.detail} passed`, why: `The renewal date passed ${-days} days ago and no outcome is recorded.`, nextAction: 'Record the renewal outcome.' }
        : { ...base, kind: 'renewal', title: `Renews on ${row.detail}`, why: `Renews in ${days} days.`, nextAction: days <= 30 ? 'Finalise the contract, plan the next period.' : 'Renewal meeting and value review.' };
    default: {
      const never: never = row.kind;
      throw new Error(`Unknown Today item ${String(never)}`);
    }
  }
}

export function todayParams(now: Date) {
  const today = localIsoDate(now);
  return { today, week: addDays(today, 7), month: addDays(today, 30), horizon: addDays(today, TASK_HORIZON_DAYS), renewals: addDays(today, RENEWAL_HORIZON_DAYS) };
}

/**
 * Today, ranked: open alerts, tasks due within 30 days (overdue ones included), renewals within
 * 90 days or passed unrecorded — one page of it, with every count taken in SQL over the whole.
 *
 * Ranking a book with tens of thousands of open tasks takes longer than a frame, and Today asks
 * the same question again and again (every return to the page, every event that invalidates
 * it). So the answer is kept per store for one state of the database and one day: the key is
 * SQLite's `total_changes()` — every row any statement on this connection inserted, updated or
 * deleted, including rolled-back ones — with today's date, so any write at all, or midnight,
 * asks SQLite again. Only this connection writes the book (backups write their own copy; a
 * restore opens a new store).
 */
const answers = new WeakMap<Store, { key: string; pages: Map<string, Today> }>();
const MAX_PAGES_KEPT = 20;

export function rankToday(store: Store, input: { offset?: number | undefined; limit?: number | undefined }, now: Date): Today {
  const params = todayParams(now);
  const limit = input.limit ?? 50;
  const offset = input.offset ?? 0;
  const changes = (store.prepared('SELECT total_changes() AS n').get() as { n: number }).n;
  const key = `${params.today}|${changes}`;
  let kept = answers.get(store);
  if (!kept || kept.key !== key) answers.set(store, (kept = { key, pages: new Map() }));
  const page = `${offset}|${limit}`;
  const hit = kept.pages.get(page);
  if (hit) return hit;
  const answer = rankTodayNow(store, params, limit, offset);
  if (kept.pages.size >= MAX_PAGES_KEPT) kept.pages.clear();
  kept.pages.set(page, answer);
  return answer;
}

function rankTodayNow(store: Store, params: ReturnType<typeof todayParams>, limit: number, offset: number): Today {
  const rows = store.prepared(TODAY_SQL.page).all({ ...params, limit, offset }) as RankedRow[];
  // A page past the end has no row to carry the counts: only then are they asked for on their own.
  const first = rows[0];
  const c = first
    ? { total: first.c_total, alerts: first.c_alerts, overdue: first.c_overdue, due_today: first.c_due_today, renewals: first.c_renewals, urgent: first.c_urgent }
    : (store.prepared(TODAY_SQL.counts).get(params) as { total: number; alerts: number | null; overdue: number | null; due_today: number | null; renewals: number | null; urgent: number | null });
  return {
    items: rows.map((r) => toItem(r, params.today)),
    total: c.total,
    counts: { alerts: c.alerts ?? 0, overdue: c.overdue ?? 0, dueToday: c.due_today ?? 0, renewals: c.renewals ?? 0, urgent: c.urgent ?? 0 },
  };
}
