import { requireWritableAccount } from '../accounts/read-only';
import type { CheckinNote, SaveNoteInput } from '../../shared/checkins/schema';
import type { Task, TaskFields } from '../../shared/tasks/schema';
import type { CheckinNotesTable } from '../db/schema';
import type { Store } from '../db/store';
import { AppError, notFound } from '../ipc/app-error';
import { indexDocument, removeDocument } from '../search/documents';
import { createTask, setSourceRemoved } from '../tasks/service';
import { findNoteRow, insertNote, setNoteDeletedAt, toNote, updateNoteDraft } from './repository';
import { noteDocument } from './search-document';
import { syncNoteBlockers } from '../blockers/service';
import { syncCadenceTasks } from '../tasks/cadence';

const staleSave = () =>
  new AppError(
    'CONFLICT',
    'This note was saved from another window after this one loaded it, so this change was not saved. Reload the note to see its newest text.',
    [{ path: ['body'], message: 'A newer version of this note exists.' }],
  );

const deletedNote = () =>
  new AppError('CONFLICT', 'This note was deleted. Undo the delete to keep editing it.', [{ path: ['body'], message: 'This note was deleted.' }]);

function requireNote(store: Store, id: string): CheckinNotesTable {
  const row = findNoteRow(store, id);
  if (!row) throw notFound('That note');
  return row;
}

export function getNote(store: Store, id: string): CheckinNote {
  return toNote(requireNote(store, id));
}

function sameDraft(row: CheckinNotesTable, input: SaveNoteInput, attendees: string): boolean {
  const d = input.draft;
  return row.kind === d.kind && row.held_at === d.heldAt && row.attendees === attendees && row.body === d.body;
}

/**
 * Autosaves a note. The first save (base revision 0) creates it with the id the editor made;
 * each later save must be based on the stored revision and moves it on by one. A save repeated
 * after it was written (a retry, a second flush) changes nothing; a save based on an older
 * revision with different text is refused, so the newer text is never overwritten.
 */
export function saveNote(store: Store, input: SaveNoteInput, now: Date): CheckinNote {
  return store.tx(() => {
    const at = now.toISOString();
    const attendees = JSON.stringify(input.draft.attendees);
    const row = findNoteRow(store, input.id);
    let saved: CheckinNotesTable;
    if (!row) {
      if (input.baseRevision !== 0) throw notFound('That note');
      requireWritableAccount(store, input.accountId, 'check-in notes');
      saved = {
        id: input.id,
        account_id: input.accountId,
        kind: input.draft.kind,
        held_at: input.draft.heldAt,
        attendees,
        body: input.draft.body,
        revision: 1,
        created_at: at,
        updated_at: at,
        deleted_at: null,
      };
      insertNote(store, saved);
    } else {
      if (row.account_id !== input.accountId) throw notFound('That note');
      if (row.deleted_at !== null) throw deletedNote();
      requireWritableAccount(store, row.account_id, 'check-in notes');
      if (row.revision !== input.baseRevision) {
        if (row.revision > input.baseRevision && sameDraft(row, input, attendees)) return toNote(row);
        throw staleSave();
      }
      if (sameDraft(row, input, attendees)) return toNote(row);
      saved = { ...row, kind: input.draft.kind, held_at: input.draft.heldAt, attendees, body: input.draft.body, revision: row.revision + 1, updated_at: at };
      updateNoteDraft(store, saved);
    }
    const note = toNote(saved);
    indexDocument(store, noteDocument(note));
    syncNoteBlockers(store, note, now);
    // A new meeting, or one whose kind or day changed, moves the rolling sync / QBR tasks on.
    if (!row || row.kind !== saved.kind || row.held_at !== saved.held_at) syncCadenceTasks(store, saved.account_id, now);
    return note;
  });
}

/** Moves a note to the bin: it leaves the timeline, search and task lists, and can be restored. */
export function removeNote(store: Store, id: string, now: Date): CheckinNote {
  return store.tx(() => {
    const row = requireNote(store, id);
    if (row.deleted_at !== null) return toNote(row);
    requireWritableAccount(store, row.account_id, 'check-in notes');
    const at = now.toISOString();
    setNoteDeletedAt(store, id, at);
    removeDocument(store, 'checkin-note', id);
    setSourceRemoved(store, { kind: 'checkin-note', id }, at);
    syncCadenceTasks(store, row.account_id, now);
    return toNote({ ...row, deleted_at: at });
  });
}

/** Undoes a delete: the note, its action items and their search entries come back as they were. */
export function restoreNote(store: Store, id: string, now: Date = new Date()): CheckinNote {
  return store.tx(() => {
    const row = requireNote(store, id);
    if (row.deleted_at === null) return toNote(row);
    requireWritableAccount(store, row.account_id, 'check-in notes');
    setNoteDeletedAt(store, id, null);
    const note = toNote({ ...row, deleted_at: null });
    indexDocument(store, noteDocument(note));
    setSourceRemoved(store, { kind: 'checkin-note', id }, null);
    syncCadenceTasks(store, row.account_id, now);
    return note;
  });
}

/** Adds an action item to a saved note: a task in the one tasks domain whose source is the note. */
export function addActionItem(store: Store, noteId: string, fields: TaskFields, now: Date): Task {
  return store.tx(() => {
    const row = requireNote(store, noteId);
    if (row.deleted_at !== null) throw deletedNote();
    requireWritableAccount(store, row.account_id, 'check-in notes');
    return createTask(store, { accountId: row.account_id, ...fields, source: { kind: 'checkin-note', id: noteId } }, now);
  });
}
