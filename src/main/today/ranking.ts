import { addDays, daysBetween, localIsoDate } from '../../shared/dates/iso-date';
import type { Today, TodayItem } from '../../shared/health/schema';
import { arrFactor, dueFactor, priorityLevel, riskWeight } from '../../shared/health/priority';
import { RISK_LABELS } from '../../shared/health/risk';
import { ALERT_INFO, type AlertKind } from '../../shared/health/triggers';
import type { Store } from '../db/store';
import { rankedGroups, rankedPage, rankedPageFrom, totalChanges, type GroupRow, type RankedRow, type TodayParams } from './repository';

/** Tasks due within this many days are on Today; renewals within 90. */
export const TASK_HORIZON_DAYS = 30;
export const RENEWAL_HORIZON_DAYS = 90;

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

export function todayParams(now: Date): TodayParams {
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
  const changes = totalChanges(store);
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

/**
 * The priority of the item at position `wanted` (1-based) in Today's order, and the accounts
 * with tasks ranked at least that high; null when Today has fewer items than that.
 */
function lowestOnPage(groups: readonly GroupRow[], wanted: number): { cutoff: number; accounts: string[] } | null {
  const byPriority = [...groups].sort((a, b) => b.priority - a.priority);
  let seen = 0;
  for (const g of byPriority) {
    seen += g.n;
    if (seen >= wanted) {
      const cutoff = g.priority;
      const accounts = new Set(byPriority.filter((x) => x.kind === 'task' && x.priority >= cutoff).map((x) => x.account_id));
      return { cutoff, accounts: [...accounts] };
    }
  }
  return null;
}

/**
 * Counts from the groups (a few thousand rows rather than every open task), then the page:
 * knowing its lowest priority, only what ranks that high is sorted. Deep pages past the groups'
 * reach rank everything, as before.
 */
function rankTodayNow(store: Store, params: ReturnType<typeof todayParams>, limit: number, offset: number): Today {
  const groups = rankedGroups(store, params);
  const counts = { alerts: 0, overdue: 0, dueToday: 0, renewals: 0, urgent: 0 };
  let total = 0;
  for (const g of groups) {
    total += g.n;
    if (g.kind === 'alert') counts.alerts += g.n;
    else if (g.kind === 'renewal') counts.renewals += g.n;
    else if (g.due_factor === 3) counts.overdue += g.n;
    else if (g.due_factor === 2.5) counts.dueToday += g.n;
    if (g.priority >= 20) counts.urgent += g.n;
  }
  const reach = limit > 0 ? lowestOnPage(groups, offset + limit) : null;
  const rows = reach ? rankedPageFrom(store, params, limit, offset, reach.cutoff, reach.accounts) : rankedPage(store, params, limit, offset);
  return { items: rows.map((r) => toItem(r, params.today)), total, counts };
}
