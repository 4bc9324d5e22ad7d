import { addDays, daysBetween, localIsoDate } from '../../shared/dates/iso-date';
import type { Today, TodayItem } from '../../shared/health/schema';
import { arrFactor, dueFactor, priorityLevel, riskWeight } from '../../shared/health/priority';
import { RISK_LABELS } from '../../shared/health/risk';
import { ALERT_INFO, type AlertKind } from '../../shared/health/triggers';
import type { Store } from '../db/store';
import { rankedCounts, rankedPage, type RankedRow, type TodayParams } from './repository';

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
 */
export function rankToday(store: Store, input: { offset?: number | undefined; limit?: number | undefined }, now: Date): Today {
  const params = todayParams(now);
  const rows = rankedPage(store, params, input.limit ?? 50, input.offset ?? 0);
  const c = rankedCounts(store, params);
  return {
    items: rows.map((r) => toItem(r, params.today)),
    total: c.total,
    counts: { alerts: c.alerts ?? 0, overdue: c.overdue ?? 0, dueToday: c.due_today ?? 0, renewals: c.renewals ?? 0, urgent: c.urgent ?? 0 },
  };
}

