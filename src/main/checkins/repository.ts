import type { Attendee, CheckinNote, ListNotesInput, Timeline } from '../../shared/checkins/schema';
import { TIMELINE_PAGE } from '../../shared/checkins/schema';
import type { CheckinKind } from '../../shared/checkins/kinds';
import type { CheckinNotesTable } from '../db/schema';
import type { Store } from '../db/store';
import type { Task } from '../../shared/tasks/schema';
import { toTask, type TaskRow } from '../tasks/repository';

export function toNote(row: CheckinNotesTable): CheckinNote {
  return {
    id: row.id,
    accountId: row.account_id,
    kind: row.kind as CheckinKind,
    heldAt: row.held_at,
    attendees: JSON.parse(row.attendees) as Attendee[],
    body: row.body,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

export function findNoteRow(store: Store, id: string): CheckinNotesTable | undefined {
  // Prepared once: every autosave reads the stored revision first.
  return store.prepared('SELECT * FROM checkin_notes WHERE id = ?').get(id) as CheckinNotesTable | undefined;
}

export function accountExists(store: Store, accountId: string): boolean {
  return store.first(store.q.selectFrom('accounts').select('id').where('id', '=', accountId)) !== undefined;
}

export function insertNote(store: Store, row: CheckinNotesTable): void {
  store.run(store.q.insertInto('checkin_notes').values(row));
}

/** Moves a note to the bin (`at`) or back out of it (`null`). */
export function setNoteDeletedAt(store: Store, id: string, at: string | null): void {
  store.run(store.q.updateTable('checkin_notes').set({ deleted_at: at }).where('id', '=', id));
}

/** Writes an autosaved draft over the stored note (the caller checked the revision). */
export function updateNoteDraft(store: Store, row: CheckinNotesTable): void {
  store.prepared('UPDATE checkin_notes SET kind = ?, held_at = ?, attendees = ?, body = ?, revision = ?, updated_at = ? WHERE id = ?').run(
    row.kind,
    row.held_at,
    row.attendees,
    row.body,
    row.revision,
    row.updated_at,
    row.id,
  );
}

const PAGE_SQL = `SELECT * FROM checkin_notes WHERE account_id = ? AND deleted_at IS NULL
  ORDER BY held_at DESC, id DESC LIMIT ?`;
const NEXT_PAGE_SQL = `SELECT * FROM checkin_notes WHERE account_id = ? AND deleted_at IS NULL AND (held_at, id) < (?, ?)
  ORDER BY held_at DESC, id DESC LIMIT ?`;
const COUNT_SQL = 'SELECT count(*) AS n FROM checkin_notes WHERE account_id = ? AND deleted_at IS NULL';
const ACTION_ITEMS_SQL = `SELECT t.*, a.name AS account_name FROM json_each(?) AS page
  JOIN tasks AS t ON t.source_kind = 'checkin-note' AND t.source_id = page.value
  JOIN accounts AS a ON a.id = t.account_id
  WHERE t.source_removed_at IS NULL
  ORDER BY t.done_at IS NOT NULL, t.due_on IS NULL, t.due_on, t.created_at`;

/**
 * One page of an account's check-in timeline, newest meeting first, each note with its action
 * items. The hottest read of the tab, so it is two fixed prepared statements (both on an
 * index, see the plan test) rather than queries built per call.
 */
export function listTimeline(store: Store, input: ListNotesInput): Timeline {
  const limit = input.limit ?? TIMELINE_PAGE;
  const rows = (
    input.after
      ? store.prepared(NEXT_PAGE_SQL).all(input.accountId, input.after.heldAt, input.after.id, limit + 1)
      : store.prepared(PAGE_SQL).all(input.accountId, limit + 1)
  ) as CheckinNotesTable[];
  const page = rows.length > limit ? rows.slice(0, limit) : rows;
  const byNote = new Map<string, Task[]>();
  if (page.length > 0) {
    const tasks = store.prepared(ACTION_ITEMS_SQL).all(JSON.stringify(page.map((r) => r.id))) as TaskRow[];
    for (const row of tasks) {
      const task = toTask(row);
      const list = byNote.get(row.source_id ?? '');
      if (list) list.push(task);
      else byNote.set(row.source_id ?? '', [task]);
    }
  }
  return {
    notes: page.map((row) => ({ ...toNote(row), actionItems: byNote.get(row.id) ?? [] })),
    hasMore: rows.length > limit,
    total: (store.prepared(COUNT_SQL).get(input.accountId) as { n: number }).n,
  };
}

/** The statements behind `listTimeline`, for the query-plan test and the benchmark's bare-SQL column. */
export const TIMELINE_SQL = { page: PAGE_SQL, nextPage: NEXT_PAGE_SQL, actionItems: ACTION_ITEMS_SQL, count: COUNT_SQL } as const;
