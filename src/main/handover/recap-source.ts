import type { Attendee } from '../../shared/checkins/schema';
import type { CheckinKind } from '../../shared/checkins/kinds';
import type { RecapSource } from '../../shared/handover/recap';
import type { Store } from '../db/store';
import { notFound } from '../ipc/app-error';
import { findNoteRow } from '../checkins/repository';
import { getSettings } from '../settings/service';
import { listRequests } from '../feedback/requests';

const ACTION_ITEMS_SQL = `SELECT title, owner, due_on, done_at FROM tasks
  WHERE source_kind = 'checkin-note' AND source_id = ? AND source_removed_at IS NULL
  ORDER BY done_at IS NOT NULL, due_on IS NULL, due_on, created_at`;

/** Gathers a note's recap: the note, its account, its action items and the feedback captured in it. */
export function recapSource(store: Store, noteId: string): RecapSource {
  const row = findNoteRow(store, noteId);
  if (!row || row.deleted_at !== null) throw notFound('That note');
  const account = store.first(store.q.selectFrom('accounts').select('name').where('id', '=', row.account_id));
  if (!account) throw notFound('That account');
  const items = store.prepared(ACTION_ITEMS_SQL).all(noteId) as { title: string; owner: string; due_on: string | null; done_at: string | null }[];
  return {
    accountName: account.name,
    csmName: getSettings(store).csmName,
    note: { kind: row.kind as CheckinKind, heldAt: row.held_at, attendees: JSON.parse(row.attendees) as Attendee[], body: row.body },
    actionItems: items.map((t) => ({ title: t.title, owner: t.owner, dueOn: t.due_on, done: t.done_at !== null })),
    feedback: listRequests(store, { noteId }).map((r) => ({ request: r.request, askedBy: r.askedBy.map((a) => a.name) })),
  };
}
