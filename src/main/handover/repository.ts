import type { Store } from '../db/store';

// What the handover views gather (at a glance, the meeting recap, the weekly digest), each a
// fixed statement read as rows; the services shape them.

// Each a fixed statement on an index: the latest note through the timeline index, action
// items through tasks_by_account, licenses through licenses_by_account.
const LAST_NOTE_SQL = `SELECT id, kind, held_at FROM checkin_notes WHERE account_id = ? AND deleted_at IS NULL
  ORDER BY held_at DESC, id DESC LIMIT 1`;
const ACTION_ITEMS_SQL = `SELECT count(*) AS open, count(CASE WHEN due_on < ? THEN 1 END) AS overdue FROM tasks
  WHERE account_id = ? AND done_at IS NULL AND source_kind = 'checkin-note' AND source_removed_at IS NULL`;
const READINESS_SQL = `SELECT status FROM checklist_items WHERE account_id = ? AND removed_at IS NULL`;
const LIVE_LICENSES_SQL = `SELECT id, kind, licensee, modules, expires_at FROM licenses
  WHERE account_id = ? AND revoked_at IS NULL AND expires_at >= ? ORDER BY expires_at, issued_at`;

/** The rows behind an account's "at a glance", as of `today`. */
export function glanceRows(store: Store, accountId: string, today: string) {
  return {
    last: store.prepared(LAST_NOTE_SQL).get(accountId) as { id: string; kind: string; held_at: string } | undefined,
    items: store.prepared(ACTION_ITEMS_SQL).get(today, accountId) as { open: number; overdue: number },
    statuses: store.prepared(READINESS_SQL).all(accountId) as { status: string }[],
    licenses: store.prepared(LIVE_LICENSES_SQL).all(accountId, today) as {
      id: string;
      kind: string;
      licensee: string;
      modules: string;
      expires_at: string;
    }[],
  };
}

const NOTE_ACTION_ITEMS_SQL = `SELECT title, owner, due_on, done_at FROM tasks
  WHERE source_kind = 'checkin-note' AND source_id = ? AND source_removed_at IS NULL
  ORDER BY done_at IS NOT NULL, due_on IS NULL, due_on, created_at`;

/** The account's name, if it exists. */
export function accountName(store: Store, accountId: string): string | undefined {
  return store.first(store.q.selectFrom('accounts').select('name').where('id', '=', accountId))?.name;
}

/** A note's action items, open ones first, by due day. */
export function noteActionItems(store: Store, noteId: string) {
  return store.prepared(NOTE_ACTION_ITEMS_SQL).all(noteId) as { title: string; owner: string; due_on: string | null; done_at: string | null }[];
}

const NOTES_SQL = `SELECT a.name AS account_name, n.kind, n.held_at FROM checkin_notes n JOIN accounts a ON a.id = n.account_id
  WHERE n.deleted_at IS NULL AND n.held_at >= ? AND n.held_at < ? ORDER BY n.held_at, a.name_key`;
const BLOCKERS_OPENED_SQL = `SELECT a.name AS account_name, b.title, b.owner FROM blockers b JOIN accounts a ON a.id = b.account_id
  WHERE b.opened_at >= ? AND b.opened_at < ? ORDER BY b.opened_at`;
const BLOCKERS_RESOLVED_SQL = `SELECT a.name AS account_name, b.title, b.resolved_by FROM blockers b JOIN accounts a ON a.id = b.account_id
  WHERE b.resolved_at >= ? AND b.resolved_at < ? ORDER BY b.resolved_at`;
// Readiness: items whose last change this week left them done, per account, with where the
// whole checklist stands now.
const WEEK_READINESS_SQL = `SELECT a.name AS account_name,
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

/** What happened between the instants `from` and `to` (UTC ISO), across the book, as rows. */
export function digestRows(store: Store, from: string, to: string) {
  const all = <T>(sql: string, ...params: unknown[]) => store.prepared(sql).all(...params) as T[];
  return {
    notes: all<{ account_name: string; kind: string; held_at: string }>(NOTES_SQL, from, to),
    blockersOpened: all<{ account_name: string; title: string; owner: string }>(BLOCKERS_OPENED_SQL, from, to),
    blockersResolved: all<{ account_name: string; title: string; resolved_by: string }>(BLOCKERS_RESOLVED_SQL, from, to),
    readiness: all<{ account_name: string; done_this_week: number; done: number; applicable: number }>(WEEK_READINESS_SQL, from, to, from, to),
    feedback: all<{ account_name: string; request: string }>(FEEDBACK_SQL, from, to),
    licenses: all<{ account_name: string; licensee: string; kind: string; expires_at: string }>(LICENSES_SQL, from, to),
  };
}
