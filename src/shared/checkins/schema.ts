import { z } from 'zod';
import { AccountId } from '../accounts/schema';
import { ContactId } from '../contacts/schema';
import { IsoTimestamp } from '../dates/iso-date';
import { Task, TaskFields } from '../tasks/schema';
import { CHECKIN_KINDS } from './kinds';

export const NoteId = z.uuid({ error: 'Not a valid note id' });
export const CheckinKind = z.enum(CHECKIN_KINDS, { error: 'Choose the kind of check-in' });

export const MAX_NOTE_BODY = 200_000;
export const MAX_ATTENDEES = 50;

/**
 * Someone who was in the meeting: one of the account's contacts (by id, with the name they had
 * then, so the note reads the same if the contact is renamed or removed) or a free-text name.
 */
export const Attendee = z
  .object({
    contactId: ContactId.nullable(),
    name: z.string({ error: 'Give the attendee a name' }).trim().min(1, 'Give the attendee a name').max(200, 'Keep the name under 200 characters'),
  })
  .strict();
export type Attendee = z.output<typeof Attendee>;

/** What the editor sends on every autosave. */
export const NoteDraft = z
  .object({
    kind: CheckinKind,
    heldAt: IsoTimestamp,
    attendees: z.array(Attendee).max(MAX_ATTENDEES, `A note can list up to ${MAX_ATTENDEES} attendees`),
    body: z.string().max(MAX_NOTE_BODY, 'A note is limited to 200,000 characters; split it into two notes'),
  })
  .strict();
export type NoteDraft = z.output<typeof NoteDraft>;

/**
 * An autosave. The editor makes the note's id when the note is started, and sends the
 * revision its text is based on (0 for a note never saved): the same save sent twice is
 * written once, and a save based on an older revision than the stored one is refused.
 */
export const SaveNoteInput = z
  .object({
    id: NoteId,
    accountId: AccountId,
    baseRevision: z.number().int().min(0),
    draft: NoteDraft,
  })
  .strict();
export type SaveNoteInput = z.output<typeof SaveNoteInput>;

export const CheckinNote = NoteDraft.extend({
  id: NoteId,
  accountId: AccountId,
  revision: z.number().int().min(1),
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
  deletedAt: IsoTimestamp.nullable(),
});
export type CheckinNote = z.output<typeof CheckinNote>;

/** A note as the timeline shows it: with its action items (tasks whose source is the note). */
export const TimelineNote = CheckinNote.extend({ actionItems: z.array(Task) });
export type TimelineNote = z.output<typeof TimelineNote>;

export const TIMELINE_PAGE = 50;

export const ListNotesInput = z
  .object({
    accountId: AccountId,
    /** The last note of the previous page: the next page starts just after it. */
    after: z.object({ heldAt: IsoTimestamp, id: NoteId }).strict().optional(),
    limit: z.number().int().min(1).max(200).optional(),
  })
  .strict();
export type ListNotesInput = z.output<typeof ListNotesInput>;

export const Timeline = z.object({
  notes: z.array(TimelineNote),
  hasMore: z.boolean(),
  /** How many notes the account has in all (the timeline says "128 notes", not "50+"). */
  total: z.number().int().min(0),
});
export type Timeline = z.output<typeof Timeline>;

export const NoteIdInput = z.object({ id: NoteId }).strict();

export const AddActionItemInput = z.object({ noteId: NoteId, fields: TaskFields }).strict();
