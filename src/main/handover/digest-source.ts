import { addDays } from '../../shared/dates/iso-date';
import type { CheckinKind } from '../../shared/checkins/kinds';
import type { DigestSource } from '../../shared/handover/digest';
import { weekStart } from '../../shared/handover/digest';
import { LICENSE_KIND_LABELS, type LicenseKind } from '../../shared/licenses/rules';
import type { Store } from '../db/store';
import { getSettings } from '../settings/service';

/** The instant a local day starts, as stored timestamps are written (UTC ISO). */
function startOfLocalDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
}

const NOTES_SQL = `SELECT a.name AS account_name, n.kind, n.held_at FROM checkin_notes n JOIN accounts a ON a.id = n.account_id
  WHERE n.deleted_at IS NULL AND n.held_at >= ? AND n.held_at < ? ORDER BY n.held_at, a.name_key`;
const BLOCKERS_OPENED_SQL = `SELECT a.name AS account_name, b.title, b.owner FROM blockers b JOIN accounts a ON a.id = b.account_id
  WHERE b.opened_at >= ? AND b.opened_at < ? ORDER BY b.opened_at`;
const BLOCKERS_RESOLVED_SQL = `SELECT a.name AS account_name, b.title, b.resolved_by FROM blockers b JOIN accounts a ON a.id = b.account_id
  WHERE b.resolved_at >= ? AND b.resolved_at < ? ORDER BY b.resolved_at`;
// Readiness: items whose last change this week left them done, per account, with where the
// whole checklist stands now.
const READINESS_SQL = `SELECT a.name AS account_name,
    count(CASE WHEN i.status = 'done' AND i.changed_at >= ? AND i.changed_at < ? THEN 1 END) AS done_this_week,
    count(CASE WHEN i.status = 'done' THEN 1 END) AS done,
    count(CASE WHEN i.status <> 'not-applicable' THEN 1 END) AS applicable
  FROM checklist_items i JOIN accounts a ON a.id = i.account_id
  WHERE i.removed_at IS NULL AND i.account_id IN (
    SELECT account_id FROM checklist_items WHERE status = 'done' AND changed_at >= ? AND changed_at < ?)
  GROUP BY i.account_id ORDER BY a.name_key`;
const FEEDBACK_SQL = `SELECT a.name AS account_name, r.request FROM feedback_requests r JOIN accounts a ON a.id = r.account_id
  WHERE r.created_at >= ? AND r.created_at < ? ORDER BY r.created_at`;
const LICENSES_SQL = `SELECT a.name AS account_name, l.licensee, l.kind, l.expires_at FROM licenses l JOIN accounts a ON a.id = l.account_id
  WHERE l.issued_at >= ? AND l.issued_at < ? ORDER BY l.issued_at`;

/** Everything the week starting on the Monday of `weekOf` held, across the book. */
export function digestSource(store: Store, weekOf: string): DigestSource {
  const monday = weekStart(weekOf);
  const from = startOfLocalDay(monday);
  const to = startOfLocalDay(addDays(monday, 7));
  const all = <T>(sql: string, ...params: unknown[]) => store.prepared(sql).all(...params) as T[];
  return {
    weekStart: monday,
    csmName: getSettings(store).csmName,
    notes: all<{ account_name: string; kind: string; held_at: string }>(NOTES_SQL, from, to).map((n) => ({
      accountName: n.account_name,
      kind: n.kind as CheckinKind,
      heldAt: n.held_at,
    })),
    blockersOpened: all<{ account_name: string; title: string; owner: string }>(BLOCKERS_OPENED_SQL, from, to).map((b) => ({
      accountName: b.account_name,
      title: b.title,
      owner: b.owner,
    })),
    blockersResolved: all<{ account_name: string; title: string; resolved_by: string }>(BLOCKERS_RESOLVED_SQL, from, to).map((b) => ({
      accountName: b.account_name,
      title: b.title,
      resolvedBy: b.resolved_by,
    })),
    readiness: all<{ account_name: string; done_this_week: number; done: number; applicable: number }>(READINESS_SQL, from, to, from, to).map((r) => ({
      accountName: r.account_name,
      doneThisWeek: r.done_this_week,
      percent: r.applicable === 0 ? 0 : Math.floor((r.done * 100) / r.applicable),
    })),
    feedback: all<{ account_name: string; request: string }>(FEEDBACK_SQL, from, to).map((f) => ({ accountName: f.account_name, request: f.request })),
    licenses: all<{ account_name: string; licensee: string; kind: string; expires_at: string }>(LICENSES_SQL, from, to).map((l) => ({
      accountName: l.account_name,
      licensee: l.licensee,
      kind: LICENSE_KIND_LABELS[l.kind as LicenseKind] ?? l.kind,
      expiresAt: l.expires_at,
    })),
  };
}
