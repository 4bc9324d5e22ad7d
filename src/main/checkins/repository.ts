import { sql } from 'kysely';
import type { Attendee, CheckinNote, ListNotesInput, Timeline } from '../../shared/checkins/schema';
import { TIMELINE_PAGE } from '../../shared/checkins/schema';
import type { CheckinKind } from '../../shared/checkins/kinds';
import type { CheckinNotesTable } from '../db/schema';
import type { Store } from '../db/store';
import { listTasksOfSources } from '../tasks/repository';

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
  return store.first(store.q.selectFrom('checkin_notes').selectAll().where('id', '=', id));
}

/**
 * One page of an account's check-in timeline, newest meeting first, each note with its action
 * items. Two statements, both on an index: the notes page, then its notes' tasks.
 */
export function listTimeline(store: Store, input: ListNotesInput): Timeline {
  const limit = input.limit ?? TIMELINE_PAGE;
  let query = store.q
    .selectFrom('checkin_notes')
    .selectAll()
    .where('account_id', '=', input.accountId)
    .where('deleted_at', 'is', null);
  if (input.after) query = query.where(sql<boolean>`(held_at, id) < (${input.after.heldAt}, ${input.after.id})`);
  const rows = store.all(query.orderBy('held_at', 'desc').orderBy('id', 'desc').limit(limit + 1));
  const page = rows.length > limit ? rows.slice(0, limit) : rows;
  const tasks = listTasksOfSources(
    store,
    'checkin-note',
    page.map((r) => r.id),
  );
  return {
    notes: page.map((row) => ({ ...toNote(row), actionItems: tasks.filter((t) => t.sourceId === row.id) })),
    hasMore: rows.length > limit,
  };
}
