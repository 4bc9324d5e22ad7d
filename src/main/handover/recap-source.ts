import type { Attendee } from '../../shared/checkins/schema';
import type { CheckinKind } from '../../shared/checkins/kinds';
import type { RecapSource } from '../../shared/handover/recap';
import type { Store } from '../db/store';
import { notFound } from '../ipc/app-error';
import { findNoteRow } from '../checkins/repository';
import { getSettings } from '../settings/service';
import { listRequests } from '../feedback/requests';
import { accountName, noteActionItems } from './repository';

/** Gathers a note's recap: the note, its account, its action items and the feedback captured in it. */
export function recapSource(store: Store, noteId: string): RecapSource {
  const row = findNoteRow(store, noteId);
  if (!row || row.deleted_at !== null) throw notFound('That note');
  const name = accountName(store, row.account_id);
  if (name === undefined) throw notFound('That account');
  const items = noteActionItems(store, noteId);
  return {
    accountName: name,
    csmName: getSettings(store).csmName,
    note: { kind: row.kind as CheckinKind, heldAt: row.held_at, attendees: JSON.parse(row.attendees) as Attendee[], body: row.body },
    actionItems: items.map((t) => ({ title: t.title, owner: t.owner, dueOn: t.due_on, done: t.done_at !== null })),
    feedback: listRequests(store, { noteId }).map((r) => ({ request: r.request, askedBy: r.askedBy.map((a) => a.name) })),
  };
}
